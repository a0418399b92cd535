import { describe, expect, test } from 'vitest';
import { MAX_FORM_INDEX, nestFormValues } from './form-values';

describe('nestFormValues: dotted field names become the nested input a schema reads', () => {
  test('plain names stay, dotted names nest, numbers index lists', () => {
    expect(
      nestFormValues({
        wording: 'Sleep',
        'objectives.1.description': 'Swim',
        'objectives.0.description': 'Walk',
        'goals.0.goalId': 'g1',
        'goals.0.progress': '7',
        'phq9.8': '2',
      }),
    ).toEqual({
      wording: 'Sleep',
      objectives: [{ description: 'Walk' }, { description: 'Swim' }],
      goals: [{ goalId: 'g1', progress: '7' }],
      phq9: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, '2'],
    });
  });

  test('a gap in a list (an unanswered question) is an undefined entry, not a hole', () => {
    const nested = nestFormValues({ 'srs.2': '7' });
    expect(nested.srs).toHaveLength(3);
    expect(Object.keys(nested.srs as unknown[])).toEqual(['0', '1', '2']);
  });

  test('__proto__, constructor and prototype segments are ignored and reach no prototype', () => {
    const nested = nestFormValues({
      '__proto__.polluted': 'yes',
      'a.__proto__.polluted': 'yes',
      'constructor.prototype.polluted': 'yes',
      'b.constructor': 'x',
      'c.0.prototype': 'x',
      ['__proto__']: 'x',
      ok: 'kept',
    });
    expect(nested).toEqual({ ok: 'kept' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
  });

  test('absurd indexes, leading zeros and empty segments are ignored', () => {
    expect(
      nestFormValues({
        [`a.${MAX_FORM_INDEX + 1}`]: 'x',
        'a.99999999': 'x',
        'a.01': 'x',
        'b..c': 'x',
        '.d': 'x',
        'e.': 'x',
        [`f.${MAX_FORM_INDEX}`]: 'last',
      }),
    ).toEqual({ f: [...Array.from({ length: MAX_FORM_INDEX }, () => undefined), 'last'] });
  });

  test('a clash keeps the first name in sorted order and ignores the other, whatever order they came in', () => {
    const clashes = { a: 'plain', 'a.0': 'listed', 'b.0': 'listed', 'b.x': 'named', 'c.0': 'value', 'c.0.d': 'deeper' };
    const reversed = Object.fromEntries(Object.entries(clashes).reverse());
    const expected = { a: 'plain', b: ['listed'], c: ['value'] };
    expect(nestFormValues(clashes)).toEqual(expected);
    expect(nestFormValues(reversed)).toEqual(expected);
  });

  test('a number as the first segment is a plain name', () => {
    expect(nestFormValues({ '0': 'x', '1.a': 'y' })).toEqual({ '0': 'x', '1': { a: 'y' } });
  });
});
