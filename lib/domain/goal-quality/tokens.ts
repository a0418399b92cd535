/**
 * Splits a goal's wording into words the rules can compare, while remembering where each word
 * sits in the original text: findings quote the words exactly as the person typed them.
 *
 * Rules compare the normalised form (lower case, curly apostrophes made straight), so
 * "Don’t", "DON'T" and "don't" are the same word. Matching is always by whole word, never by
 * substring, which is why "unless", "lesson" and "stopwatch" never look like "less" or "stop".
 */

/** One word of the wording. */
export interface Token {
  /** Lower case, apostrophes straightened: what the rules compare. */
  readonly norm: string;
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset just after the last character. */
  readonly end: number;
  /** A comma, colon, dash or bracket separates it from the previous word. */
  readonly clauseBreakBefore: boolean;
  /** A full stop, ! ? ; or line break separates it from the previous word. */
  readonly sentenceBreakBefore: boolean;
}

// Numbers keep their inner ":" "." "," ("8:00", "2.5", "1,000") and a letter suffix ("11pm",
// "5k"); words keep inner apostrophes ("don't", "I'll").
const WORD_PATTERN = /\d+(?:[:.,]\d+)*\p{L}*|[\p{L}\p{N}]+(?:['’‘ʼ][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’‘ʼ`´]/g;
const SENTENCE_BREAK = /[.!?;\n]/;
// A hyphen between two words ("30-minute") joins them; one with spaces around it separates.
const CLAUSE_BREAK = /[,:()[\]–—]|\s-\s/;

/** Lower case with straight apostrophes. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'");
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    const gap = text.slice(previousEnd, start);
    const sentenceBreakBefore = tokens.length > 0 && SENTENCE_BREAK.test(gap);
    tokens.push({
      norm: normaliseWord(match[0]),
      start,
      end,
      sentenceBreakBefore,
      clauseBreakBefore: tokens.length > 0 && (sentenceBreakBefore || CLAUSE_BREAK.test(gap)),
    });
    previousEnd = end;
  }
  return tokens;
}

/** A compiled phrase: for each position, the words accepted there. */
export type Phrase = readonly ReadonlySet<string>[];

/**
 * Compiles a phrase written as words separated by spaces, where a word may list alternatives
 * with "|": "get|getting|got rid of" matches "get rid of" and "getting rid of".
 */
export function compilePhrase(source: string): Phrase {
  return source
    .trim()
    .split(/\s+/)
    .map((slot) => new Set(slot.split('|').map(normaliseWord)));
}

/** True when `phrase` occurs at `index`, with no clause break inside it. */
export function phraseAt(tokens: readonly Token[], index: number, phrase: Phrase): boolean {
  if (phrase.length === 0 || index + phrase.length > tokens.length) return false;
  return phrase.every((accepted, offset) => {
    const token = tokens[index + offset];
    if (token === undefined || !accepted.has(token.norm)) return false;
    return offset === 0 || !token.clauseBreakBefore;
  });
}

/** Compiles a list of phrases, longest first, so the longest one is tried first. */
export function compilePhrases(sources: readonly string[]): Phrase[] {
  return sources.map(compilePhrase).sort((a, b) => b.length - a.length);
}

/** Length of the longest of `phrases` found at `index`, or 0. */
export function longestPhraseAt(tokens: readonly Token[], index: number, phrases: readonly Phrase[]): number {
  for (const phrase of phrases) {
    if (phraseAt(tokens, index, phrase)) return phrase.length;
  }
  return 0;
}

/** The original text from the word at `first` to the word at `last`, inclusive, as typed. */
export function quote(text: string, tokens: readonly Token[], first: number, last: number): string {
  const from = tokens[first];
  const to = tokens[last];
  if (from === undefined || to === undefined) return '';
  return text.slice(from.start, to.end);
}

/** The normalised word at `index`, or '' past either end. */
export function normAt(tokens: readonly Token[], index: number): string {
  return tokens[index]?.norm ?? '';
}
