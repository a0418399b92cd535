import { describe, expect, it } from 'vitest';

import { findNumber, isClockTimeAt, isCountAt, isNumberAt } from './numbers';
import { quote, tokenize } from './tokens';

const firstNumber = (text: string): string | null => {
  const tokens = tokenize(text);
  const span = findNumber(tokens);
  return span === null ? null : quote(text, tokens, span.first, span.last);
};

describe('numbers in digits and in words', () => {
  it.each([
    ['3', true],
    ['three', true],
    ['Twenty', true],
    ['once', true],
    ['twice', true],
    ['half', true],
    ['10,000', true],
    ['2.5', true],
    ['11pm', true],
    ['8:00', true],
    ['a', false],
    ['few', false],
    ['some', false],
    ['someone', false],
    ['oneself', false],
    ['often', false],
  ])('%s → %s', (word, expected) => {
    expect(isNumberAt(tokenize(word), 0)).toBe(expected);
  });

  it('"couple" and "dozen" count only after "a" or a number', () => {
    expect(isNumberAt(tokenize('a couple'), 1)).toBe(true);
    expect(isNumberAt(tokenize('two dozen'), 1)).toBe(true);
    expect(isNumberAt(tokenize('my couple'), 1)).toBe(false);
  });

  it('"a"/"an" before a unit counts as one', () => {
    expect(isCountAt(tokenize('an hour'), 0)).toBe(true);
    expect(isCountAt(tokenize('a mile'), 0)).toBe(true);
    expect(isCountAt(tokenize('a walk'), 0)).toBe(false);
  });

  it.each([
    ['by 11pm', 1, true],
    ['at 8:00', 1, true],
    ['at 7 pm', 1, true],
    ['at 7 p.m.', 1, true],
    ['at 9.30am', 1, true],
    ['by midnight', 1, true],
    ['at noon', 1, true],
    ['for 30 minutes', 1, false],
    ['at 2.5', 1, false],
  ])('clock time in "%s" → %s', (text, index, expected) => {
    expect(isClockTimeAt(tokenize(text), index)).toBe(expected);
  });

  it.each([
    ['Go on a 30 minute bike ride', '30 minute'],
    ['three times per week', 'three times'],
    ['Walk twenty-five minutes', 'twenty-five minutes'],
    ['Meditate for half an hour', 'half an hour'],
    ['a couple of times a week', 'a couple of times'],
    ['Call a dozen friends', 'a dozen'],
    ['Walk 10,000 steps', '10,000 steps'],
    ['Speak up at least once a day', 'once'],
    ['Exercise more', null],
  ])('the first number in "%s" is quoted as "%s"', (text, expected) => {
    expect(firstNumber(text)).toBe(expected);
  });
});
