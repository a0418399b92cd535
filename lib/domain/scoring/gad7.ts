import { bandForTotal, type SeverityBand } from './bands';
import { classifyChange, type ChangeClassification, type ChangeRule } from './change';
import { summariseFrequencyItems, type FrequencyAnswer, type MaybeAnswer } from './frequency-items';
import { requireIntegerInRange } from './validate';

/*
 * GAD-7 (anxiety): 7 items 0–3, total 0–21, lower is better.
 * Caseness >= 8 follows NHS Talking Therapies (the severity bands still start
 * "moderate" at 10, so a total of 8 or 9 is "mild" and also a case).
 */

export const GAD7_ITEM_COUNT = 7;
export const GAD7_MAX_TOTAL = 21;
export const GAD7_CASENESS = 8;
export const GAD7_RELIABLE_CHANGE = 4;

export type Gad7Band = 'minimal' | 'mild' | 'moderate' | 'severe';

export const GAD7_BANDS: readonly SeverityBand<Gad7Band>[] = [
  { band: 'minimal', min: 0, max: 4, label: 'Minimal' },
  { band: 'mild', min: 5, max: 9, label: 'Mild' },
  { band: 'moderate', min: 10, max: 14, label: 'Moderate' },
  { band: 'severe', min: 15, max: 21, label: 'Severe' },
];

/** Lower is better; caseness is total >= 8. */
export const GAD7_CHANGE_RULE: ChangeRule = {
  reliableChange: GAD7_RELIABLE_CHANGE,
  lowerIsBetter: true,
  caseness: { cutoff: GAD7_CASENESS, clinicalWhen: 'at-or-above' },
};

interface Gad7Common {
  instrument: 'GAD-7';
  items: (FrequencyAnswer | null)[];
  answered: number;
  missingItems: number[];
}

export interface Gad7Complete extends Gad7Common {
  complete: true;
  total: number;
  band: Gad7Band;
  /** total >= GAD7_CASENESS */
  caseness: boolean;
}

/** Not scored: a partial total would understate symptoms. */
export interface Gad7Incomplete extends Gad7Common {
  complete: false;
  total: null;
  band: null;
  caseness: null;
}

export type Gad7Result = Gad7Complete | Gad7Incomplete;

/**
 * Scores saved GAD-7 answers (item 1 first). Missing answers make the result
 * incomplete, never zero. Throws ScoringInputError for answers that are not whole
 * numbers 0–3 or for more than 7 answers.
 */
export function scoreGad7(answers: readonly MaybeAnswer[]): Gad7Result {
  const summary = summariseFrequencyItems('GAD-7', GAD7_ITEM_COUNT, answers);
  const common: Gad7Common = {
    instrument: 'GAD-7',
    items: summary.items,
    answered: summary.answered,
    missingItems: summary.missingItems,
  };

  if (summary.total === null) {
    return { ...common, complete: false, total: null, band: null, caseness: null };
  }
  return {
    ...common,
    complete: true,
    total: summary.total,
    band: bandForTotal(summary.total, GAD7_BANDS),
    caseness: summary.total >= GAD7_CASENESS,
  };
}

/** Reliable change and recovery between two complete GAD-7 totals. */
export function classifyGad7Change(first: number, latest: number): ChangeClassification {
  return classifyChange({
    first: requireIntegerInRange(first, 0, GAD7_MAX_TOTAL, 'first GAD-7 total'),
    latest: requireIntegerInRange(latest, 0, GAD7_MAX_TOTAL, 'latest GAD-7 total'),
    ...GAD7_CHANGE_RULE,
  });
}
