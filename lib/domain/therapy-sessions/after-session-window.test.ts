import { describe, expect, it } from 'vitest';
import { afterSessionWindow } from './after-session-window';

const start = new Date('2026-11-20T14:00:00.000Z');

describe('afterSessionWindow — [start, start + 7 days)', () => {
  it.each([
    ['2026-11-20T13:59:59.999Z', 'not-open'],
    ['2026-11-20T14:00:00.000Z', 'open'],
    ['2026-11-27T13:59:59.999Z', 'open'],
    ['2026-11-27T14:00:00.000Z', 'closed'],
  ])('%s → %s', (now, state) => {
    expect(afterSessionWindow(start, new Date(now))).toBe(state);
  });

  it('refuses invalid dates', () => {
    expect(() => afterSessionWindow(new Date('nope'), start)).toThrowError(
      expect.objectContaining({ code: 'invalid-date' }),
    );
  });
});
