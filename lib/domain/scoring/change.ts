import { ScoringInputError } from './errors';
import { toTenths, fromTenths } from './tenths';
import { requireFiniteNumber } from './validate';

/*
 * Reliable change and recovery, shared by PHQ-9, GAD-7 and ORS.
 *
 * Instruments differ in direction: on PHQ-9/GAD-7 lower is better and "caseness"
 * is total >= cutoff; on ORS higher is better and "clinical" is total <= cutoff.
 * Rather than guessing from `lowerIsBetter`, each instrument states its own
 * caseness rule as data (a `ChangeRule` constant), so the rule can be shown,
 * logged and tested.
 *
 * Scores here carry at most one decimal place (integers, or ORS tenths); the
 * arithmetic is done in whole tenths so 25.3 − 20.1 is exactly 5.2.
 */

export interface CasenessRule {
  cutoff: number;
  /** 'at-or-above': clinical when score >= cutoff (PHQ-9, GAD-7); 'at-or-below': when score <= cutoff (ORS). */
  clinicalWhen: 'at-or-above' | 'at-or-below';
}

export interface ChangeRule {
  /** The smallest change, in score points, that counts as reliable. > 0. */
  reliableChange: number;
  lowerIsBetter: boolean;
  /** Absent or null when the instrument has no cutoff for this client (e.g. ORS under 13). */
  caseness?: CasenessRule | null;
}

export interface ChangeInput extends ChangeRule {
  first: number;
  latest: number;
}

export type RecoveryStatus = 'recovered' | 'not-recovered' | 'not-applicable';

export interface ChangeClassification {
  /** latest − first, in the instrument's own units (sign is not "good" or "bad"). */
  change: number;
  reliableImprovement: boolean;
  reliableDeterioration: boolean;
  /**
   * 'recovered': clinical at the first score and not clinical at the latest.
   * 'not-applicable': not clinical at the first score, or no cutoff applies.
   * Recovery here does not additionally require reliable improvement (the design
   * defines it by caseness alone).
   */
  recovery: RecoveryStatus;
}

export function isClinical(score: number, rule: CasenessRule): boolean {
  return rule.clinicalWhen === 'at-or-above' ? score >= rule.cutoff : score <= rule.cutoff;
}

export function classifyChange(input: ChangeInput): ChangeClassification {
  const firstTenths = toTenths(input.first, 'first score');
  const latestTenths = toTenths(input.latest, 'latest score');
  const reliableTenths = toTenths(input.reliableChange, 'reliable change');
  if (reliableTenths <= 0) {
    throw new ScoringInputError(
      'out-of-range',
      'reliable change',
      `reliable change must be greater than 0; received ${input.reliableChange}.`,
    );
  }

  const changeTenths = latestTenths - firstTenths;
  // Positive when the score moved in the good direction for this instrument.
  const improvementTenths = input.lowerIsBetter ? -changeTenths : changeTenths;

  return {
    change: fromTenths(changeTenths),
    reliableImprovement: improvementTenths >= reliableTenths,
    reliableDeterioration: improvementTenths <= -reliableTenths,
    recovery: recoveryStatus(input.first, input.latest, input.caseness ?? null),
  };
}

function recoveryStatus(first: number, latest: number, caseness: CasenessRule | null): RecoveryStatus {
  if (caseness === null) return 'not-applicable';
  requireFiniteNumber(caseness.cutoff, 'caseness cutoff');
  if (!isClinical(first, caseness)) return 'not-applicable';
  return isClinical(latest, caseness) ? 'not-recovered' : 'recovered';
}
