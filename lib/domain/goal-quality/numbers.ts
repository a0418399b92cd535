import { normAt, type Token } from './tokens';

/**
 * Numbers in a goal's wording, in digits or in words: "3", "three", "once", "twice", "a dozen",
 * "half an hour", "a couple of", "11pm", "8:00". A number is what makes a target countable
 * (Measurable) and what turns "more" into an amount (vagueness).
 */

const NUMBER_WORDS = new Set([
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'once',
  'twice',
  'thrice',
  'half',
]);

// Only countable with "a" in front: "a couple of times", not "my couple".
const NUMBER_WORDS_AFTER_A = new Set(['couple', 'dozen']);

// Words that say what a number counts, kept with it when quoting: "three times", "30 minute".
const UNITS = new Set([
  'time',
  'times',
  'x',
  'second',
  'seconds',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'hr',
  'hrs',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'page',
  'pages',
  'step',
  'steps',
  'km',
  'k',
  'mile',
  'miles',
  'metres',
  'meters',
  'glass',
  'glasses',
  'cup',
  'cups',
  'litre',
  'litres',
  'liter',
  'liters',
  'am',
  'pm',
  "o'clock",
]);

const CLOCK_WORDS = new Set(['noon', 'midday', 'midnight']);
const CLOCK_PATTERN = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$|^\d{1,2}:\d{2}$/;

/** True when the word at `index` is a number: digits, a number word, "a couple", "a dozen". */
export function isNumberAt(tokens: readonly Token[], index: number): boolean {
  const word = normAt(tokens, index);
  if (word === '') return false;
  if (/^\d/.test(word)) return true;
  if (NUMBER_WORDS_AFTER_A.has(word)) return normAt(tokens, index - 1) === 'a' || isNumberAt(tokens, index - 1);
  return NUMBER_WORDS.has(word);
}

/** True when the word at `index` is a time of day: "11pm", "8:00", "11 pm", "midnight". */
export function isClockTimeAt(tokens: readonly Token[], index: number): boolean {
  const word = normAt(tokens, index);
  if (CLOCK_WORDS.has(word) || CLOCK_PATTERN.test(word)) return true;
  if (!/^\d{1,2}$/.test(word)) return false;
  const next = normAt(tokens, index + 1);
  // "11 pm", "11 o'clock", and "11 p.m." which splits into "11", "p", "m".
  if (next === 'am' || next === 'pm' || next === "o'clock") return true;
  return (next === 'a' || next === 'p') && normAt(tokens, index + 2) === 'm';
}

/** True for a number, or for "a"/"an" before a unit meaning one of it: "an hour", "a mile". */
export function isCountAt(tokens: readonly Token[], index: number): boolean {
  const word = normAt(tokens, index);
  if (word === 'a' || word === 'an') return UNITS.has(normAt(tokens, index + 1));
  return isNumberAt(tokens, index);
}

/** A run of words in the wording, by index, inclusive at both ends. */
export interface WordSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The first number or time of day in `tokens` (from `from` on), with the words that say what it
 * counts: "three times", "30 minute", "half an hour", "11pm".
 */
export function findNumber(tokens: readonly Token[], from = 0): WordSpan | null {
  for (let index = from; index < tokens.length; index += 1) {
    if (!isNumberAt(tokens, index) && !isClockTimeAt(tokens, index)) continue;
    const first =
      normAt(tokens, index - 1) === 'a' && NUMBER_WORDS_AFTER_A.has(normAt(tokens, index)) ? index - 1 : index;
    let last = index;
    // "twenty five", "one and a half": keep a run of number words together.
    while (isNumberAt(tokens, last + 1)) last += 1;
    // "half an hour", "a couple of times": the article or "of" before the unit.
    if (['half', 'couple', 'dozen'].includes(normAt(tokens, last))) {
      const next = normAt(tokens, last + 1);
      if (next === 'an' || next === 'a' || next === 'of') last += 1;
    }
    if (UNITS.has(normAt(tokens, last + 1))) last += 1;
    return { first, last };
  }
  return null;
}
