import { goalArea } from './areas';
import { analyseWording } from './clauses';
import { fieldLanguage } from './field-language';
import { checkFraming } from './framing';
import { checkSmart, SMART_CRITERIA } from './smart';
import { type AnalysedObjective } from './time-bound';
import { type GoalQualityInput, type GoalQualityReport, type LanguageReport } from './types';
import { checkVagueness } from './vagueness';

/**
 * The goal-quality check: SMART criteria plus the positive-framing and vagueness language
 * checks (docs/design.md, "The clinical model"). Pure and deterministic: no I/O, no clock, no
 * dependencies, so the same rules run in the browser while the client types and on the server
 * when a goal version is stored. It never blocks anything; it explains.
 */

/**
 * Which rules produced a stored report. Raise it whenever a rule, word list or message changes:
 * when the app opens its database, every stored report of an older version is recomputed with
 * the current rules and the dashboards' SMART figures refreshed (lib/rollups/goal-quality.ts).
 * 2: the rules of issue 10 (limits, everyday time words, states with no action, areas).
 */
export const QUALITY_CHECK_VERSION = 2;

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
  const area = goalArea(input);
  const smart = checkSmart(input, wording, objectives, today, area);
  const passed = SMART_CRITERIA.filter((criterion) => smart[criterion].pass).length;
  const fields = fieldLanguage(input, area);
  return {
    smart,
    framing: [...checkFraming(wording, area), ...fields.framing],
    vagueness: [...checkVagueness(wording, area), ...fields.vagueness],
    passesAllSmart: passed === SMART_CRITERIA.length,
    summary: { passed, total: 5 },
  };
}

/** The positive-framing and vagueness checks alone, e.g. for an objective's wording. */
export function checkLanguage(text: string): LanguageReport {
  const wording = analyseWording(text);
  const area = goalArea({ wording: text });
  return { framing: checkFraming(wording, area), vagueness: checkVagueness(wording, area) };
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
