import { describe, expect, it } from 'vitest';
import { CHECK_IN_CLOSES_AFTER_MS, CHECK_IN_OPENS_BEFORE_MS, checkInWindow, isCheckInOverdue } from './index';

const start = new Date('2026-11-20T14:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('checkInWindow — [start − 7 days, start + 24 h)', () => {
  it.each([
    { now: '2026-11-13T13:59:59.999Z', state: 'not-open', label: '7 days + 1 ms before' },
    { now: '2026-11-13T14:00:00.000Z', state: 'open', label: 'exactly 7 days before (inclusive)' },
    { now: '2026-11-13T14:00:00.001Z', state: 'open', label: '7 days − 1 ms before' },
    { now: '2026-11-20T13:59:59.999Z', state: 'open', label: '1 ms before the start' },
    { now: '2026-11-20T14:00:00.000Z', state: 'open', label: 'at the start' },
    { now: '2026-11-21T13:59:59.999Z', state: 'open', label: 'start + 24 h − 1 ms' },
    { now: '2026-11-21T14:00:00.000Z', state: 'closed', label: 'start + 24 h (closes at that instant)' },
    { now: '2026-11-21T14:00:00.001Z', state: 'closed', label: 'start + 24 h + 1 ms' },
    { now: '2026-10-01T00:00:00.000Z', state: 'not-open', label: 'weeks before' },
  ])('$label → $state', ({ now, state }) => {
    expect(checkInWindow(start, at(now))).toBe(state);
  });

  it('constants are 7 × 24 h and 24 h in milliseconds', () => {
    expect(CHECK_IN_OPENS_BEFORE_MS).toBe(604_800_000); // 7 × 24 × 60 × 60 × 1000
    expect(CHECK_IN_CLOSES_AFTER_MS).toBe(86_400_000); // 24 × 60 × 60 × 1000
  });

  it('refuses invalid dates', () => {
    expect(() => checkInWindow(new Date('not a date'), start)).toThrowError(
      expect.objectContaining({ code: 'invalid-date', field: 'sessionStart' }),
    );
    expect(() => checkInWindow(start, new Date(Number.NaN))).toThrowError(
      expect.objectContaining({ code: 'invalid-date', field: 'now' }),
    );
  });
});

describe('isCheckInOverdue — started and not submitted', () => {
  it.each([
    { now: '2026-11-20T13:59:59.999Z', submitted: false, overdue: false, label: '1 ms before the start' },
    { now: '2026-11-20T14:00:00.000Z', submitted: false, overdue: true, label: 'at the start' },
    { now: '2026-11-20T14:00:00.000Z', submitted: true, overdue: false, label: 'at the start, submitted' },
    { now: '2026-11-25T09:00:00.000Z', submitted: false, overdue: true, label: 'after the window closed' },
    { now: '2026-11-25T09:00:00.000Z', submitted: true, overdue: false, label: 'after, submitted' },
  ])('$label → $overdue', ({ now, submitted, overdue }) => {
    expect(isCheckInOverdue(start, at(now), submitted)).toBe(overdue);
  });
});
