import { type WordingToken } from './clauses';
import { isNumberAt } from './numbers';
import { type Range } from './goal-parts';
import {
  BEHAVIOURAL_COMPLEMENTS,
  isStateWord,
  LINKING_VERBS,
  OBJECT_LEAD_INS,
  OUTCOME_VERBS,
  PARTICLES,
  PREPOSITIONS,
  STATE_OR_ACTION_VERBS,
  STATE_WORDS,
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

/** Where a complement such as "more assertive" ends: before a place, time or number. */
function complementEnd(tokens: readonly WordingToken[], head: number, last: number): number {
  let end = head;
  while (end + 1 <= last && end - head < 4 && !PREPOSITIONS.has(normAt(tokens, end + 1)) && !isNumberAt(tokens, end + 1)) {
    end += 1;
  }
  return end;
}

export function withParticles(tokens: readonly WordingToken[], head: number, last: number): Head {
  let end = head;
  while (end + 1 <= last && PARTICLES.has(normAt(tokens, end + 1))) end += 1;
  return { kind: 'action', first: head, last: end };
}

/** "reduce my anxiety" is a state; "reduce my screen time" an action. */
function objectDecides(tokens: readonly WordingToken[], head: number, verbLength: number, last: number): Head {
  const object = objectAfter(tokens, head + verbLength, last);
  if (object >= 0 && isStateWord(normAt(tokens, object))) return { kind: 'state', first: head, last: object };
  const verb = withParticles(tokens, head + verbLength - 1, last);
  return { kind: 'action', first: head, last: verb.last };
}

/** "Better sleep", "Less stress" are states; "A 30 minute walk", "Daily walks" actions. */
function nounPhraseHead(tokens: readonly WordingToken[], head: number, last: number): Head | null {
  const isModifier = (index: number): boolean => {
    const word = normAt(tokens, index);
    return OBJECT_LEAD_INS.has(word) || STATE_WORDS.has(word) || isNumberAt(tokens, index) || isHabitualWord(word) || MEASURE_WORDS.has(word);
  };
  if (!isModifier(head)) return null;
  let at = head;
  let sawState = false;
  while (at <= last && isModifier(at)) {
    if (STATE_WORDS.has(normAt(tokens, at))) sawState = true;
    at += 1;
  }
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
  if (phraseAt(tokens, head, GET_RID_OF)) return objectDecides(tokens, head, GET_RID_OF.length, last);
  const outcomePhrase = longestPhraseAt(tokens, head, OUTCOME_PHRASES);
  if (outcomePhrase > 0) return objectDecides(tokens, head, outcomePhrase, last);
  if (STATE_OR_ACTION_VERBS.has(word)) {
    const object = objectAfter(tokens, head + 1, last);
    if (object >= 0 && STATE_WORDS.has(normAt(tokens, object))) return { kind: 'state', first: head, last: object };
    return withParticles(tokens, head, last);
  }
  if (OUTCOME_VERBS.has(word)) return objectDecides(tokens, head, 1, last);
  return nounPhraseHead(tokens, head, last) ?? withParticles(tokens, head, last);
}
