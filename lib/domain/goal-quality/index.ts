import { analyseWording } from './clauses';
import { checkFraming } from './framing';
import { checkSmart, SMART_CRITERIA } from './smart';
import { type AnalysedObjective } from './time-bound';
import { type GoalQualityInput, type GoalQualityReport, type LanguageReport } from './types';
import { checkVagueness } from './vagueness';

/**
 * The goal-quality check: SMART criteria plus the positive-framing and vagueness language
 * checks (DESIGN.md, "The clinical model"). Pure and deterministic: no I/O, no clock, no
 * dependencies, so the same rules run in the browser while the client types and on the server
 * when a goal version is stored. It never blocks anything; it explains.
 */

/**
 * Which rules produced a stored report. Raise it whenever a rule, word list or message changes,
 * so a stored report can be told apart from one the current rules would give.
 */
export const QUALITY_CHECK_VERSION = 1;

/**
 * Checks a goal.
 * @param today ISO date (YYYY-MM-DD) to judge whether the due date has passed; without it a
 *   valid due date always counts. The caller passes it (in the organisation's time zone) so
 *   that this module never reads the clock.
 */
export function checkGoalQuality(input: GoalQualityInput, today?: string): GoalQualityReport {
  const wording = analyseWording(typeof input.wording === 'string' ? input.wording : '');
  const objectives: AnalysedObjective[] = (input.objectives ?? []).map((objective) => ({
    objective,
    wording: analyseWording(typeof objective.text === 'string' ? objective.text : ''),
  }));
  const smart = checkSmart(input, wording, objectives, today);
  const passed = SMART_CRITERIA.filter((criterion) => smart[criterion].pass).length;
  return {
    smart,
    framing: checkFraming(wording),
    vagueness: checkVagueness(wording),
    passesAllSmart: passed === SMART_CRITERIA.length,
    summary: { passed, total: 5 },
  };
}

/** The positive-framing and vagueness checks alone, e.g. for an objective's wording. */
export function checkLanguage(text: string): LanguageReport {
  const wording = analyseWording(text);
  return { framing: checkFraming(wording), vagueness: checkVagueness(wording) };
}

export { ACHIEVABLE_MIN_CONFIDENCE } from './achievable';
export { SMART_CRITERIA, SMART_CRITERION_LABELS, type SmartCriterion } from './smart';
export type {
  Check,
  Finding,
  FindingCode,
  FindingField,
  GoalObjectiveInput,
  GoalQualityInput,
  GoalQualityReport,
  LanguageReport,
  SmartChecks,
} from './types';
