import type { GoalDraft, ObjectivePeriod } from '@/lib/domain/goal-form';
import type { GoalFields, ObjectiveSnapshot } from '@/lib/data/goals';

/**
 * The goal form works on flat string values named like its fields (`wording`,
 * `objectives.0.description`, …): the same shape the server action echoes back after a failed
 * save, so a form can always be rebuilt from it. Pure: used by pages and by the form itself.
 */
export type GoalFormValues = Record<string, string>;

export interface ObjectiveRowValues {
  id: string;
  description: string;
  timesPerPeriod: string;
  period: string;
  durationWeeks: string;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function valuesFromVersion(version: {
  fields: GoalFields;
  objectives: readonly ObjectiveSnapshot[];
}): GoalFormValues {
  const values: GoalFormValues = {};
  for (const [key, value] of Object.entries(version.fields)) values[key] = text(value as string | number | null);
  version.objectives.forEach((objective, index) => {
    values[`objectives.${index}.id`] = objective.id;
    values[`objectives.${index}.description`] = objective.description;
    values[`objectives.${index}.timesPerPeriod`] = text(objective.timesPerPeriod);
    values[`objectives.${index}.period`] = text(objective.period);
    values[`objectives.${index}.durationWeeks`] = text(objective.durationWeeks);
  });
  return values;
}

export function objectiveRows(values: GoalFormValues): ObjectiveRowValues[] {
  const rows: ObjectiveRowValues[] = [];
  for (const [key, value] of Object.entries(values)) {
    const match = /^objectives\.(\d+)\.(id|description|timesPerPeriod|period|durationWeeks)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    while (rows.length <= index)
      rows.push({ id: '', description: '', timesPerPeriod: '', period: '', durationWeeks: '' });
    rows[index]![match[2] as keyof ObjectiveRowValues] = value;
  }
  return rows;
}

const wholeNumber = (value: string): number | null => (/^\s*-?\d+\s*$/.test(value) ? Number(value) : null);
const PERIODS: readonly string[] = ['day', 'week', 'month'];

/** What the quality check reads, from the form as it is right now. */
export function draftFromValues(values: GoalFormValues): GoalDraft {
  const get = (key: string) => values[key] ?? '';
  const confidence = get('confidence').trim();
  return {
    wording: get('wording'),
    theme: get('theme') || null,
    value: get('value') || null,
    measure: get('measure') || null,
    target: get('target') || null,
    dueDate: get('dueDate') || null,
    frequency: get('frequency') || null,
    confidence: confidence === '' ? null : wholeNumber(confidence),
    objectives: objectiveRows(values).map((row) => ({
      description: row.description,
      timesPerPeriod: wholeNumber(row.timesPerPeriod),
      period: PERIODS.includes(row.period) ? (row.period as ObjectivePeriod) : null,
      durationWeeks: wholeNumber(row.durationWeeks),
    })),
  };
}

export function valuesFromForm(form: HTMLFormElement): GoalFormValues {
  const values: GoalFormValues = {};
  for (const [key, value] of new FormData(form).entries()) if (typeof value === 'string') values[key] = value;
  return values;
}
