import { type WordingToken } from './clauses';
import { isCommonActionVerb, isIngWord, LINKING_VERBS } from './specific-words';
import { compilePhrases, longestPhraseAt, normAt } from './tokens';

/**
 * Where the goal's own action starts. The main clause is read in parts (split at "and", "or",
 * "but", "then" and commas), and in each part the words that only frame the goal are set
 * aside: the subject and "will" ("I'll", "You will", "Sam will"), wishes ("I want to", "My
 * goal is to"), hedges ("try to", "do my best to") and avoidance openers ("never", "no
 * longer", "stop" before an -ing word). What remains starts with the head of the goal.
 */

/** A run of words by index, inclusive at both ends. */
export interface Range {
  readonly first: number;
  readonly last: number;
}

/** A part of the goal's main clause. */
export interface Part extends Range {
  /** The first part of its sentence: its first word is taken as the action, whatever it is. */
  readonly leads: boolean;
}

const SUBJECTS = 'i|you|we|he|she|they';
const PEOPLE = 'my|your|his|her|their|our';

export const SUBJECT_WORDS = new Set(['i', 'you', 'we', 'he', 'she', 'they']);
const MODALS = new Set(['will', 'shall', 'can', 'must', 'should', 'would', 'could', 'might', "won't"]);
const PART_BOUNDARIES = new Set(['and', 'or', 'but', 'then']);

/** Words in front of the goal's action that frame it: subject, will, wishes, hedges... */
const FRAMING_PREFIXES = compilePhrases([
  `${SUBJECTS} will|shall|can|must|should|would|could|might|may`,
  "i'll|you'll|we'll|he'll|she'll|they'll",
  `${SUBJECTS} am|are|is going to`,
  "i'm|you're|we're|he's|she's|they're going to",
  `${SUBJECTS} am|are|is not going to`,
  "i'm|you're|we're|he's|she's|they're not going to",
  `${SUBJECTS} am|are|is gonna`,
  "i'm|you're|we're|he's|she's|they're gonna",
  SUBJECTS,
  "i'd|you'd|we'd|they'd",
  'want|wants|wanted|need|needs|plan|plans|aim|aims|hope|hopes|intend|intends|' +
    'choose|chooses|decide|decides|like|love|mean|means|have|has to',
  'would|really like|love to',
  'my|our|the goal|aim|plan|intention|hope is to',
  'my|our|the goal|aim|plan|intention|hope will be to',
  'to',
  'try|tries|trying|tried to|and',
  'try|tries|trying|tried not to',
  'not to',
  `do|doing ${PEOPLE} best to`,
  `try|trying ${PEOPLE} best to`,
  'attempt|attempts|attempting to',
  'start|starts|begin|begins|continue|continues to',
  'learn|learns|learning how to',
  'learn|learns|learning to',
  'be|being able to',
  'remember|remembers|remembering to',
  'make|making sure|certain to|that',
  'make|making sure|certain',
  'make|find time to|for',
  'always|also|really|just|actually|finally|regularly|consistently|gradually|slowly|actively|eventually|' +
    'please|then|even|still|sometimes|often|usually',
  'nevertheless|nonetheless|however|anyway|instead|otherwise|ideally|honestly',
  'never',
  'no longer',
  "don't|dont|doesn't|won't|not",
  'do|does|will not',
]);

// "Stop staying up late", "Keep going to the gym": the -ing word after them is the action.
const BEFORE_ING_PREFIXES = compilePhrases([
  'stop|stops|stopping|quit|quits|quitting|start|starts|begin|begins|keep|keeps|continue|continues',
  'give|gives up',
]);

// "Do my best" on its own is a hedge with nothing to do in it.
const BARE_HEDGES = compilePhrases([`do|doing ${PEOPLE} best`, `try|trying ${PEOPLE} best`]);

/** Length of a bare hedge ("Do my best") at `index`, or 0. */
export function bareHedgeLength(tokens: readonly WordingToken[], index: number): number {
  return longestPhraseAt(tokens, index, BARE_HEDGES);
}

/**
 * Contiguous runs of main-clause words, split where a new part of the goal begins: at a comma
 * or sentence end, at "and"/"or"/"but"/"then", and around subordinate clauses. `leads` marks
 * the first part of each sentence.
 */
export function mainParts(tokens: readonly WordingToken[]): Part[] {
  const parts: Part[] = [];
  const sentencesWithAPart = new Set<number>();
  let first = -1;
  let last = -1;
  const close = (): void => {
    if (first < 0) return;
    const sentence = tokens[first]?.sentence ?? 0;
    parts.push({ first, last, leads: !sentencesWithAPart.has(sentence) });
    sentencesWithAPart.add(sentence);
    first = -1;
  };
  for (const [index, token] of tokens.entries()) {
    if (token.subordinate || PART_BOUNDARIES.has(token.norm)) {
      close();
      continue;
    }
    if (token.clauseBreakBefore) close();
    if (first < 0) first = index;
    last = index;
  }
  close();
  return parts;
}

/** Index of the first word after the framing prefixes of a part. */
export function skipFramingPrefixes(tokens: readonly WordingToken[], part: Range): number {
  let at = part.first;
  for (let guard = 0; guard < 12 && at <= part.last; guard += 1) {
    const prefix = longestPhraseAt(tokens, at, FRAMING_PREFIXES);
    if (prefix > 0 && at + prefix - 1 <= part.last) {
      at += prefix;
      continue;
    }
    const beforeIng = longestPhraseAt(tokens, at, BEFORE_ING_PREFIXES);
    if (beforeIng > 0 && isIngWord(normAt(tokens, at + beforeIng))) {
      at += beforeIng;
      continue;
    }
    // A named subject: "Sam will walk", "My son will brush", "Alex feels calmer".
    const second = at + 1 <= part.last ? normAt(tokens, at + 1) : '';
    const third = at + 2 <= part.last ? normAt(tokens, at + 2) : '';
    if (MODALS.has(second)) {
      at += 2;
      continue;
    }
    if (MODALS.has(third) && !SUBJECT_WORDS.has(second)) {
      at += 3;
      continue;
    }
    if (
      LINKING_VERBS.has(second) &&
      !isCommonActionVerb(normAt(tokens, at)) &&
      !LINKING_VERBS.has(normAt(tokens, at))
    ) {
      at += 1;
      continue;
    }
    break;
  }
  return at;
}
