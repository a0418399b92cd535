import { describe, expect, test } from 'vitest';
import { accountAttemptAllowed, ipAttemptAllowed, MAX_DELAY_MS, retryDelayMs } from './attempt-limits';

describe('retryDelayMs', () => {
  test('no delay for the first four attempts of a window', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([0, 0, 0, 0]);
  });

  test('doubles from 1 s after the fifth attempt and stops at 15 minutes', () => {
    const delays = Array.from({ length: 13 }, (_, i) => retryDelayMs(5 + i) / 1000);
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900]);
  });

  test('stays at 15 minutes however many attempts follow', () => {
    expect(retryDelayMs(1_000_000)).toBe(MAX_DELAY_MS);
    expect(retryDelayMs(Number.MAX_SAFE_INTEGER)).toBe(15 * 60 * 1000);
  });
});

describe('accountAttemptAllowed', () => {
  test('the first four attempts are checked without the gate', () => {
    expect([1, 2, 3, 4].map((n) => accountAttemptAllowed(n, null))).toEqual([true, true, true, true]);
  });

  test('from the fifth on, only the attempt that opens the gate is checked', () => {
    expect(accountAttemptAllowed(5, 1)).toBe(true);
    expect(accountAttemptAllowed(6, 2)).toBe(false);
    expect(accountAttemptAllowed(40, 1)).toBe(true);
    expect(accountAttemptAllowed(41, 7)).toBe(false);
  });
});

describe('ipAttemptAllowed', () => {
  test('twenty failures in the window are allowed, the twenty-first is not', () => {
    expect(ipAttemptAllowed(20)).toBe(true);
    expect(ipAttemptAllowed(21)).toBe(false);
  });
});
