import { ScoringInputError } from './errors';
import { requireIntegerInRange } from './validate';

/*
 * Shared reading of PHQ-9 / GAD-7 style answers: each item is how often a problem
 * bothered the client, 0 (not at all) to 3 (nearly every day).
 *
 * An unanswered item is `null` or `undefined` (or simply absent at the end of a
 * draft). It stays unanswered: a missing item is never counted as 0, because that
 * would under-report symptoms and could hide a deterioration.
 */

export type FrequencyAnswer = 0 | 1 | 2 | 3;
/** What a form or a saved draft holds for one item. */
export type MaybeAnswer = number | null | undefined;

export interface FrequencyItemsSummary {
  /** Exactly one entry per item, in item order; null = not answered. */
  items: (FrequencyAnswer | null)[];
  answered: number;
  /** 1-based numbers of the unanswered items. */
  missingItems: number[];
  /** Sum of the items, or null unless every item is answered. */
  total: number | null;
}

export function summariseFrequencyItems(
  instrument: string,
  itemCount: number,
  answers: readonly MaybeAnswer[],
): FrequencyItemsSummary {
  if (answers.length > itemCount) {
    throw new ScoringInputError(
      'too-many-items',
      instrument,
      `${instrument} has ${itemCount} items; received ${answers.length} answers.`,
    );
  }

  const items: (FrequencyAnswer | null)[] = [];
  const missingItems: number[] = [];
  let sum = 0;
  for (let index = 0; index < itemCount; index += 1) {
    const answer = answers[index];
    if (answer === null || answer === undefined) {
      items.push(null);
      missingItems.push(index + 1);
      continue;
    }
    const value = requireIntegerInRange(answer, 0, 3, `${instrument} item ${index + 1}`) as FrequencyAnswer;
    items.push(value);
    sum += value;
  }

  return {
    items,
    answered: itemCount - missingItems.length,
    missingItems,
    total: missingItems.length === 0 ? sum : null,
  };
}
