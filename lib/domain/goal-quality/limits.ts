import { isCountAt } from './numbers';
import { compilePhrases, longestPhraseAt, type Token } from './tokens';

/**
 * Harm-reduction limits: "no more than two drinks", "not more than 14 units", "fewer than 5
 * cigarettes", "less than an hour a day", "at most five", "up to 14 units", "a maximum of 3".
 * A limit with a number says what the client will do and can be counted, so the framing check
 * does not read it as avoidance and the Measurable check counts its number. Without a number
 * after it ("less than before", "no more than I need") it is not a limit.
 */

const LIMIT_OPENERS = compilePhrases([
  'no|not more than',
  'less|fewer than',
  'at most',
  'up to',
  'a maximum of',
  'maximum|max of',
  'maximum|max',
  'no|not over',
]);

/** Length of a limit phrase starting at `index` when a count follows it ("no more than" + "two"), else 0. */
export function limitLengthAt(tokens: readonly Token[], index: number): number {
  const length = longestPhraseAt(tokens, index, LIMIT_OPENERS);
  if (length === 0 || !isCountAt(tokens, index + length)) return 0;
  return length;
}
