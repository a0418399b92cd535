import { type GoalArea } from './areas';
import { type Wording, type WordingToken } from './clauses';
import { suggestInsteadOf } from './framing-suggestions';
import { limitLengthAt } from './limits';
import { compilePhrase, normAt, phraseAt, type Phrase, quote } from './tokens';
import { type Finding } from './types';

/**
 * Positive framing: goals about what the client will do tend to work better than goals about
 * what they will avoid. This flags avoidance wording in the goal's own action: stop, quit,
 * avoid, never, no longer, less, fewer, don't / do not / won't / not, get rid of, give up,
 * cut out / down, eliminate, "no more", and a sentence that opens with "No" ("No phone at
 * dinner").
 *
 * Not flagged:
 * - words inside a subordinate clause, which describe circumstances ("go for a walk even on
 *   days when I don't feel like it"; see clauses.ts);
 * - other words that merely contain a trigger ("unless", "lesson", "stopwatch", "regardless"),
 *   because matching is by whole word;
 * - minimums and deadlines: "at least", "no less than", "no fewer than", "no later than";
 * - harm-reduction limits with a number: "no more than two drinks", "fewer than 5 cigarettes",
 *   "less than an hour a day" (see limits.ts): a limit says what the client will do, and is
 *   measurable; "at most" and "up to" contain no avoidance word at all;
 * - an avoidance word right after "without": "run 5 km without stopping" describes how;
 * - "stop" as a noun ("get off one stop early", "the bus stop");
 * - "not" that negates ability or a choice ("can not", "whether or not", "not only").
 *
 * Avoidance words next to each other are one finding: "No longer avoid". A "not ... anymore"
 * is one finding naming both words.
 */

/** What kind of avoidance a finding is, to pick a fitting suggestion. */
export type AvoidanceKind = 'stop' | 'avoid' | 'never' | 'less' | 'negation' | 'remove' | 'no';

interface AvoidancePattern {
  readonly phrase: Phrase;
  readonly kind: AvoidanceKind;
  /** Extra condition on the words around it; absent means always. */
  readonly applies?: (tokens: readonly WordingToken[], index: number) => boolean;
}

// "a stop", "the bus stop", "one stop early": a place, not the verb.
const BEFORE_NOUN_STOP = new Set([
  'a',
  'an',
  'the',
  'one',
  'bus',
  'train',
  'tram',
  'next',
  'each',
  'every',
  'last',
  'first',
  'full',
  'pit',
  'this',
  'that',
  'my',
  'our',
  'your',
]);

const isVerbStop = (tokens: readonly WordingToken[], index: number): boolean =>
  !BEFORE_NOUN_STOP.has(normAt(tokens, index - 1));

// "no less than three", "not fewer than 2": a minimum, the opposite of cutting down.
// "more or less" is an approximation (the vagueness check reads it).
const isCuttingDown = (tokens: readonly WordingToken[], index: number): boolean => {
  const before = normAt(tokens, index - 1);
  if ((before === 'no' || before === 'not') && normAt(tokens, index + 1) === 'than') return false;
  return !(before === 'or' && normAt(tokens, index - 2) === 'more');
};

// "can not" is about ability, "or not" / "if not" about a choice, "not only" / "not just" add.
const NOT_AFTER = new Set(['can', 'could', 'or', 'if', 'whether', 'why']);
const NOT_BEFORE = new Set(['only', 'just']);
const isNegatingTheAction = (tokens: readonly WordingToken[], index: number): boolean => {
  if (NOT_AFTER.has(normAt(tokens, index - 1)) || NOT_BEFORE.has(normAt(tokens, index + 1))) return false;
  const next = normAt(tokens, index + 1);
  return !((next === 'less' || next === 'fewer') && normAt(tokens, index + 2) === 'than');
};

// A "No" that opens a clause is a ban: "No phone at dinner". "No later than 11pm" is a
// deadline, and "no less than" a minimum.
const NO_NOT_A_BAN = new Set(['later', 'earlier', 'less', 'fewer', 'matter', 'one', 'doubt']);
const isOpeningNo = (tokens: readonly WordingToken[], index: number): boolean => {
  const token = tokens[index];
  if (token === undefined || index + 1 >= tokens.length || NO_NOT_A_BAN.has(normAt(tokens, index + 1))) return false;
  return index === 0 || token.clauseBreakBefore || ['and', 'or', 'but'].includes(normAt(tokens, index - 1));
};

const pattern = (source: string, kind: AvoidanceKind, applies?: AvoidancePattern['applies']): AvoidancePattern => ({
  phrase: compilePhrase(source),
  kind,
  applies,
});

const AVOIDANCE_PATTERNS: readonly AvoidancePattern[] = [
  pattern('stop|stops|stopping|stopped', 'stop', isVerbStop),
  pattern('quit|quits|quitting', 'stop'),
  pattern('give|gives|giving|gave up', 'stop'),
  pattern('avoid|avoids|avoiding|avoided', 'avoid'),
  pattern('refrain|refrains|refraining|abstain|abstains|abstaining from', 'avoid'),
  pattern('stay|stays|staying|keep|keeps|keeping away from', 'avoid'),
  pattern('never again', 'never'),
  pattern('never', 'never'),
  pattern('no longer', 'never'),
  pattern('no more', 'less'),
  pattern('less|fewer', 'less', isCuttingDown),
  pattern('cut|cuts|cutting down|back on', 'less'),
  pattern('cut|cuts|cutting out|down|back', 'less'),
  pattern("don't|dont|doesn't|won't|shouldn't|mustn't", 'negation'),
  pattern('do|does|will|shall|should|must not', 'negation'),
  pattern('not', 'negation', isNegatingTheAction),
  pattern('get|gets|getting|got rid of', 'remove'),
  pattern('eliminate|eliminates|eliminating', 'remove'),
  pattern('no', 'no', isOpeningNo),
].sort((a, b) => b.phrase.length - a.phrase.length);

// "not ... anymore": the second half of a negation, named with it rather than on its own.
const NEGATION_TAILS: readonly Phrase[] = [compilePhrase('any more|longer'), compilePhrase('anymore')];

/** Avoidance words found in the wording: token indexes, inclusive. */
export interface AvoidanceSpan {
  readonly first: number;
  readonly last: number;
  readonly kinds: readonly AvoidanceKind[];
  /** Words of a "not ... anymore" tail, quoted as typed. */
  readonly tailWords: readonly string[];
}

function matchAt(tokens: readonly WordingToken[], index: number): AvoidancePattern | undefined {
  return AVOIDANCE_PATTERNS.find(
    (candidate) => phraseAt(tokens, index, candidate.phrase) && (candidate.applies?.(tokens, index) ?? true),
  );
}

function findRawSpans(tokens: readonly WordingToken[]): AvoidanceSpan[] {
  const spans: AvoidanceSpan[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    if (tokens[index]?.subordinate) continue;
    const limit = limitLengthAt(tokens, index);
    if (limit > 0) {
      index += limit - 1;
      continue;
    }
    if (normAt(tokens, index - 1) === 'without') continue;
    const match = matchAt(tokens, index);
    if (match === undefined) continue;
    const last = index + match.phrase.length - 1;
    spans.push({ first: index, last, kinds: [match.kind], tailWords: [] });
    index = last;
  }
  return spans;
}

/** Joins avoidance words that follow each other ("no longer" + "avoid") into one span. */
function mergeAdjacent(tokens: readonly WordingToken[], spans: readonly AvoidanceSpan[]): AvoidanceSpan[] {
  const merged: AvoidanceSpan[] = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    if (previous !== undefined && span.first === previous.last + 1 && !tokens[span.first]?.clauseBreakBefore) {
      merged[merged.length - 1] = { ...previous, last: span.last, kinds: [...previous.kinds, ...span.kinds] };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/** Attaches "anymore" / "any longer" to the negation before it in the same clause. */
function attachNegationTails(wording: Wording, spans: AvoidanceSpan[]): AvoidanceSpan[] {
  const { text, tokens } = wording;
  const result = [...spans];
  tokens.forEach((token, index) => {
    if (token.subordinate) return;
    const tail = NEGATION_TAILS.find((phrase) => phraseAt(tokens, index, phrase));
    if (tail === undefined) return;
    const owner = result.findLastIndex(
      (span) => span.last < index && (span.kinds.includes('negation') || span.kinds.includes('never')),
    );
    const span = result[owner];
    if (span === undefined || tokens.slice(span.last + 1, index + 1).some((between) => between.clauseBreakBefore))
      return;
    result[owner] = { ...span, tailWords: [...span.tailWords, quote(text, tokens, index, index + tail.length - 1)] };
  });
  return result;
}

/** The avoidance wording in the goal's own action. */
export function findAvoidanceSpans(wording: Wording): AvoidanceSpan[] {
  return attachNegationTails(wording, mergeAdjacent(wording.tokens, findRawSpans(wording.tokens)));
}

/** Positive-framing findings for the wording: one per piece of avoidance wording. */
export function checkFraming(wording: Wording, area?: GoalArea): Finding[] {
  const spans = findAvoidanceSpans(wording);
  return spans.map((span, spanIndex) => {
    const words = [quote(wording.text, wording.tokens, span.first, span.last), ...span.tailWords];
    return {
      code: 'framing.avoidance',
      message: `“${words.join(' … ')}” frames the goal around what to avoid rather than what you will do.`,
      words,
      field: 'wording',
      suggestion: suggestInsteadOf(wording, spans, spanIndex, area),
    };
  });
}
