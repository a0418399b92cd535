import { analogueTotalTenths, summariseAnalogueItems } from './analogue-scale';
import { classifyChange, isClinical, type ChangeClassification, type ChangeRule } from './change';
import type { MaybeAnswer } from './frequency-items';
import { fromTenths } from './tenths';
import { requireIntegerInRange } from './validate';

/*
 * Outcome Rating Scale (ORS), filled in before a session: 4 items 0.0–10.0,
 * total 0.0–40.0, higher is better. Licensed instrument: only scoring and short
 * labels ship with Accord.
 *
 * The clinical cutoff depends on age: total <= 25 for adults (18+), <= 28 for
 * ages 13–17, and none under 13.
 *
 * Age unknown → the adult cutoff (25). Decision: Accord's caseloads are adults
 * unless a date of birth says otherwise, and 25 is the cutoff the ORS was normed
 * on for adults; the result says `cutoffBasis: 'age-unknown-adult-default'` so a
 * screen can show that an assumption was made rather than hide it.
 */

export const ORS_RELIABLE_CHANGE = 5;
export const ORS_ADULT_CUTOFF = 25;
export const ORS_ADOLESCENT_CUTOFF = 28;
export const ORS_ADULT_MIN_AGE = 18;
export const ORS_ADOLESCENT_MIN_AGE = 13;
/** Upper bound for age validation only. */
const MAX_PLAUSIBLE_AGE = 130;

export type OrsCutoffBasis = 'adult' | 'adolescent' | 'child-no-cutoff' | 'age-unknown-adult-default';

export interface OrsCutoff {
  /** Clinical when total <= cutoff; null when no cutoff applies (under 13). */
  cutoff: number | null;
  basis: OrsCutoffBasis;
}

/** @param ageYears whole years at the time of the rating; null when unknown. */
export function orsClinicalCutoff(ageYears: number | null): OrsCutoff {
  if (ageYears === null) return { cutoff: ORS_ADULT_CUTOFF, basis: 'age-unknown-adult-default' };
  const age = requireIntegerInRange(ageYears, 0, MAX_PLAUSIBLE_AGE, 'age in years');
  if (age >= ORS_ADULT_MIN_AGE) return { cutoff: ORS_ADULT_CUTOFF, basis: 'adult' };
  if (age >= ORS_ADOLESCENT_MIN_AGE) return { cutoff: ORS_ADOLESCENT_CUTOFF, basis: 'adolescent' };
  return { cutoff: null, basis: 'child-no-cutoff' };
}

/** Higher is better; clinical is total <= the age cutoff; no caseness under 13. */
export function orsChangeRule(ageYears: number | null): ChangeRule {
  const { cutoff } = orsClinicalCutoff(ageYears);
  return {
    reliableChange: ORS_RELIABLE_CHANGE,
    lowerIsBetter: false,
    caseness: cutoff === null ? null : { cutoff, clinicalWhen: 'at-or-below' },
  };
}

interface OrsCommon {
  instrument: 'ORS';
  items: (number | null)[];
  answered: number;
  missingItems: number[];
  clinicalCutoff: number | null;
  cutoffBasis: OrsCutoffBasis;
}

export interface OrsComplete extends OrsCommon {
  complete: true;
  /** 0.0–40.0, exact to one decimal. */
  total: number;
  /** total <= clinicalCutoff; null when no cutoff applies (under 13). */
  clinical: boolean | null;
}

export interface OrsIncomplete extends OrsCommon {
  complete: false;
  total: null;
  clinical: null;
}

export type OrsResult = OrsComplete | OrsIncomplete;

/**
 * Scores one ORS (items: individually, interpersonally, socially, overall).
 * @param ageYears the client's age in whole years on the day of the rating, or null if unknown.
 */
export function scoreOrs(answers: readonly MaybeAnswer[], ageYears: number | null): OrsResult {
  const { cutoff, basis } = orsClinicalCutoff(ageYears);
  const summary = summariseAnalogueItems('ORS', answers);
  const common: OrsCommon = {
    instrument: 'ORS',
    items: summary.items,
    answered: summary.answered,
    missingItems: summary.missingItems,
    clinicalCutoff: cutoff,
    cutoffBasis: basis,
  };
  if (summary.total === null) return { ...common, complete: false, total: null, clinical: null };
  return {
    ...common,
    complete: true,
    total: summary.total,
    clinical: cutoff === null ? null : isClinical(summary.total, { cutoff, clinicalWhen: 'at-or-below' }),
  };
}

/**
 * Reliable change and recovery between two ORS totals.
 * @param ageYears age at the first (baseline) rating, so first and latest are judged
 *   against the same cutoff even if the client has a birthday in between.
 */
export function classifyOrsChange(first: number, latest: number, ageYears: number | null): ChangeClassification {
  return classifyChange({
    first: fromTenths(analogueTotalTenths(first, 'first ORS total')),
    latest: fromTenths(analogueTotalTenths(latest, 'latest ORS total')),
    ...orsChangeRule(ageYears),
  });
}
