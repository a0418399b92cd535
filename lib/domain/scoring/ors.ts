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
 * The clinical cutoff depends on the age on the date of the score
 * (docs/clinical-rules.md, "ORS clinical cutoff"): total <= 25 for adults (18+),
 * <= 28 for ages 13–17, and none under 13 (the children's version has its own).
 *
 * Age unknown → no cutoff, never silently the adult one: the result says
 * `cutoffBasis: 'age-unknown'` and the screens ask for the date of birth
 * (ORS_AGE_UNKNOWN_NOTE).
 */

export const ORS_RELIABLE_CHANGE = 5;
export const ORS_ADULT_CUTOFF = 25;
export const ORS_ADOLESCENT_CUTOFF = 28;
export const ORS_ADULT_MIN_AGE = 18;
export const ORS_ADOLESCENT_MIN_AGE = 13;
/** Upper bound for age validation only. */
const MAX_PLAUSIBLE_AGE = 130;

export type OrsCutoffBasis = 'adult' | 'adolescent' | 'child-no-cutoff' | 'age-unknown';

/** What the ORS chart and summary say when the age is unknown. */
export const ORS_AGE_UNKNOWN_NOTE = 'Add the client’s date of birth to compare with the clinical cutoff.';
/** What they say under 13. */
export const ORS_CHILD_NOTE = 'No ORS clinical cutoff applies under 13 (the children’s version has its own).';

export interface OrsCutoff {
  /** Clinical when total <= cutoff; null when no cutoff applies (under 13, or age unknown). */
  cutoff: number | null;
  basis: OrsCutoffBasis;
}

/** @param ageYears whole years at the time of the rating; null when unknown. */
export function orsClinicalCutoff(ageYears: number | null): OrsCutoff {
  if (ageYears === null) return { cutoff: null, basis: 'age-unknown' };
  const age = requireIntegerInRange(ageYears, 0, MAX_PLAUSIBLE_AGE, 'age in years');
  if (age >= ORS_ADULT_MIN_AGE) return { cutoff: ORS_ADULT_CUTOFF, basis: 'adult' };
  if (age >= ORS_ADOLESCENT_MIN_AGE) return { cutoff: ORS_ADOLESCENT_CUTOFF, basis: 'adolescent' };
  return { cutoff: null, basis: 'child-no-cutoff' };
}

/** Higher is better; clinical is total <= the age cutoff; no caseness under 13 or when the age is unknown. */
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
  /** total <= clinicalCutoff; null when no cutoff applies (under 13, or age unknown). */
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
 * Reliable change and recovery between two ORS totals. Each total is judged against the
 * cutoff for the client's age on its own date, so a client who turns 18 between the two is
 * compared with 28 first and 25 later. Recovery (clinical at the first, not at the latest)
 * needs a cutoff at both; otherwise it is 'not-applicable'.
 */
export function classifyOrsChange(
  first: number,
  latest: number,
  firstAgeYears: number | null,
  latestAgeYears: number | null,
): ChangeClassification {
  const firstTotal = fromTenths(analogueTotalTenths(first, 'first ORS total'));
  const latestTotal = fromTenths(analogueTotalTenths(latest, 'latest ORS total'));
  const change = classifyChange({
    first: firstTotal,
    latest: latestTotal,
    reliableChange: ORS_RELIABLE_CHANGE,
    lowerIsBetter: false,
    caseness: null,
  });
  const firstCutoff = orsClinicalCutoff(firstAgeYears).cutoff;
  const latestCutoff = orsClinicalCutoff(latestAgeYears).cutoff;
  if (
    firstCutoff === null ||
    latestCutoff === null ||
    !isClinical(firstTotal, { cutoff: firstCutoff, clinicalWhen: 'at-or-below' })
  ) {
    return { ...change, recovery: 'not-applicable' };
  }
  return {
    ...change,
    recovery: isClinical(latestTotal, { cutoff: latestCutoff, clinicalWhen: 'at-or-below' })
      ? 'not-recovered'
      : 'recovered',
  };
}
