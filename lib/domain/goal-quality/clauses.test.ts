import { describe, expect, it } from 'vitest';

import { analyseWording } from './clauses';
import { tokenize } from './tokens';

/** The words of the wording that belong to subordinate clauses, joined. */
function subordinateWords(text: string): string {
  return analyseWording(text)
    .tokens.filter((token) => token.subordinate)
    .map((token) => text.slice(token.start, token.end))
    .join(' ');
}

describe('tokenize', () => {
  it('keeps offsets so words can be quoted as typed, with curly apostrophes', () => {
    const text = 'Don’t  STOP, 8:00 30-minute';
    expect(tokenize(text).map((token) => [token.norm, text.slice(token.start, token.end)])).toEqual([
      ["don't", 'Don’t'],
      ['stop', 'STOP'],
      ['8:00', '8:00'],
      ['30', '30'],
      ['minute', 'minute'],
    ]);
  });

  it('marks clause and sentence breaks between words', () => {
    expect(
      tokenize('a, b. c - d-e').map((token) => [token.norm, token.clauseBreakBefore, token.sentenceBreakBefore]),
    ).toEqual([
      ['a', false, false],
      ['b', true, false],
      ['c', true, true],
      ['d', true, false],
      ['e', false, false],
    ]);
  });
});

describe('subordinate clauses', () => {
  it.each([
    ["Go for a walk even on days when I don't feel like it", "even on days when I don't feel like it"],
    ["If I feel the urge, don't drink", 'If I feel the urge'],
    ['When I feel angry I will take a breath', 'When I feel angry'],
    ["Go to bed earlier so I'm less tired", "so I'm less tired"],
    ['Go to the gym whether or not I feel like it', 'whether or not I feel like it'],
    ["Spend time with people who don't drink", "who don't drink"],
    ['Be not so hard on myself', ''],
    ['Stop staying up late', ''],
    ['Call a friend when I feel low. Then go for a walk', 'when I feel low'],
  ])('%s → "%s"', (text, expected) => {
    expect(subordinateWords(text)).toBe(expected);
  });
});
