import { areaById, areaInTokens, type GoalArea, isSelfHarmArea } from './areas';
import { type Wording } from './clauses';
import { type AvoidanceKind, type AvoidanceSpan } from './framing';
import { normAt } from './tokens';

/**
 * What to suggest instead of avoidance wording. The suggestion follows the area of the words
 * around the avoidance ("stop staying up late" is about sleep, so: when will you go to bed?;
 * see areas.ts). The area is read first in the avoidance's own part of the goal, so "Stop
 * smoking and drink less" gets a smoking suggestion for "Stop" and a drinking one for "less";
 * then in the whole goal (its words and fields). A goal about self-harm only ever gets the
 * self-harm suggestion, about coping when the urge comes.
 */

const APPROACH_SUGGESTION =
  'Say what you will approach instead, a step at a time, e.g. “Go to one social event a month”.';
const GENERIC_SUGGESTION = 'Say what you will do instead, and when, e.g. “Call a friend on Sunday afternoons”.';

// Words that end one part of a goal and start another: "Stop smoking and drink less".
const PART_BOUNDARIES = new Set(['and', 'but', 'or', 'then']);

/** The token range (inclusive) of the part of the goal the avoidance sits in. */
function partAround(wording: Wording, spans: readonly AvoidanceSpan[], spanIndex: number): [number, number] {
  const { tokens } = wording;
  const span = spans[spanIndex];
  if (span === undefined) return [0, -1];
  const previousSpanEnd = spans[spanIndex - 1]?.last ?? -1;
  const nextSpanStart = spans[spanIndex + 1]?.first ?? tokens.length;
  let from = span.first;
  while (
    from - 1 > previousSpanEnd &&
    !tokens[from]?.clauseBreakBefore &&
    !PART_BOUNDARIES.has(normAt(tokens, from - 1))
  ) {
    from -= 1;
  }
  let to = span.last;
  while (to + 1 < nextSpanStart && !tokens[to + 1]?.clauseBreakBefore && !PART_BOUNDARIES.has(normAt(tokens, to + 1))) {
    to += 1;
  }
  return [from, to];
}

function suggestionForKinds(kinds: readonly AvoidanceKind[]): string {
  return kinds.includes('avoid') ? APPROACH_SUGGESTION : GENERIC_SUGGESTION;
}

/**
 * A suggestion for saying what the client will do instead of the avoidance at `spanIndex`.
 * @param goalArea the area of the whole goal (its words and fields), when known.
 */
export function suggestInsteadOf(
  wording: Wording,
  spans: readonly AvoidanceSpan[],
  spanIndex: number,
  goalArea?: GoalArea,
): string {
  if (isSelfHarmArea(goalArea)) return goalArea.instead;
  const wholeWording = areaInTokens(wording.tokens);
  if (isSelfHarmArea(wholeWording)) return wholeWording.instead;
  const [from, to] = partAround(wording, spans, spanIndex);
  const area = areaInTokens(wording.tokens, from, to) ?? goalArea;
  const kinds = spans[spanIndex]?.kinds ?? [];
  // "Stop avoiding arguments": the client wants to face the disagreement, not step back from it.
  if (area?.id === 'conflict' && kinds.includes('avoid')) return areaById('avoided-conversations').instead;
  return area?.instead ?? suggestionForKinds(kinds);
}
