import { type GoalArea } from './areas';
import { type Wording, type WordingToken } from './clauses';
import { isClockTimeAt, isCountAt, isNumberAt } from './numbers';
import { countableTarget } from './measurable';
import { stateWithoutAction } from './specific';
import { isStateWord, OBJECT_LEAD_INS, STATE_WORDS } from './specific-words';
import { compilePhrase, normAt, phraseAt, type Phrase, quote } from './tokens';
import { type Finding, type FindingCode } from './types';

/**
 * Vagueness: words that make a goal impossible to track ("Vague goals cannot be tracked").
 *
 * - Hedges turn a plan into an attempt: "do my best", "try to", "try and", "as much as
 *   possible", "whenever I can", "hopefully", "somehow". Flagged wherever they appear.
 * - Feelings are hard to count: "feel better", "be happier".
 * - "more" with no number: "exercise more", "be more assertive". Not vague when a number
 *   qualifies it: "two more pages", "10 more minutes", "more than 3 times", "3 or more".
 * - Amounts that are not amounts: "a bit", "a little", "a lot", "kind of", "a few".
 * - A direction of change with no number anywhere in the goal: "improve", "get better",
 *   "increase", "reduce", "work on" a feeling. "Improve my sleep to 7 hours a night" is fine.
 *
 * - A goal that names only a state, a trait or a wish, with no observable action: "be a better
 *   person", "get happier", "be less anxious", "sort my life out", "let people walk all over
 *   me", "I want a new job" (read by the Specific check's reading of the goal, see specific.ts).
 *   It is reported whatever else is found, unless a feeling finding already names those words.
 *
 * Feelings, "more", amounts and changes inside a subordinate clause describe circumstances
 * ("walk even when I feel a bit low"), so only the goal's own action is read for those.
 */

type VaguenessCategory = 'hedge' | 'feeling' | 'more' | 'amount' | 'change' | 'state';

interface VaguePattern {
  readonly phrase: Phrase;
  readonly category: VaguenessCategory;
  readonly applies?: (tokens: readonly WordingToken[], index: number) => boolean;
}

const PEOPLE = 'my|your|his|her|their|our';
const SUBJECTS = 'i|you|we|he|she|they';

// "what kind of work", "the sort of person": a noun, not a hedge.
const NOUN_KIND_BEFORE = new Set(['what', 'which', 'the', 'a', 'this', 'that', 'any', 'every', 'some', 'same']);
const isHedgingKindOf = (tokens: readonly WordingToken[], index: number): boolean =>
  !NOUN_KIND_BEFORE.has(normAt(tokens, index - 1));

// "no more" and "not ... any more" are avoidance wording (framing), not a vague amount.
const MORE_NOT_AN_AMOUNT = new Set(['no', 'any']);

/** True when no number says how much more: "two more", "more than 3", "3 or more", "more than an hour". */
function isMoreWithoutNumber(tokens: readonly WordingToken[], index: number): boolean {
  const before = normAt(tokens, index - 1);
  if (MORE_NOT_AN_AMOUNT.has(before)) return false;
  if (isNumberAt(tokens, index - 1)) return false;
  if (before === 'or' && isNumberAt(tokens, index - 2)) return false;
  return !(normAt(tokens, index + 1) === 'than' && isCountAt(tokens, index + 2));
}

// "work on my confidence" is vague; "work on my CV every Sunday" is a plan.
const isWorkOnAFeeling = (tokens: readonly WordingToken[], index: number): boolean => {
  let object = index + 2;
  while (OBJECT_LEAD_INS.has(normAt(tokens, object))) object += 1;
  return isStateWord(normAt(tokens, object));
};

const pattern = (source: string, category: VaguenessCategory, applies?: VaguePattern['applies']): VaguePattern => ({
  phrase: compilePhrase(source),
  category,
  applies,
});

const VAGUE_PATTERNS: readonly VaguePattern[] = [
  pattern(`do|doing|does ${PEOPLE} best`, 'hedge'),
  pattern(`try|tries|trying ${PEOPLE} best`, 'hedge'),
  pattern(`do|doing the best ${SUBJECTS} can`, 'hedge'),
  pattern('try|tries|trying|tried to|and', 'hedge'),
  pattern('try|tries|trying not to', 'hedge'),
  pattern('attempt|attempts|attempting to', 'hedge'),
  pattern('as much|often as possible', 'hedge'),
  pattern(`as much|often as ${SUBJECTS} can`, 'hedge'),
  pattern('whenever|when|where|if possible', 'hedge'),
  pattern(`whenever|when|if ${SUBJECTS} can`, 'hedge'),
  pattern(`whenever|when|if ${SUBJECTS} have|get time`, 'hedge'),
  pattern(`whenever|when|if ${SUBJECTS} have|get the|a time|chance`, 'hedge'),
  pattern('hopefully|maybe|perhaps|somehow', 'hedge'),
  pattern('feel|feels|feeling better|good|happier|happy|okay|ok|fine|normal|great|calmer|well', 'feeling'),
  pattern('be|become|becoming|being happier|happy|okay|ok|fine|normal|calmer', 'feeling'),
  pattern('more', 'more', isMoreWithoutNumber),
  pattern('a little bit', 'amount'),
  pattern('a bit|lot|little|few', 'amount'),
  pattern('lots of', 'amount'),
  pattern('more or less', 'amount'),
  pattern('somewhat', 'amount'),
  pattern('kind|sort of', 'amount', isHedgingKindOf),
  pattern('improve|improves|improving|improved|improvement', 'change'),
  pattern('get|gets|getting|be|do|cope|coping better', 'change'),
  pattern('work|working on', 'change', isWorkOnAFeeling),
  pattern('increase|increasing|boost|boosting|reduce|reducing', 'change'),
].sort((a, b) => b.phrase.length - a.phrase.length);

const CODES: Readonly<Record<VaguenessCategory, FindingCode>> = {
  hedge: 'vagueness.hedge',
  feeling: 'vagueness.feeling',
  more: 'vagueness.more-without-number',
  amount: 'vagueness.vague-amount',
  change: 'vagueness.change-without-number',
  state: 'vagueness.state-without-action',
};

const MESSAGES: Readonly<Record<VaguenessCategory, (words: string) => string>> = {
  hedge: (words) => `“${words}” makes the goal an attempt rather than a plan.`,
  feeling: (words) => `“${words}” describes a feeling, which is hard to count.`,
  more: (words) => `“${words}” has no number, so it is hard to tell when it is reached.`,
  amount: (words) => `“${words}” is not an amount you can count.`,
  change: (words) => `“${words}” says which way to change, but not by how much.`,
  state: (words) => `“${words}” names a state or a wish, not something you would be seen doing.`,
};

const SUGGESTIONS: Readonly<Record<VaguenessCategory, string>> = {
  hedge: 'State the plan itself, with how often, e.g. “Message one friend a week to arrange to meet”.',
  feeling: 'Name something you would be doing when you feel that way, e.g. “Meet a friend for coffee once a week”.',
  more: 'Say how much or how often, e.g. “three times a week” or “10 more minutes a day”.',
  amount: 'Use a number instead, e.g. “10 minutes” or “twice a week”.',
  change: 'Add a number that shows the change, e.g. “Walk for 20 minutes on 5 days a week”.',
  state: 'Name something you would be doing, e.g. “Meet a friend for coffee once a week”.',
};

/** The feeling and state suggestions follow the goal's own area when it has one. */
function suggestionFor(category: VaguenessCategory, area: GoalArea | undefined): string {
  if ((category === 'state' || category === 'feeling') && area !== undefined) {
    return `Name something you would be doing, e.g. “${area.example}”.`;
  }
  return SUGGESTIONS[category];
}

function hasAnyNumber(tokens: readonly WordingToken[]): boolean {
  return tokens.some((_, index) => isNumberAt(tokens, index) || isClockTimeAt(tokens, index));
}

function matchAt(tokens: readonly WordingToken[], index: number, numbered: boolean): VaguePattern | undefined {
  const inSubordinate = tokens[index]?.subordinate ?? false;
  return VAGUE_PATTERNS.find(
    (candidate) =>
      (candidate.category === 'hedge' || !inSubordinate) &&
      !(candidate.category === 'change' && numbered) &&
      phraseAt(tokens, index, candidate.phrase) &&
      (candidate.applies?.(tokens, index) ?? true),
  );
}

/**
 * "Improve my sleep to 7 hours a night", "Lose weight: 5 kg by June": an outcome that is not a
 * feeling (sleep, weight), with a number that says what will be seen. Not a vague state.
 */
function isCountedOutcome(wording: Wording, state: { first: number; last: number }): boolean {
  const words = wording.tokens.slice(state.first, state.last + 1);
  const feeling = words.some((token) => STATE_WORDS.has(token.norm));
  return !feeling && countableTarget(wording) !== null;
}

interface Located {
  readonly first: number;
  readonly last: number;
  readonly category: VaguenessCategory;
}

/**
 * Vagueness findings for the wording, in the order the words appear.
 * @param area the goal's area (areas.ts), for the suggestion on a feeling or state.
 * @param statesCount false for text that is not a goal on its own (a target, a frequency).
 */
export function checkVagueness(wording: Wording, area?: GoalArea, statesCount = true): Finding[] {
  const { text, tokens } = wording;
  const numbered = hasAnyNumber(tokens);
  const located: Located[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const match = matchAt(tokens, index, numbered);
    if (match === undefined) continue;
    const last = index + match.phrase.length - 1;
    located.push({ first: index, last, category: match.category });
    index = last;
  }
  const state = statesCount ? stateWithoutAction(wording) : null;
  if (state !== null && !isCountedOutcome(wording, state)) {
    const named = located.some(
      (found) => found.category === 'feeling' && found.first <= state.last && found.last >= state.first,
    );
    if (!named) located.push({ first: state.first, last: state.last, category: 'state' });
  }
  return located
    .sort((a, b) => a.first - b.first || b.last - a.last)
    .map(({ first, last, category }) => {
      const words = quote(text, tokens, first, last);
      return {
        code: CODES[category],
        message: MESSAGES[category](words),
        words: [words],
        field: 'wording',
        suggestion: suggestionFor(category, area),
      };
    });
}
