import { type ThemeId } from '../themes';

/**
 * Public shapes of the goal-quality check. Everything here is plain data (strings, numbers,
 * booleans, arrays, objects) so a report can be stored as JSON with each goal version and read
 * back unchanged.
 */

/** A concrete step under a goal ("speak up once a day in meetings"). */
export interface GoalObjectiveInput {
  readonly text: string;
  /** e.g. "once a day". */
  readonly frequency?: string | null;
  /** e.g. "for 6 weeks". */
  readonly timeFrame?: string | null;
}

/** What the check reads. Only the wording is required: the check runs live while people type. */
export interface GoalQualityInput {
  /** The goal in the client's own words. */
  readonly wording: string;
  readonly theme?: ThemeId | null;
  /** The value the goal serves (the Relevant check). */
  readonly value?: string | null;
  /** How progress is measured, e.g. "nights in bed by 11pm". */
  readonly measure?: string | null;
  /** The level aimed for on that measure, e.g. "5 nights a week". */
  readonly target?: string | null;
  /** YYYY-MM-DD. */
  readonly dueDate?: string | null;
  /** e.g. "three times a week". */
  readonly frequency?: string | null;
  /** 0–10: the client's confidence that they can take the way-forward step. */
  readonly confidence?: number | null;
  readonly objectives?: readonly GoalObjectiveInput[];
}

/** The input fields a finding can point at when it is caused by something missing. */
export type FindingField =
  'wording' | 'measure' | 'target' | 'dueDate' | 'frequency' | 'confidence' | 'value' | 'theme';

/** Stable identifiers of every finding the rules can produce (stored; never rename one). */
export type FindingCode =
  | 'framing.avoidance'
  | 'vagueness.hedge'
  | 'vagueness.feeling'
  | 'vagueness.more-without-number'
  | 'vagueness.vague-amount'
  | 'vagueness.change-without-number'
  | 'vagueness.state-without-action'
  | 'specific.empty'
  | 'specific.no-action'
  | 'specific.no-context'
  | 'measurable.no-measure'
  | 'measurable.no-target'
  | 'achievable.no-confidence'
  | 'achievable.invalid-confidence'
  | 'achievable.low-confidence'
  | 'relevant.no-value-or-theme'
  | 'timeBound.no-due-date-or-frequency'
  | 'timeBound.due-date-past'
  | 'timeBound.invalid-due-date';

/** One thing a rule noticed, with the words (or the missing field) that caused it. */
export interface Finding {
  readonly code: FindingCode;
  /** One plain-language sentence for the client and therapist. */
  readonly message: string;
  /** The exact words from the wording, as typed; empty when a missing field caused it. */
  readonly words: readonly string[];
  readonly field?: FindingField;
  /** A kinder, concrete way to put it. */
  readonly suggestion?: string;
}

/** The result of one SMART criterion. */
export interface Check {
  readonly pass: boolean;
  /** Why it failed; empty when it passed. */
  readonly findings: readonly Finding[];
  /** One short plain-language sentence saying why it passed or failed. */
  readonly reason: string;
}

export interface SmartChecks {
  readonly specific: Check;
  readonly measurable: Check;
  readonly achievable: Check;
  readonly relevant: Check;
  readonly timeBound: Check;
}

/** The whole goal-quality report, stored with each goal version. */
export interface GoalQualityReport {
  readonly smart: SmartChecks;
  /** Positive framing: avoidance wording in the goal's own action. */
  readonly framing: readonly Finding[];
  /** Hedges, feelings and amounts that cannot be counted. */
  readonly vagueness: readonly Finding[];
  readonly passesAllSmart: boolean;
  readonly summary: { readonly passed: number; readonly total: 5 };
}

/** The two language checks on their own, e.g. for an objective's wording. */
export interface LanguageReport {
  readonly framing: readonly Finding[];
  readonly vagueness: readonly Finding[];
}
