import { everydayTimeAt } from './everyday-times';
import { isClockTimeAt, isCountAt, isNumberAt, type WordSpan } from './numbers';
import { normAt, type Token } from './tokens';

/**
 * Frequencies and time frames written in the goal's own words, for the Time-bound check:
 * "per week", "once a day", "every morning", "daily", "on weeknights", "for 6 weeks",
 * "within a month", "by Friday", "by the end of June", "by my 30th birthday", "next week",
 * "whenever I feel anxious", and the everyday time words of everyday-times.ts ("by 10pm",
 * "before bed", "school nights", "when I notice panic starting"): a goal done at a set time or
 * moment is done each time that moment comes.
 */

/** Periods a frequency or a time frame counts in: "a week", "per night", "for 6 weeks". */
const PERIODS = new Set([
  'day',
  'days',
  'night',
  'nights',
  'morning',
  'mornings',
  'afternoon',
  'afternoons',
  'evening',
  'evenings',
  'week',
  'weeks',
  'weekday',
  'weekdays',
  'weeknight',
  'weeknights',
  'weekend',
  'weekends',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'term',
  'terms',
  'session',
  'sessions',
]);

/** Words that are a frequency on their own: "daily", "on weekdays", "on Mondays". */
const HABITUAL_WORDS = new Set([
  'daily',
  'nightly',
  'weekly',
  'fortnightly',
  'monthly',
  'yearly',
  'annually',
  'everyday',
  'weekdays',
  'weeknights',
  'weekends',
  'mornings',
  'afternoons',
  'evenings',
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
  'saturdays',
  'sundays',
]);

/** True for a word that is a frequency on its own: "daily", "weekdays", "Mondays". */
export function isHabitualWord(word: string): boolean {
  return HABITUAL_WORDS.has(word);
}

const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

// Month names only count after a deadline word or next to a day number: "may" is also a verb.
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

const DEADLINE_WORDS = new Set(['by', 'until', 'till', 'before', 'in']);
const DEADLINE_NAMES = new Set(['christmas', 'easter', 'summer', 'autumn', 'winter', 'spring']);
const STANDALONE_DEADLINES = new Set(['tomorrow', 'tonight', 'today']);
const DURATION_WORDS = new Set(['for', 'within', 'in', 'over', 'during']);
// Allowed between a duration word and its period: "for the next 3 weeks".
const DURATION_FILLERS = new Set(['the', 'first']);
// Words that make the period a definite stretch of time, besides numbers.
const DURATION_COUNTERS = new Set(['next', 'coming', 'following', 'a', 'an']);

// "whenever I can" and "whenever possible" are hedges, not a frequency.
function isHedgedWhenever(tokens: readonly Token[], index: number): boolean {
  const next = normAt(tokens, index + 1);
  const after = normAt(tokens, index + 2);
  return (
    next === 'possible' ||
    after === 'can' ||
    after === 'could' ||
    (after === 'feel' && normAt(tokens, index + 3) === 'like')
  );
}

function countEarlierInSentence(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= 0; at -= 1) {
    if (isCountAt(tokens, at)) return true;
    if (tokens[at]?.sentenceBreakBefore) return false;
  }
  return false;
}

// Words that say what a count counts: "three times a week", "30 minutes a day".
const COUNT_UNITS = new Set(['time', 'times', 'minute', 'minutes', 'hour', 'hours', 'page', 'pages', 'step', 'steps']);

/** Widens a frequency to the count in front of it: "a week" → "three times a week". */
function withLeadingCount(tokens: readonly Token[], span: WordSpan): WordSpan {
  // A time of day in front ("9:30 every weekday") is not what the frequency counts.
  const isCount = (index: number): boolean => isNumberAt(tokens, index) && !isClockTimeAt(tokens, index);
  let first = span.first;
  if (COUNT_UNITS.has(normAt(tokens, first - 1)) && isCount(first - 2)) first -= 2;
  else if (isCount(first - 1)) first -= 1;
  while (first < span.first && isCount(first - 1)) first -= 1;
  return { first, last: span.last };
}

/** "every morning", "each meeting", "per week", "every other day". */
function everyPeriodAt(tokens: readonly Token[], index: number): WordSpan | null {
  const word = normAt(tokens, index);
  if (word !== 'every' && word !== 'each' && word !== 'per') return null;
  let last = index + 1;
  if (['other', 'single', 'second'].includes(normAt(tokens, last))) last += 1;
  const next = tokens[last];
  if (next === undefined || next.clauseBreakBefore) return null;
  return withLeadingCount(tokens, { first: index, last });
}

/** "once a day", "30 minutes a week", "an hour a day": "a"/"an" + period, only after a count. */
function aPeriodAt(tokens: readonly Token[], index: number): WordSpan | null {
  const word = normAt(tokens, index);
  if ((word !== 'a' && word !== 'an') || !PERIODS.has(normAt(tokens, index + 1))) return null;
  // "half an hour" is a length of time, not "per hour".
  if (normAt(tokens, index - 1) === 'half') return null;
  return countEarlierInSentence(tokens, index) ? withLeadingCount(tokens, { first: index, last: index + 1 }) : null;
}

/** "for 6 weeks", "within a month", "over the next three months". */
function durationAt(tokens: readonly Token[], index: number): WordSpan | null {
  if (!DURATION_WORDS.has(normAt(tokens, index))) return null;
  let counted = false;
  let at = index + 1;
  for (; at < tokens.length; at += 1) {
    const word = normAt(tokens, at);
    if (isNumberAt(tokens, at) || DURATION_COUNTERS.has(word)) counted = true;
    else if (!DURATION_FILLERS.has(word)) break;
  }
  return counted && PERIODS.has(normAt(tokens, at)) ? { first: index, last: at } : null;
}

/** "by Friday", "by the end of June", "until Christmas", "by 1 March", "in 2026". */
function deadlineAt(tokens: readonly Token[], index: number): WordSpan | null {
  const word = normAt(tokens, index);
  if (word === 'end' && normAt(tokens, index + 1) === 'of' && normAt(tokens, index - 1) === 'the') {
    return tokens[index + 2] ? { first: index - 1, last: index + 2 } : null;
  }
  if (!DEADLINE_WORDS.has(word)) return null;
  let at = index + 1;
  // "by the 3rd", "by the summer".
  if (
    normAt(tokens, at) === 'the' &&
    (/^\d/.test(normAt(tokens, at + 1)) || DEADLINE_NAMES.has(normAt(tokens, at + 1)))
  )
    at += 1;
  const next = normAt(tokens, at);
  if (DEADLINE_NAMES.has(next) || DAY_NAMES.has(next) || MONTHS.has(next) || /^\d{4}$/.test(next)) {
    return { first: index, last: at };
  }
  // "by my 30th birthday", "before my 40th".
  if (next === 'my' && /^\d{1,3}(?:st|nd|rd|th)$/.test(normAt(tokens, at + 1))) {
    return { first: index, last: normAt(tokens, at + 2) === 'birthday' ? at + 2 : at + 1 };
  }
  // "by 1 March", "by 3rd June".
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(next) && MONTHS.has(normAt(tokens, at + 1))) {
    return { first: index, last: at + 1 };
  }
  return null;
}

/** "this week", "next month", "next Friday". */
function thisOrNextAt(tokens: readonly Token[], index: number): WordSpan | null {
  const word = normAt(tokens, index);
  if (word !== 'this' && word !== 'next') return null;
  const period = normAt(tokens, index + 1);
  return PERIODS.has(period) || DAY_NAMES.has(period) ? { first: index, last: index + 1 } : null;
}

function singleWordAt(tokens: readonly Token[], index: number): WordSpan | null {
  const word = normAt(tokens, index);
  if (HABITUAL_WORDS.has(word) || DAY_NAMES.has(word) || STANDALONE_DEADLINES.has(word)) {
    return { first: index, last: index };
  }
  // "whenever I feel anxious": a frequency set by a situation rather than the calendar.
  if (word === 'whenever' && !isHedgedWhenever(tokens, index)) return { first: index, last: index };
  return null;
}

const TIME_FRAME_PATTERNS = [everyPeriodAt, aPeriodAt, durationAt, deadlineAt, thisOrNextAt, singleWordAt];

type TimePattern = (tokens: readonly Token[], index: number) => WordSpan | null;

function firstMatch(tokens: readonly Token[], patterns: readonly TimePattern[]): WordSpan | null {
  for (let index = 0; index < tokens.length; index += 1) {
    for (const pattern of patterns) {
      const span = pattern(tokens, index);
      if (span !== null) return span;
    }
  }
  return null;
}

/**
 * The first frequency or time frame in the wording, or null. A calendar frequency or deadline
 * ("on weeknights", "for 6 weeks") is named before an everyday time ("by 11pm").
 */
export function findTimeFrame(tokens: readonly Token[]): WordSpan | null {
  return firstMatch(tokens, TIME_FRAME_PATTERNS) ?? firstMatch(tokens, [everydayTimeAt]);
}

/**
 * A frequency that is itself a count of one per period: "every morning", "each meeting",
 * "daily", "on weekdays". The Measurable check counts these as a target.
 */
export function findPerPeriodCount(tokens: readonly Token[]): WordSpan | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const every = everyPeriodAt(tokens, index);
    if (every !== null) return every;
    if (HABITUAL_WORDS.has(normAt(tokens, index))) return { first: index, last: index };
  }
  return null;
}

/** "a week", "per day", "every morning" right after a number, to quote "three times per week". */
export function frequencyTailAt(tokens: readonly Token[], index: number): WordSpan | null {
  return everyPeriodAt(tokens, index) ?? aPeriodAt(tokens, index);
}
