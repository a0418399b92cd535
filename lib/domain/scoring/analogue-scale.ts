import { ScoringInputError } from './errors';
import type { MaybeAnswer } from './frequency-items';
import { fromTenths, toTenths } from './tenths';

/*
 * Shared reading of ORS / SRS answers: 4 marks on a 10 cm line, each 0.0–10.0 to
 * the nearest 0.1, total 0.0–40.0. Summed in whole tenths so that e.g.
 * 2.1 + 3.2 + 4.3 + 5.4 is exactly 15 (float addition gives 15.000000000000002).
 * As with the questionnaires, a missing mark is never counted as 0.
 */

export const ANALOGUE_ITEM_COUNT = 4;
export const ANALOGUE_ITEM_MAX = 10;
export const ANALOGUE_TOTAL_MAX = 40;

export interface AnalogueItemsSummary {
  /** Exactly four entries, in item order; null = not marked. */
  items: (number | null)[];
  answered: number;
  /** 1-based numbers of the unmarked items. */
  missingItems: number[];
  /** Sum to one decimal, or null unless all four are marked. */
  total: number | null;
}

export function summariseAnalogueItems(instrument: string, answers: readonly MaybeAnswer[]): AnalogueItemsSummary {
  if (answers.length > ANALOGUE_ITEM_COUNT) {
    throw new ScoringInputError(
      'too-many-items',
      instrument,
      `${instrument} has ${ANALOGUE_ITEM_COUNT} items; received ${answers.length} answers.`,
    );
  }

  const items: (number | null)[] = [];
  const missingItems: number[] = [];
  let totalTenths = 0;
  for (let index = 0; index < ANALOGUE_ITEM_COUNT; index += 1) {
    const answer = answers[index];
    if (answer === null || answer === undefined) {
      items.push(null);
      missingItems.push(index + 1);
      continue;
    }
    const tenths = analogueTenthsInRange(answer, ANALOGUE_ITEM_MAX, `${instrument} item ${index + 1}`);
    items.push(fromTenths(tenths));
    totalTenths += tenths;
  }

  return {
    items,
    answered: ANALOGUE_ITEM_COUNT - missingItems.length,
    missingItems,
    total: missingItems.length === 0 ? fromTenths(totalTenths) : null,
  };
}

/** Validates an ORS/SRS total (0.0–40.0 in steps of 0.1) and returns it in whole tenths. */
export function analogueTotalTenths(value: unknown, field: string): number {
  return analogueTenthsInRange(value, ANALOGUE_TOTAL_MAX, field);
}

function analogueTenthsInRange(value: unknown, max: number, field: string): number {
  const tenths = toTenths(value, field);
  if (tenths < 0 || tenths > max * 10) {
    throw new ScoringInputError(
      'out-of-range',
      field,
      `${field} must be from 0.0 to ${max}.0; received ${String(value)}.`,
    );
  }
  return tenths;
}
