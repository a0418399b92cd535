import { type GoalObjectiveInput, type GoalQualityInput } from '../goal-quality/types';
import { isThemeId } from '../themes';

/**
 * The goal form's fields, as the goal-quality check reads them. Pure and browser-safe: the
 * goal form runs it on every keystroke and the server runs it on every saved version, so what
 * people see while typing is exactly what is stored.
 */

export type ObjectivePeriod = 'day' | 'week' | 'month';

export interface ObjectiveDraft {
  readonly description: string;
  readonly timesPerPeriod?: number | null;
  readonly period?: ObjectivePeriod | null;
  readonly durationWeeks?: number | null;
}

export interface GoalDraft {
  readonly wording: string;
  readonly theme?: string | null;
  readonly value?: string | null;
  readonly measure?: string | null;
  readonly target?: string | null;
  readonly dueDate?: string | null;
  readonly frequency?: string | null;
  readonly confidence?: number | null;
  readonly objectives?: readonly ObjectiveDraft[];
}

const TIMES: Readonly<Record<number, string>> = { 1: 'once', 2: 'twice' };

/** "3 times a week", "once a day"; null when the step has no count or no period. */
export function objectiveFrequencyText(objective: ObjectiveDraft): string | null {
  const times = objective.timesPerPeriod;
  if (times === null || times === undefined || !objective.period) return null;
  return `${TIMES[times] ?? `${times} times`} a ${objective.period}`;
}

/** "for 6 weeks", "for 1 week"; null when the step runs until the goal is reviewed. */
export function objectiveTimeFrameText(objective: ObjectiveDraft): string | null {
  const weeks = objective.durationWeeks;
  if (weeks === null || weeks === undefined) return null;
  return `for ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`;
}

/** "30-minute bike ride, 3 times a week, for 6 weeks". */
export function describeObjective(objective: ObjectiveDraft): string {
  return [objective.description.trim(), objectiveFrequencyText(objective), objectiveTimeFrameText(objective)]
    .filter(Boolean)
    .join(', ');
}

export function toQualityInput(draft: GoalDraft): GoalQualityInput {
  const objectives: GoalObjectiveInput[] = (draft.objectives ?? [])
    .filter((objective) => objective.description.trim() !== '')
    .map((objective) => ({
      text: objective.description,
      frequency: objectiveFrequencyText(objective),
      timeFrame: objectiveTimeFrameText(objective),
    }));
  return {
    wording: draft.wording,
    theme: isThemeId(draft.theme) ? draft.theme : null,
    value: draft.value ?? null,
    measure: draft.measure ?? null,
    target: draft.target ?? null,
    dueDate: draft.dueDate ?? null,
    frequency: draft.frequency ?? null,
    confidence: draft.confidence ?? null,
    objectives,
  };
}

/** A short name for a goal in lists and messages: its first words, cut at a word boundary. */
export function goalTitle(wording: string, max = 60): string {
  const text = wording.trim().replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
