import {
  SRS_ALLIANCE_DROP,
  SRS_ALLIANCE_THRESHOLD,
  analogueTotalTenths,
  formatTenths,
  fromTenths,
  requireIntegerInRange,
} from '../scoring';
import type { AllianceFlag, AllianceReason } from './types';
import { joinSentences, points } from './wording';

/*
 * Alliance flag from the Session Rating Scale: a total below 36, or a fall of 1
 * point or more from the previous session's total. Compared in whole tenths,
 * because in floating point 16.4 − 15.4 is 0.9999999999999982 and a real drop
 * of exactly 1.0 would be missed.
 */

export interface AllianceInput {
  therapySessionNumber: number;
  /** This session's complete SRS total, 0.0–40.0. */
  srsTotal: number;
  /** The previous session's complete SRS total, or null if this is the first. */
  previousSrsTotal: number | null;
}

export function allianceFlag(input: AllianceInput): AllianceFlag | null {
  const therapySessionNumber = requireIntegerInRange(
    input.therapySessionNumber,
    1,
    Number.MAX_SAFE_INTEGER,
    'session number',
  );
  const totalTenths = analogueTotalTenths(input.srsTotal, 'SRS total');
  const previousTenths =
    input.previousSrsTotal === null ? null : analogueTotalTenths(input.previousSrsTotal, 'previous SRS total');
  const srsTotal = fromTenths(totalTenths);
  const previousSrsTotal = previousTenths === null ? null : fromTenths(previousTenths);

  const reasons: AllianceReason[] = [];
  if (totalTenths < SRS_ALLIANCE_THRESHOLD * 10) {
    reasons.push({
      rule: 'below-threshold',
      total: srsTotal,
      threshold: SRS_ALLIANCE_THRESHOLD,
      sentence: `SRS total ${formatTenths(srsTotal)} in session ${therapySessionNumber} is below ${SRS_ALLIANCE_THRESHOLD}.`,
    });
  }
  if (previousTenths !== null && previousSrsTotal !== null && previousTenths - totalTenths >= SRS_ALLIANCE_DROP * 10) {
    const drop = fromTenths(previousTenths - totalTenths);
    reasons.push({
      rule: 'dropped',
      previousTotal: previousSrsTotal,
      total: srsTotal,
      drop,
      sentence:
        `SRS total fell ${points(formatTenths(drop))}, from ${formatTenths(previousSrsTotal)} ` +
        `to ${formatTenths(srsTotal)}, since the previous session.`,
    });
  }
  if (reasons.length === 0) return null;

  return {
    kind: 'alliance',
    reason: joinSentences(reasons.map((r) => r.sentence)),
    data: { therapySessionNumber, srsTotal, previousSrsTotal, reasons },
  };
}
