import { type GoalArea } from './areas';
import { analyseWording, type Wording } from './clauses';
import { filledText } from './fields';
import { qualifiesSomethingElse } from './measure-numbers';
import { findNumber, isCountAt, type WordSpan } from './numbers';
import { findPerPeriodCount, frequencyTailAt } from './time-frame';
import { quote } from './tokens';
import { type Check, type Finding } from './types';

/**
 * Measurable: "a measure and a target". Passes when both fields are filled, when the target or
 * the frequency field has a count in it ("3 nights a week", "twice a week"), or when the goal
 * (or one of its objectives) carries a countable target in its own words: a number in digits
 * or words tied to the goal's own action ("three times per week", "one friend", "30 minute",
 * "by 11pm", "half an hour", "no more than three drinks"), or a per-period count ("every
 * morning", "daily", "on weekdays": once each period). A number that qualifies something else
 * is not a measure: a year, a date, an age, "my 2 kids" (see measure-numbers.ts).
 */

/** Where the wording can be counted, quoted as typed ("three times per week"), or null. */
export function countableTarget(wording: Wording): string | null {
  const { text, tokens } = wording;
  const numbers: WordSpan[] = [];
  for (let number = findNumber(tokens); number !== null; number = findNumber(tokens, number.last + 1)) {
    if (!qualifiesSomethingElse(wording.tokens, number)) numbers.push(number);
  }
  // Quote a count with its frequency when there is one ("three times per week"), else the first.
  for (const number of numbers) {
    const tail = frequencyTailAt(tokens, number.last + 1);
    if (tail !== null) return quote(text, tokens, number.first, tail.last);
  }
  // A count, the thing counted, then a period: "one friend per week", "an hour a day".
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    const counts = isCountAt(tokens, index) && !qualifiesSomethingElse(wording.tokens, { first: index, last: index });
    const tail = counts ? frequencyTailAt(tokens, index + 2) : null;
    if (tail !== null) return quote(text, tokens, index, tail.last);
  }
  const first = numbers[0];
  if (first !== undefined) return quote(text, tokens, first.first, first.last);
  const perPeriod = findPerPeriodCount(tokens);
  return perPeriod === null ? null : quote(text, tokens, perPeriod.first, perPeriod.last);
}

const NUMBER_IN_WORDING = 'Or put a number in the goal itself, e.g. “three times a week”.';
// Never a bedtime example by default: the goal's area picks a fitting one (areas.ts).
const DEFAULT_MEASURE_EXAMPLE = 'walks a week';

export interface MeasurableInput {
  readonly measure?: string | null;
  readonly target?: string | null;
  readonly frequency?: string | null;
}

/** The count in a structured field ("3 nights a week", "twice a week"), or null. */
function countInField(text: string | null): string | null {
  return text === null ? null : countableTarget(analyseWording(text));
}

export function checkMeasurable(
  input: MeasurableInput,
  wording: Wording,
  objectives: readonly Wording[],
  area?: GoalArea,
): Check {
  const measure = filledText(input.measure);
  const target = filledText(input.target);
  if (measure !== null && target !== null) {
    return { pass: true, findings: [], reason: `It is measured by “${measure}”, with the target “${target}”.` };
  }
  if (target !== null && countInField(target) !== null) {
    return { pass: true, findings: [], reason: `Its target “${target}” can be counted.` };
  }
  const frequency = filledText(input.frequency);
  if (frequency !== null && countInField(frequency) !== null) {
    return { pass: true, findings: [], reason: `It says how often: “${frequency}”.` };
  }

  const inWording = countableTarget(wording);
  if (inWording !== null) {
    return { pass: true, findings: [], reason: `The goal has a countable target: “${inWording}”.` };
  }
  for (const objective of objectives) {
    const inObjective = countableTarget(objective);
    if (inObjective !== null) {
      return {
        pass: true,
        findings: [],
        reason: `Its objective “${objective.text.trim()}” has a countable target: “${inObjective}”.`,
      };
    }
  }

  const findings: Finding[] = [];
  if (measure === null) {
    findings.push({
      code: 'measurable.no-measure',
      message: `Say how progress will be counted, e.g. “${area?.measureExample ?? DEFAULT_MEASURE_EXAMPLE}” or a 0–10 rating.`,
      words: [],
      field: 'measure',
      suggestion: NUMBER_IN_WORDING,
    });
  }
  if (target === null) {
    findings.push({
      code: 'measurable.no-target',
      message: 'Say what level counts as reaching the goal, e.g. “3 times a week”.',
      words: [],
      field: 'target',
      suggestion: NUMBER_IN_WORDING,
    });
  }
  return { pass: false, findings, reason: measurableFailReason(measure, target) };
}

function measurableFailReason(measure: string | null, target: string | null): string {
  if (measure !== null) return `It has a measure (“${measure}”) but no target yet.`;
  if (target !== null) return `It has a target (“${target}”) but no measure yet.`;
  return 'It has no measure or target yet, and no number in its wording.';
}
