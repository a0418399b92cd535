import { summariseAnalogueItems } from './analogue-scale';
import type { MaybeAnswer } from './frequency-items';

/*
 * Session Rating Scale (SRS), filled in after a session: 4 items 0.0–10.0
 * (relationship/bond, goals and topics, approach or method, overall), total
 * 0.0–40.0. Licensed instrument: only scoring and short labels ship.
 * The alliance rule built on these constants lives in lib/domain/flags/alliance.ts.
 */

/** A total strictly below this raises an alliance flag (35.9 flags, 36.0 does not). */
export const SRS_ALLIANCE_THRESHOLD = 36;
/** A fall of at least this much from the previous session's total raises an alliance flag. */
export const SRS_ALLIANCE_DROP = 1;

interface SrsCommon {
  instrument: 'SRS';
  items: (number | null)[];
  answered: number;
  missingItems: number[];
}

export interface SrsComplete extends SrsCommon {
  complete: true;
  /** 0.0–40.0, exact to one decimal. */
  total: number;
}

export interface SrsIncomplete extends SrsCommon {
  complete: false;
  total: null;
}

export type SrsResult = SrsComplete | SrsIncomplete;

export function scoreSrs(answers: readonly MaybeAnswer[]): SrsResult {
  const summary = summariseAnalogueItems('SRS', answers);
  const common: SrsCommon = {
    instrument: 'SRS',
    items: summary.items,
    answered: summary.answered,
    missingItems: summary.missingItems,
  };
  if (summary.total === null) return { ...common, complete: false, total: null };
  return { ...common, complete: true, total: summary.total };
}
