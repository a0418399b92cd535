import { type WordingToken } from './clauses';
import { type WordSpan } from './numbers';
import { normAt } from './tokens';

/**
 * Numbers that qualify something other than the goal's own action, so they are not a measure:
 * a year ("by 2027"), a date ("by 1 March", "on the 3rd"), an age ("turning 40", "when I'm 30",
 * "40 years old", "my 30th birthday"), a count of people or things that belong to someone ("my
 * 2 kids", "our three dogs"), or a deadline ("in 3 months"). "Three drinks", "20 minutes",
 * "twice a week", "5 km" and "one friend per week" are measures: they count what the client does.
 */

const YEAR = /^(19|20)\d{2}$/;
const ORDINAL = /^\d+(st|nd|rd|th)$/;
const ORDINAL_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
]);
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
const AGE_BEFORE = new Set([
  'turn',
  'turns',
  'turning',
  'turned',
  'aged',
  'age',
  "i'm",
  'am',
  "he's",
  "she's",
  "they're",
  "you're",
]);
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
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const DEADLINE_BEFORE = new Set(['in', 'within']);
const CALENDAR_PERIODS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'year',
  'years',
]);
// Units after which a number measures the action even after a possessive: "my 5 km run".
const ACTION_UNITS = new Set([
  'km',
  'k',
  'mile',
  'miles',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'step',
  'steps',
  'times',
  'time',
]);

/** True when the number at `span` is a year, a date, an age, a possessed count or a deadline. */
export function qualifiesSomethingElse(tokens: readonly WordingToken[], span: WordSpan): boolean {
  const word = normAt(tokens, span.first);
  const before = normAt(tokens, span.first - 1);
  const after = normAt(tokens, span.last + 1);
  const unit = normAt(tokens, span.last);
  if (YEAR.test(word) || ORDINAL.test(word) || ORDINAL_WORDS.has(word)) return true;
  if (MONTHS.has(after) || MONTHS.has(before)) return true;
  if (after === 'birthday' || ((unit === 'years' || unit === 'year') && after === 'old')) return true;
  if (AGE_BEFORE.has(before) && span.first === span.last) return true;
  if (before === 'of' && normAt(tokens, span.first - 2) === 'age') return true;
  if (POSSESSIVES.has(before) && !ACTION_UNITS.has(unit) && !ACTION_UNITS.has(after)) return true;
  return DEADLINE_BEFORE.has(before) && CALENDAR_PERIODS.has(unit);
}
