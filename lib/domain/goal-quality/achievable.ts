import { type Check } from './types';

/**
 * Achievable: the client's confidence (0–10) that they can take the way-forward step is at
 * least 7. Below 7 is not a failure of the client: it is a sign the first step could be
 * smaller, and the wording says so kindly.
 */

/** The lowest confidence (0–10) at which a goal counts as achievable. */
export const ACHIEVABLE_MIN_CONFIDENCE = 7;

export function checkAchievable(confidence: number | null | undefined): Check {
  if (confidence === null || confidence === undefined) {
    return {
      pass: false,
      reason: 'The client has not yet said how confident they are.',
      findings: [
        {
          code: 'achievable.no-confidence',
          message: 'Ask the client how confident they are (0–10) that they can take the first step.',
          words: [],
          field: 'confidence',
        },
      ],
    };
  }
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 10) {
    return {
      pass: false,
      reason: 'The confidence rating is not a number from 0 to 10.',
      findings: [
        {
          code: 'achievable.invalid-confidence',
          message: `Confidence is rated from 0 to 10; “${String(confidence)}” is outside that.`,
          words: [],
          field: 'confidence',
        },
      ],
    };
  }
  if (confidence < ACHIEVABLE_MIN_CONFIDENCE) {
    return {
      pass: false,
      reason: `The client is ${confidence}/10 confident; 7 or more suggests the step is within reach.`,
      findings: [
        {
          code: 'achievable.low-confidence',
          message: `The client is ${confidence}/10 confident they can take the first step.`,
          words: [],
          field: 'confidence',
          suggestion:
            'That is useful to know. Could the first step be smaller, so it feels like a 7 or more? For example ' +
            'once a week rather than every day.',
        },
      ],
    };
  }
  return { pass: true, findings: [], reason: `The client is ${confidence}/10 confident they can take the first step.` };
}
