import { type WordingToken } from './clauses';
import { isNumberAt } from './numbers';
import { type Range } from './goal-parts';
import {
  BEHAVIOURAL_COMPLEMENTS,
  isStateWord,
  LINKING_VERBS,
  OBJECT_LEAD_INS,
  isIngWord,
  OUTCOME_VERBS,
  PARTICLES,
  PREPOSITIONS,
  STATE_OR_ACTION_VERBS,
  STATE_WORDS,
  TOOL_NOUNS,
  WISH_VERBS,
} from './specific-words';
import { isHabitualWord } from './time-frame';
import { compilePhrase, compilePhrases, longestPhraseAt, normAt, phraseAt } from './tokens';

/**
 * Is the head of the goal an action or a state? It is:
 * - a state when it links to a feeling or trait: "feel better", "be happier", "be more
 *   assertive", "I'm calmer" (but "be in bed by 11pm" and "be home for dinner" are actions);
 * - a state when its object is a feeling or outcome: "get rid of my anxiety", "reduce my
 *   stress", "have more confidence", "improve my sleep", "lose weight";
 * - a state when it is a wish ("I want a new job") or a feeling noun ("Better sleep",
 *   "Happiness", "Less stress");
 * - otherwise an action ("Go", "Speak up", "Reach out", "Spend", "A 30-minute walk").
 */

/** The head of a goal part and the words that go with it ("Speak up", "Be more assertive"). */
export interface Head extends Range {
  readonly kind: 'action' | 'state';
}

const BE_FORMS = new Set(['be', 'am', 'is', 'are', "i'm", "you're", "we're", "they're", "he's", "she's", 'being']);
const MEASURE_WORDS = new Set(['minute', 'minutes', 'hour', 'hours', 'time', 'times']);

const GET_RID_OF = compilePhrase('get|gets|getting|got rid of');
const OUTCOME_PHRASES = compilePhrases([
  'get|gets|getting|got over',
  'deal|deals|dealing|cope|copes|coping with',
  'work|works|working on',
  'let|lets|letting go of',
]);

/** The first word after `from` that is not an article, possessive or degree word. */
function objectAfter(tokens: readonly WordingToken[], from: number, last: number): number {
  let at = from;
  while (at <= last && OBJECT_LEAD_INS.has(normAt(tokens, at))) at += 1;
  return at <= last ? at : -1;
}

/**
 * Where a complement such as "more assertive" ends: before a place, time or number, and at the
 * last feeling word when there is one ("feel so anxious", not "feel so anxious all the").
 */
function complementEnd(tokens: readonly WordingToken[], head: number, last: number): number {
  let end = head;
  while (
    end + 1 <= last &&
    end - head < 4 &&
    !PREPOSITIONS.has(normAt(tokens, end + 1)) &&
    !isNumberAt(tokens, end + 1)
  ) {
    end += 1;
  }
  for (let at = end; at > head + 1; at -= 1) {
    if (isStateWord(normAt(tokens, at))) return at;
  }
  return end;
}

// "let people walk all over me", "let others take advantage of me": a pattern of being
// treated, which names no step the client will take.
const LET_WORDS = new Set(['let', 'lets', 'letting']);
const BEING_TREATED = compilePhrases([
  'walk all over',
  'take advantage of',
  'push me around',
  'treat me like a doormat',
  'use me',
]);

function beingTreatedEnd(tokens: readonly WordingToken[], head: number, last: number): number {
  if (!LET_WORDS.has(normAt(tokens, head))) return -1;
  for (let at = head + 1; at <= Math.min(last, head + 4); at += 1) {
    const length = longestPhraseAt(tokens, at, BEING_TREATED);
    if (length > 0) return Math.min(last, at + length);
  }
  return -1;
}

export function withParticles(tokens: readonly WordingToken[], head: number, last: number): Head {
  let end = head;
  while (end + 1 <= last && PARTICLES.has(normAt(tokens, end + 1))) end += 1;
  return { kind: 'action', first: head, last: end };
}

/** "a mood diary", "my anxiety group": a feeling word naming a tool or a place to go. */
function namesATool(tokens: readonly WordingToken[], index: number, last: number): boolean {
  return index + 1 <= last && TOOL_NOUNS.has(normAt(tokens, index + 1));
}

/** A state object and the noun it describes: "a calmer mind", "a better life". */
function stateObjectEnd(tokens: readonly WordingToken[], object: number, last: number): number {
  const next = normAt(tokens, object + 1);
  const describesANoun =
    object + 1 <= last &&
    next !== '' &&
    !PREPOSITIONS.has(next) &&
    !isNumberAt(tokens, object + 1) &&
    !isStateWord(next);
  return describesANoun && STATE_WORDS.has(normAt(tokens, object)) && !isStateWord(next) ? object + 1 : object;
}

/** "reduce my anxiety" is a state; "reduce my screen time" an action. */
function objectDecides(tokens: readonly WordingToken[], head: number, verbLength: number, last: number): Head {
  const object = objectAfter(tokens, head + verbLength, last);
  if (object >= 0 && isStateWord(normAt(tokens, object)) && !namesATool(tokens, object, last)) {
    let end = stateObjectEnd(tokens, object, last);
    while (end + 1 <= last && PARTICLES.has(normAt(tokens, end + 1))) end += 1; // "sort my life out"
    return { kind: 'state', first: head, last: end };
  }
  const verb = withParticles(tokens, head + verbLength - 1, last);
  return { kind: 'action', first: head, last: verb.last };
}

/** "Better sleep", "Less stress" are states; "A 30 minute walk", "Daily walks" actions. */
function nounPhraseHead(tokens: readonly WordingToken[], head: number, last: number): Head | null {
  const isModifier = (index: number): boolean => {
    const word = normAt(tokens, index);
    return (
      OBJECT_LEAD_INS.has(word) ||
      STATE_WORDS.has(word) ||
      isNumberAt(tokens, index) ||
      isHabitualWord(word) ||
      MEASURE_WORDS.has(word)
    );
  };
  if (!isModifier(head)) return null;
  let at = head;
  let sawState = false;
  while (at <= last && isModifier(at)) {
    if (STATE_WORDS.has(normAt(tokens, at))) sawState = true;
    at += 1;
  }
  if (TOOL_NOUNS.has(normAt(tokens, at))) return { kind: 'action', first: head, last: at };
  if (sawState || at > last || isStateWord(normAt(tokens, at))) {
    return { kind: 'state', first: head, last: Math.min(at, last) };
  }
  return { kind: 'action', first: head, last: at };
}

/** Decides whether the word at `head` starts an action or names a state. */
export function classifyHead(tokens: readonly WordingToken[], head: number, last: number): Head {
  const word = normAt(tokens, head);
  const next = normAt(tokens, head + 1);
  if (LINKING_VERBS.has(word)) {
    if (BE_FORMS.has(word) && BEHAVIOURAL_COMPLEMENTS.has(next)) return { kind: 'action', first: head, last: head + 1 };
    return { kind: 'state', first: head, last: complementEnd(tokens, head, last) };
  }
  if (WISH_VERBS.has(word)) return { kind: 'state', first: head, last: complementEnd(tokens, head, last) };
  const treated = beingTreatedEnd(tokens, head, last);
  if (treated >= 0) return { kind: 'state', first: head, last: treated };
  if (phraseAt(tokens, head, GET_RID_OF)) return objectDecides(tokens, head, GET_RID_OF.length, last);
  const outcomePhrase = longestPhraseAt(tokens, head, OUTCOME_PHRASES);
  if (outcomePhrase > 0) return objectDecides(tokens, head, outcomePhrase, last);
  // "Get better at saying no": the skill practised is the action.
  if (
    STATE_OR_ACTION_VERBS.has(word) &&
    next === 'better' &&
    normAt(tokens, head + 2) === 'at' &&
    isIngWord(normAt(tokens, head + 3))
  ) {
    return withParticles(tokens, head + 3, last);
  }
  if (STATE_OR_ACTION_VERBS.has(word)) {
    const object = objectAfter(tokens, head + 1, last);
    if (object >= 0 && STATE_WORDS.has(normAt(tokens, object)) && !namesATool(tokens, object, last)) {
      return { kind: 'state', first: head, last: object };
    }
    return withParticles(tokens, head, last);
  }
  if (OUTCOME_VERBS.has(word)) return objectDecides(tokens, head, 1, last);
  return nounPhraseHead(tokens, head, last) ?? withParticles(tokens, head, last);
}
