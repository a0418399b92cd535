/*
 * Pure scoring of the instruments Accord uses (GBO, GAS, PHQ-9, GAD-7, ORS, SRS).
 * No I/O, no clock, no dependencies: safe on the server and in the browser.
 * Invalid input throws ScoringInputError; incomplete questionnaires come back
 * with `complete: false` and are never scored as if missing answers were 0.
 */
export { ScoringInputError, type ScoringInputErrorCode } from './errors';
export { requireFiniteNumber, requireIntegerInRange } from './validate';
export { roundToOneDecimal } from './round';
export { toTenths, fromTenths, formatTenths } from './tenths';

export { GBO_MIN, GBO_MAX, GBO_RELIABLE_CHANGE, validateGboRating, gboChange, type GboChange } from './gbo';
export { GAS_MIN_LEVEL, GAS_MAX_LEVEL, GAS_DEFAULT_RHO, gasTScore, type GasItem } from './gas';

export type { FrequencyAnswer, MaybeAnswer } from './frequency-items';
export type { SeverityBand } from './bands';
export {
  classifyChange,
  isClinical,
  type CasenessRule,
  type ChangeRule,
  type ChangeInput,
  type ChangeClassification,
  type RecoveryStatus,
} from './change';

export {
  PHQ9_ITEM_COUNT,
  PHQ9_MAX_TOTAL,
  PHQ9_CASENESS,
  PHQ9_RELIABLE_CHANGE,
  PHQ9_RISK_ITEM,
  PHQ9_BANDS,
  PHQ9_CHANGE_RULE,
  scorePhq9,
  classifyPhq9Change,
  type Phq9Band,
  type Phq9Result,
  type Phq9Complete,
  type Phq9Incomplete,
} from './phq9';
export {
  GAD7_ITEM_COUNT,
  GAD7_MAX_TOTAL,
  GAD7_CASENESS,
  GAD7_RELIABLE_CHANGE,
  GAD7_BANDS,
  GAD7_CHANGE_RULE,
  scoreGad7,
  classifyGad7Change,
  type Gad7Band,
  type Gad7Result,
  type Gad7Complete,
  type Gad7Incomplete,
} from './gad7';

export { ageOnDate } from './age';
export { INSTRUMENTS, INSTRUMENT_ITEM_COUNTS, INSTRUMENT_LABELS, type Instrument } from './instruments';
export { ANALOGUE_ITEM_COUNT, ANALOGUE_ITEM_MAX, ANALOGUE_TOTAL_MAX, analogueTotalTenths } from './analogue-scale';
export {
  ORS_RELIABLE_CHANGE,
  ORS_ADULT_CUTOFF,
  ORS_ADOLESCENT_CUTOFF,
  ORS_ADULT_MIN_AGE,
  ORS_ADOLESCENT_MIN_AGE,
  ORS_AGE_UNKNOWN_NOTE,
  ORS_CHILD_NOTE,
  orsClinicalCutoff,
  orsChangeRule,
  scoreOrs,
  classifyOrsChange,
  type OrsCutoff,
  type OrsCutoffBasis,
  type OrsResult,
  type OrsComplete,
  type OrsIncomplete,
} from './ors';
export {
  SRS_ALLIANCE_THRESHOLD,
  SRS_ALLIANCE_DROP,
  scoreSrs,
  type SrsResult,
  type SrsComplete,
  type SrsIncomplete,
} from './srs';

export {
  FREQUENCY_OPTIONS,
  PHQ9_STEM,
  PHQ9_ITEMS,
  GAD7_STEM,
  GAD7_ITEMS,
  frequencyLabel,
  type FrequencyOption,
  type QuestionnaireItem,
} from './questionnaire-text';
export { ORS_ITEM_LABELS, SRS_ITEM_LABELS, type AnalogueItemLabel } from './licensed-labels';
