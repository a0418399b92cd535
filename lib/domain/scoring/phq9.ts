import { bandForTotal, type SeverityBand } from './bands';
import { classifyChange, type ChangeClassification, type ChangeRule } from './change';
import { summariseFrequencyItems, type FrequencyAnswer, type MaybeAnswer } from './frequency-items';
import { requireIntegerInRange } from './validate';

/*
 * PHQ-9 (depression): 9 items 0–3, total 0–27, lower is better.
 * Item 9 asks about thoughts of being better off dead or of self-harm; any answer
 * above 0 is a risk signal and is reported even from an unfinished questionnaire.
 */

export const PHQ9_ITEM_COUNT = 9;
export const PHQ9_MAX_TOTAL = 27;
export const PHQ9_CASENESS = 10;
export const PHQ9_RELIABLE_CHANGE = 6;
/** 1-based number of the self-harm item. */
export const PHQ9_RISK_ITEM = 9;

export type Phq9Band = 'none-minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

export const PHQ9_BANDS: readonly SeverityBand<Phq9Band>[] = [
  { band: 'none-minimal', min: 0, max: 4, label: 'None–minimal' },
  { band: 'mild', min: 5, max: 9, label: 'Mild' },
  { band: 'moderate', min: 10, max: 14, label: 'Moderate' },
  { band: 'moderately-severe', min: 15, max: 19, label: 'Moderately severe' },
  { band: 'severe', min: 20, max: 27, label: 'Severe' },
];

/** Lower is better; caseness is total >= 10. */
export const PHQ9_CHANGE_RULE: ChangeRule = {
  reliableChange: PHQ9_RELIABLE_CHANGE,
  lowerIsBetter: true,
  caseness: { cutoff: PHQ9_CASENESS, clinicalWhen: 'at-or-above' },
};

interface Phq9Common {
  instrument: 'PHQ-9';
  items: (FrequencyAnswer | null)[];
  answered: number;
  missingItems: number[];
  /** The item 9 answer, or null while item 9 is unanswered. */
  riskItem9: FrequencyAnswer | null;
  /** Item 9 answered above 0. Reported whether or not the rest is complete. */
  risk: boolean;
}

export interface Phq9Complete extends Phq9Common {
  complete: true;
  total: number;
  band: Phq9Band;
  /** total >= PHQ9_CASENESS */
  caseness: boolean;
}

/** Not scored: a partial total would understate symptoms. */
export interface Phq9Incomplete extends Phq9Common {
  complete: false;
  total: null;
  band: null;
  caseness: null;
}

export type Phq9Result = Phq9Complete | Phq9Incomplete;

/**
 * Scores saved PHQ-9 answers (item 1 first). Missing answers make the result
 * incomplete, never zero. Throws ScoringInputError for answers that are not whole
 * numbers 0–3 or for more than 9 answers.
 */
export function scorePhq9(answers: readonly MaybeAnswer[]): Phq9Result {
  const summary = summariseFrequencyItems('PHQ-9', PHQ9_ITEM_COUNT, answers);
  const riskItem9 = summary.items[PHQ9_RISK_ITEM - 1] ?? null;
  const common: Phq9Common = {
    instrument: 'PHQ-9',
    items: summary.items,
    answered: summary.answered,
    missingItems: summary.missingItems,
    riskItem9,
    risk: riskItem9 !== null && riskItem9 > 0,
  };

  if (summary.total === null) {
    return { ...common, complete: false, total: null, band: null, caseness: null };
  }
  return {
    ...common,
    complete: true,
    total: summary.total,
    band: bandForTotal(summary.total, PHQ9_BANDS),
    caseness: summary.total >= PHQ9_CASENESS,
  };
}

/** Reliable change and recovery between two complete PHQ-9 totals. */
export function classifyPhq9Change(first: number, latest: number): ChangeClassification {
  return classifyChange({
    first: requireIntegerInRange(first, 0, PHQ9_MAX_TOTAL, 'first PHQ-9 total'),
    latest: requireIntegerInRange(latest, 0, PHQ9_MAX_TOTAL, 'latest PHQ-9 total'),
    ...PHQ9_CHANGE_RULE,
  });
}
