import { describe, expect, it } from 'vitest';
import { ScoringInputError, formatTenths, fromTenths, roundToOneDecimal, toTenths } from './index';

describe('roundToOneDecimal', () => {
  it.each([
    [63.69306394, 63.7],
    [36.30693606, 36.3],
    [1.25, 1.3], // exact binary half, away from zero
    [-1.25, -1.3],
    [0.6 - 0.05, 0.6], // 0.5499999999999999 in binary; a person rounds 0.55 to 0.6
    [50, 50],
  ])('%s → %s', (value, expected) => {
    expect(roundToOneDecimal(value)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundToOneDecimal(-0.04), 0)).toBe(true);
  });

  it('refuses non-finite values', () => {
    expect(() => roundToOneDecimal(Number.NaN)).toThrowError(RangeError);
  });
});

describe('tenths', () => {
  it('converts values on the 0.1 grid, absorbing float noise', () => {
    expect(toTenths(7.3, 'x')).toBe(73);
    expect(toTenths(0.1 + 0.2, 'x')).toBe(3); // 0.30000000000000004
    expect(fromTenths(253)).toBe(25.3);
  });

  it.each([10.05, 0.01, 3.14159])('refuses %s (not a multiple of 0.1)', (value) => {
    expect(() => toTenths(value, 'ORS item 1')).toThrowError(
      expect.objectContaining({ code: 'not-on-tenth-grid', field: 'ORS item 1' }),
    );
    expect(() => toTenths(value, 'ORS item 1')).toThrowError(ScoringInputError);
  });

  it('formats one decimal for people', () => {
    expect(formatTenths(36)).toBe('36.0');
    expect(formatTenths(35.9)).toBe('35.9');
  });
});
