import { checkAchievable } from './achievable';
import { type GoalArea } from './areas';
import { type Wording } from './clauses';
import { checkMeasurable } from './measurable';
import { checkRelevant } from './relevant';
import { checkSpecific } from './specific';
import { type AnalysedObjective, checkTimeBound } from './time-bound';
import { type GoalQualityInput, type SmartChecks } from './types';

/** The five SMART criteria, in the order they are shown. */
export const SMART_CRITERIA = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

/** One of SMART_CRITERIA. */
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

export const SMART_CRITERION_LABELS: Readonly<Record<SmartCriterion, string>> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
};

/** Runs the five SMART checks on an already analysed goal. */
export function checkSmart(
  input: GoalQualityInput,
  wording: Wording,
  objectives: readonly AnalysedObjective[],
  today?: string,
  area?: GoalArea,
): SmartChecks {
  return {
    specific: checkSpecific(wording),
    measurable: checkMeasurable(
      input,
      wording,
      objectives.map((objective) => objective.wording),
      area,
    ),
    achievable: checkAchievable(input.confidence),
    relevant: checkRelevant(input),
    timeBound: checkTimeBound(input, wording, objectives, today),
  };
}
