import { type Wording } from './clauses';
import { type AvoidanceKind, type AvoidanceSpan } from './framing';
import { compilePhrases, longestPhraseAt, normAt, type Phrase } from './tokens';

/**
 * What to suggest instead of avoidance wording. The suggestion follows the topic of the words
 * around the avoidance ("stop staying up late" is about sleep, so: when will you go to bed?).
 * The topic is read only in the avoidance's own part of the goal, so "Stop smoking and drink
 * less" gets a smoking suggestion for "Stop" and a drinking one for "less".
 */

interface Topic {
  readonly keywords: readonly Phrase[];
  readonly suggestion: string;
}

const topic = (keywords: readonly string[], suggestion: string): Topic => ({
  keywords: compilePhrases(keywords),
  suggestion,
});

const TOPICS: readonly Topic[] = [
  topic(
    ['up late', 'late night|nights', 'bed late', 'stay|stays|staying up', 'bedtime|bedtimes'],
    'Say when you will go to bed instead, e.g. “Go to bed by 11pm on weeknights”.',
  ),
  topic(
    [
      'phone|phones|screen|screens|scroll|scrolling|instagram|tiktok|facebook|youtube|netflix|gaming|tv|television|internet|online',
      'social media',
    ],
    'Say what you will spend that time on instead, e.g. “Read or go for a walk for 30 minutes each evening”.',
  ),
  topic(
    ['conversation|conversations|conflict|conflicts|confrontation|confrontations|argument|arguments|disagreement|disagreements'],
    'Say what you will start instead, e.g. “Start one difficult conversation a week”.',
  ),
  topic(
    ['temper|angry|anger|shout|shouting|yell|yelling|snap|snapping|scream|screaming'],
    'Say what you will do when you notice anger rising, e.g. “Take three slow breaths and step away for a minute before I reply”.',
  ),
  topic(
    ['smoke|smoking|cigarette|cigarettes|vape|vaping'],
    'Say what you will do when the urge comes, e.g. “Go for a five-minute walk when I want a cigarette”.',
  ),
  topic(
    ['drinking|alcohol|wine|beer|booze|drunk|pints|spirits|vodka'],
    'Say what you will have or do instead, e.g. “Have alcohol-free drinks on weeknights”.',
  ),
  topic(
    ['snack|snacks|snacking|junk|sugar|sweets|takeaway|takeaways|binge|binging|bingeing|crisps|chocolate'],
    'Say what you will eat instead, e.g. “Have fruit or nuts as my afternoon snack on weekdays”.',
  ),
  topic(
    ['procrastinate|procrastinating|procrastination', 'put|putting things|tasks|work off', 'put|putting off'],
    'Say when you will start instead, e.g. “Start my most important task by 10am on weekdays”.',
  ),
  topic(
    [
      'hard on myself',
      'beat|beating myself up',
      'put|putting myself down',
      'criticise|criticize|criticising|criticizing myself',
    ],
    'Say how you will treat yourself instead, e.g. “Write down one thing I did well each evening”.',
  ),
  topic(
    ['isolate|isolating|isolation|cancel|cancelling|canceling|withdraw|withdrawing'],
    'Say how you will connect instead, e.g. “Meet or call a friend once a week”.',
  ),
  topic(
    ['anxiety|anxious|worry|worrying|worries|stress|stressed|panic|sadness|depression|fear|fears|overthinking|thoughts'],
    'Say what you would like to be able to do, e.g. “Use a breathing exercise when I feel anxious, once a day”.',
  ),
];

const APPROACH_SUGGESTION = 'Say what you will approach instead, a step at a time, e.g. “Go to one social event a month”.';
const GENERIC_SUGGESTION = 'Say what you will do instead, e.g. “Go to bed by 11pm” rather than “Stop staying up late”.';

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
  while (from - 1 > previousSpanEnd && !tokens[from]?.clauseBreakBefore && !PART_BOUNDARIES.has(normAt(tokens, from - 1))) {
    from -= 1;
  }
  let to = span.last;
  while (to + 1 < nextSpanStart && !tokens[to + 1]?.clauseBreakBefore && !PART_BOUNDARIES.has(normAt(tokens, to + 1))) {
    to += 1;
  }
  return [from, to];
}

/** The topic whose keyword comes first in the range, if any. */
function topicIn(wording: Wording, from: number, to: number): Topic | undefined {
  for (let index = from; index <= to; index += 1) {
    const found = TOPICS.find((candidate) => longestPhraseAt(wording.tokens, index, candidate.keywords) > 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

function suggestionForKinds(kinds: readonly AvoidanceKind[]): string {
  return kinds.includes('avoid') ? APPROACH_SUGGESTION : GENERIC_SUGGESTION;
}

/** A suggestion for saying what the client will do instead of the avoidance at `spanIndex`. */
export function suggestInsteadOf(wording: Wording, spans: readonly AvoidanceSpan[], spanIndex: number): string {
  const [from, to] = partAround(wording, spans, spanIndex);
  return topicIn(wording, from, to)?.suggestion ?? suggestionForKinds(spans[spanIndex]?.kinds ?? []);
}
