import { compilePhrases, longestPhraseAt, normAt, type Token, tokenize } from './tokens';

/**
 * Finds which words belong to the goal's own action and which only describe its circumstances.
 *
 * "Go for a walk even on days when I don't feel like it": the goal's action is "go for a walk";
 * "when I don't feel like it" is a subordinate clause, and its "don't" is not avoidance wording.
 * The heuristic:
 * - A subordinate clause starts at a subordinating word: even, when, whenever, if, unless,
 *   although, though, whether, while, because, since, until, before, after, where, who, which,
 *   "on days", "no matter", "every time", "so that", "so I…", "in order to"...
 * - It ends at the next comma, colon, dash or sentence end ("When I feel low, call a friend"),
 *   or where a new main clause plainly starts: a subject with "will"/"'ll"/"won't"/"can"/"going
 *   to" ("When I feel angry I will take a breath"), or "then".
 * Everything else is the main clause: the goal's own action.
 */

/** A word of the wording, with where it sits in the sentence structure. */
export interface WordingToken extends Token {
  /** Inside a subordinate clause: it describes circumstances, not the goal's action. */
  readonly subordinate: boolean;
  /** Starts a subordinate clause ("when", "even", "on days"...). */
  readonly subordinator: boolean;
  /** 0 for the first sentence, then 1, 2... */
  readonly sentence: number;
}

/** The analysed wording: the original text and its words. */
export interface Wording {
  readonly text: string;
  readonly tokens: readonly WordingToken[];
}

const SUBORDINATORS = compilePhrases([
  'even',
  'when|whenever|if|unless|although|though|whether|while|whilst|because|since|until|till',
  'before|after|where|wherever|who|whom|whose|which',
  'as long as',
  'as soon as',
  'as if',
  'as though',
  'in case',
  'on days',
  'on the days',
  'no matter',
  'every|each|any time',
  'anytime',
  'so that',
  'in order to',
  'so as to',
  'except when|if',
]);

const SUBJECTS = 'i|you|we|he|she|they';
const MAIN_CLAUSE_STARTS = compilePhrases([
  `${SUBJECTS} will|shall|can|won't|wont`,
  `${SUBJECTS} will|shall not`,
  "i'll|you'll|we'll|he'll|she'll|they'll",
  `${SUBJECTS} am|are|is going to`,
  "i'm|you're|we're|he's|she's|they're going to",
  'then',
]);

// "so" only starts a clause of purpose or result when a subject follows: "so I sleep better",
// not "so hard on myself".
const SO_FOLLOWERS = new Set(['i', "i'm", "i'll", 'you', "you're", 'we', 'they', 'he', 'she', 'it', "it's", 'my']);

function subordinatorLength(tokens: readonly Token[], index: number): number {
  if (normAt(tokens, index) === 'so' && SO_FOLLOWERS.has(normAt(tokens, index + 1))) return 1;
  return longestPhraseAt(tokens, index, SUBORDINATORS);
}

export function analyseWording(text: string): Wording {
  const tokens = tokenize(text);
  const analysed: WordingToken[] = [];
  let sentence = 0;
  let inSubordinate = false;
  let subordinatorLeft = 0; // words of the current subordinator still to mark

  tokens.forEach((token, index) => {
    if (token.sentenceBreakBefore) sentence += 1;
    if (token.clauseBreakBefore) inSubordinate = false;
    if (inSubordinate && subordinatorLeft === 0 && longestPhraseAt(tokens, index, MAIN_CLAUSE_STARTS) > 0) {
      inSubordinate = false;
    }
    if (subordinatorLeft === 0) {
      const length = subordinatorLength(tokens, index);
      if (length > 0) {
        inSubordinate = true;
        subordinatorLeft = length;
      }
    }
    const subordinator = subordinatorLeft > 0;
    if (subordinator) subordinatorLeft -= 1;
    analysed.push({ ...token, subordinate: inSubordinate, subordinator, sentence });
  });
  return { text, tokens: analysed };
}
