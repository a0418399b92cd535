import { type Wording } from './clauses';
import { isIsoDate } from './dates';
import { filledText } from './fields';
import { findTimeFrame } from './time-frame';
import { quote } from './tokens';
import { type Check, type Finding, type GoalObjectiveInput } from './types';

/**
 * Time-bound: a due date that has not passed, or a frequency. The frequency may be the
 * frequency field, or be written in the goal's words ("on weeknights", "for 6 weeks", see
 * time-frame.ts), or come from one of its objectives (their frequency, time frame or words).
 *
 * A due date equal to `today` has not passed. Without a valid `today` the check cannot tell
 * whether a date has passed, so any valid date counts.
 */

export interface TimeBoundInput {
  readonly dueDate?: string | null;
  readonly frequency?: string | null;
}

/** An objective together with its analysed wording. */
export interface AnalysedObjective {
  readonly objective: GoalObjectiveInput;
  readonly wording: Wording;
}

type DueDate = { readonly status: 'none' } | { readonly status: 'invalid' | 'past' | 'ok'; readonly date: string };

function readDueDate(dueDate: string | null | undefined, today: string | undefined): DueDate {
  const date = filledText(dueDate);
  if (date === null) return { status: 'none' };
  if (!isIsoDate(date)) return { status: 'invalid', date };
  // ISO dates compare correctly as strings.
  if (today !== undefined && isIsoDate(today) && date < today) return { status: 'past', date };
  return { status: 'ok', date };
}

/** The words that make the goal time-bound without a due date, or null. */
function frequencyEvidence(
  input: TimeBoundInput,
  wording: Wording,
  objectives: readonly AnalysedObjective[],
): string | null {
  const frequency = filledText(input.frequency);
  if (frequency !== null) return `It has a frequency: “${frequency}”`;
  const inWording = findTimeFrame(wording.tokens);
  if (inWording !== null)
    return `The goal says how often or by when: “${quote(wording.text, wording.tokens, inWording.first, inWording.last)}”`;
  for (const { objective, wording: objectiveWording } of objectives) {
    const stated = filledText(objective.frequency) ?? filledText(objective.timeFrame);
    const inText = findTimeFrame(objectiveWording.tokens);
    const words =
      stated ??
      (inText === null ? null : quote(objectiveWording.text, objectiveWording.tokens, inText.first, inText.last));
    if (words !== null) return `Its objective “${objective.text.trim()}” says how often or by when: “${words}”`;
  }
  return null;
}

export function checkTimeBound(
  input: TimeBoundInput,
  wording: Wording,
  objectives: readonly AnalysedObjective[],
  today?: string,
): Check {
  const due = readDueDate(input.dueDate, today);
  if (due.status === 'ok') return { pass: true, findings: [], reason: `It is due by ${due.date}.` };

  const evidence = frequencyEvidence(input, wording, objectives);
  if (evidence !== null) {
    const note = due.status === 'past' ? ` (the due date ${due.date} has passed)` : '';
    return { pass: true, findings: [], reason: `${evidence}${note}.` };
  }

  return { pass: false, findings: [dueDateFinding(due)], reason: timeBoundFailReason(due) };
}

const HOW_OFTEN = 'Or say how often, e.g. “three times a week” or “every morning for 6 weeks”.';

function dueDateFinding(due: DueDate): Finding {
  switch (due.status) {
    case 'past':
      return {
        code: 'timeBound.due-date-past',
        message: `The due date ${due.date} has passed.`,
        words: [],
        field: 'dueDate',
        suggestion: `Set a new due date. ${HOW_OFTEN}`,
      };
    case 'invalid':
      return {
        code: 'timeBound.invalid-due-date',
        message: `The due date “${due.date}” is not a calendar date (YYYY-MM-DD).`,
        words: [],
        field: 'dueDate',
        suggestion: HOW_OFTEN,
      };
    default:
      return {
        code: 'timeBound.no-due-date-or-frequency',
        message: 'Add a due date, or say how often.',
        words: [],
        field: 'dueDate',
        suggestion: 'For example “three times a week”, “on weeknights” or “for 6 weeks”.',
      };
  }
}

function timeBoundFailReason(due: DueDate): string {
  if (due.status === 'past') return `Its due date ${due.date} has passed and it has no frequency.`;
  if (due.status === 'invalid') return 'Its due date is not a calendar date, and it has no frequency.';
  return 'It has no due date or frequency yet.';
}
