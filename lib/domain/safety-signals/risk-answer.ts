import { PHQ9_ITEM_COUNT, PHQ9_RISK_ITEM } from '../scoring';
import { phq9RiskFlag } from '../flags/risk';
import type { RiskFlag, RiskFlagData } from '../flags/types';

/*
 * A risk answer is never lost (ADR 10): a PHQ-9 question 9 answer above 0 that reaches the
 * server for the client's own therapy session is kept and flagged whatever else in the request
 * is refused. These pure pieces find that answer in a request nobody has validated yet, and
 * word the flag for an answer that arrived with a refused request.
 */

export type RiskAnswer = 1 | 2 | 3;

/**
 * Question 9's answer in a raw before-session check-in, when it is a real answer above 0.
 * Only a PHQ-9 of exactly nine answers counts (with fewer or more, which answer is question 9
 * is unknown), and only a whole number the question offers (1–3), from code or as the form
 * sends it (`phq9.8` = "2", nested by formAction): anything else is junk that validation
 * refuses, not an answer.
 */
export function riskAnswerIn(raw: unknown): RiskAnswer | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const phq9 = (raw as { phq9?: unknown }).phq9;
  if (!Array.isArray(phq9) || phq9.length !== PHQ9_ITEM_COUNT) return null;
  const given: unknown = phq9[PHQ9_RISK_ITEM - 1];
  // From code a number; from the form (`phq9.8`) the same number as text.
  const answer = typeof given === 'string' && /^\s*\d\s*$/.test(given) ? Number(given) : given;
  return answer === 1 || answer === 2 || answer === 3 ? answer : null;
}

/** Why the rest of the request was refused, as it bears on the risk answer. */
export type RefusalTiming = 'closed' | 'already-sent' | 'not-open' | 'not-held' | 'refused';

const RECEIVED: Record<RefusalTiming, string> = {
  closed: 'Received after the check-in had closed; the rest of that check-in was not saved.',
  'already-sent': 'Received late, after this check-in had already been sent; the rest of it was not saved.',
  'not-open': 'Received before the check-in had opened; the rest of it was not saved.',
  'not-held': 'Received for a session that did not take place; the rest of it was not saved.',
  refused: 'Received with answers that could not be saved; the rest of that check-in was not saved.',
};

/** Late is what the clinician must know about: the check-in had closed or had been sent already. */
export function isLate(timing: RefusalTiming): boolean {
  return timing === 'closed' || timing === 'already-sent';
}

export interface KeptRiskAnswerFlag extends Omit<RiskFlag, 'data'> {
  data: RiskFlagData & { receivedLate: boolean; timing: RefusalTiming };
}

/** The risk flag for an answer kept on its own, with when and how it arrived in words. */
export function keptRiskAnswerFlag(input: {
  answer: RiskAnswer;
  answeredOn: string;
  timing: RefusalTiming;
}): KeptRiskAnswerFlag {
  const answers = Array<number | null>(PHQ9_ITEM_COUNT).fill(null);
  answers[PHQ9_RISK_ITEM - 1] = input.answer;
  const flag = phq9RiskFlag({ answers, answeredOn: input.answeredOn });
  if (!flag) throw new Error('An answer above 0 always raises a risk flag.');
  // Only question 9 was kept: say so plainly instead of "1 of 9 items answered".
  const base = flag.reason.replace(/ \(questionnaire not finished: \d of 9 items answered\)\.$/, '.');
  return {
    ...flag,
    reason: `${base} ${RECEIVED[input.timing]}`,
    data: { ...flag.data, receivedLate: isLate(input.timing), timing: input.timing },
  };
}
