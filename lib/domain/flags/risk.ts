import { PHQ9_RISK_ITEM, ScoringInputError, frequencyLabel, scorePhq9, type MaybeAnswer } from '../scoring';
import type { RiskFlag } from './types';

/*
 * Risk flag: PHQ-9 item 9 (thoughts of being better off dead or of self-harm)
 * answered above 0. Raised from any saved answers — a finished questionnaire, an
 * unfinished one, or a draft — because waiting for the other eight answers could
 * delay help.
 */

export interface Phq9RiskInput {
  /** Saved PHQ-9 answers, item 1 first; unanswered items null/undefined/absent. */
  answers: readonly MaybeAnswer[];
  /**
   * Calendar date the answers were saved, in the organisation's time zone,
   * as YYYY-MM-DD. Passed in already formatted so this rule stays free of
   * clocks and time-zone data.
   */
  answeredOn: string;
}

const ISO_CALENDAR_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function phq9RiskFlag(input: Phq9RiskInput): RiskFlag | null {
  if (!ISO_CALENDAR_DATE.test(input.answeredOn)) {
    throw new ScoringInputError(
      'invalid-date',
      'answeredOn',
      `answeredOn must be a calendar date like 2026-11-20; received "${input.answeredOn}".`,
    );
  }
  // Scoring validates every answer, so an out-of-range item 9 can never slip through as "no risk".
  const result = scorePhq9(input.answers);
  if (!result.risk || result.riskItem9 === null) return null;

  const answerLabel = frequencyLabel(result.riskItem9);
  const unfinished = result.complete ? '' : ` (questionnaire not finished: ${result.answered} of 9 items answered)`;
  return {
    kind: 'risk',
    reason:
      `PHQ-9 item ${PHQ9_RISK_ITEM} answered ${result.riskItem9} (${answerLabel.toLowerCase()}) ` +
      `on ${input.answeredOn}${unfinished}.`,
    data: {
      instrument: 'PHQ-9',
      item: 9,
      answer: result.riskItem9,
      answerLabel,
      answeredOn: input.answeredOn,
      questionnaireComplete: result.complete,
      answeredItems: result.answered,
    },
  };
}
