import { describe, expect, test } from 'vitest';
import {
  firstSendableMoment,
  inQuietHours,
  isoWeekIn,
  planReminder,
  reminderKey,
  stillDue,
  type ReminderSubject,
} from './schedule';

const quiet = { start: '21:00', end: '08:00' };
const london = 'Europe/London';
const session = (
  scheduledAt: string,
  over: Partial<Extract<ReminderSubject, { sessionId: string }>> = {},
): ReminderSubject => ({
  kind: 'check-in-open',
  sessionId: '11111111-1111-4111-8111-111111111111',
  scheduledAt,
  sessionStatus: 'scheduled',
  checkInSubmitted: false,
  ...over,
});

describe('which reminder, and when', () => {
  test('the check-in-open reminder is due when the window opens, 7 days before the session', () => {
    const plan = planReminder(session('2026-06-10T10:00:00Z'), new Date('2026-06-01T12:00:00Z'), quiet, london);
    expect(plan?.sendAt.toISOString()).toBe('2026-06-03T10:00:00.000Z');
  });
  test('a session 3 days away whose window is already open gets it now', () => {
    const now = new Date('2026-06-07T10:00:00Z');
    expect(planReminder(session('2026-06-10T10:00:00Z'), now, quiet, london)?.sendAt).toEqual(now);
  });
  test('the 24-hour reminder is not planned once the check-in is in', () => {
    expect(
      planReminder(
        session('2026-06-10T10:00:00Z', { kind: 'check-in-due', checkInSubmitted: true }),
        new Date('2026-06-09T10:00:00Z'),
        quiet,
        london,
      ),
    ).toBeNull();
  });
  test('a cancelled session gets no reminder at all', () => {
    expect(
      planReminder(
        session('2026-06-10T10:00:00Z', { kind: 'session', sessionStatus: 'cancelled' }),
        new Date('2026-06-08T10:00:00Z'),
        quiet,
        london,
      ),
    ).toBeNull();
  });
  test('plan review: due in 7 days, then overdue the day after the review date', () => {
    const soon = { kind: 'plan-review-soon', clientId: 'c', reviewDate: '2026-06-10', today: '2026-06-03' } as const;
    expect(planReminder(soon, new Date('2026-06-03T09:00:00Z'), quiet, london)).not.toBeNull();
    expect(planReminder({ ...soon, today: '2026-06-02' }, new Date('2026-06-02T09:00:00Z'), quiet, london)).toBeNull();
    expect(
      planReminder(
        { ...soon, kind: 'plan-review-overdue', today: '2026-06-10' },
        new Date('2026-06-10T09:00:00Z'),
        quiet,
        london,
      ),
    ).toBeNull();
    expect(
      planReminder(
        { ...soon, kind: 'plan-review-overdue', today: '2026-06-11' },
        new Date('2026-06-11T09:00:00Z'),
        quiet,
        london,
      ),
    ).not.toBeNull();
  });
});

describe('quiet hours on the organisation’s clock', () => {
  test('21:00–08:00 in London during summer time is 20:00–07:00 UTC', () => {
    expect(inQuietHours(new Date('2026-06-01T19:59:00Z'), quiet, london)).toBe(false);
    expect(inQuietHours(new Date('2026-06-01T20:00:00Z'), quiet, london)).toBe(true);
    expect(inQuietHours(new Date('2026-06-02T06:59:00Z'), quiet, london)).toBe(true);
    expect(inQuietHours(new Date('2026-06-02T07:00:00Z'), quiet, london)).toBe(false);
  });
  test('the same hours in Auckland follow Auckland’s clock', () => {
    // 08:00 on 2 June in Auckland (NZST, UTC+12) is 20:00 UTC on 1 June.
    expect(firstSendableMoment(new Date('2026-06-01T10:00:00Z'), quiet, 'Pacific/Auckland').toISOString()).toBe(
      '2026-06-01T20:00:00.000Z',
    );
  });
  test('a reminder due at 23:30 goes at 08:00 the next morning', () => {
    const plan = planReminder(session('2026-06-10T09:30:00Z'), new Date('2026-06-03T22:30:00Z'), quiet, london);
    expect(plan?.sendAt.toISOString()).toBe('2026-06-04T07:00:00.000Z');
  });
  test('a reminder whose quiet hours end after it stopped mattering is not sent at all', () => {
    // Due 24 h before a 07:30 session, at 07:30 (quiet): 08:00 is after the session started.
    const due = session('2026-06-10T06:30:00Z', { kind: 'check-in-due' });
    expect(planReminder(due, new Date('2026-06-10T05:00:00Z'), quiet, london)).toBeNull();
  });
  test('no quiet hours when start equals end', () => {
    expect(inQuietHours(new Date('2026-06-01T23:00:00Z'), { start: '00:00', end: '00:00' }, london)).toBe(false);
  });
});

describe('a reminder queued earlier is checked again before it is sent', () => {
  const planned = session('2026-06-10T10:00:00Z');
  const key = reminderKey(planned);
  const now = new Date('2026-06-05T10:00:00Z');
  test('unchanged → send', () => {
    expect(stillDue(key, planned, now, quiet, london)).toBe('send');
  });
  test('the session moved → stale (the new time is a new reminder)', () => {
    expect(stillDue(key, session('2026-06-11T10:00:00Z'), now, quiet, london)).toBe('stale');
  });
  test('the session cancelled → stale', () => {
    expect(stillDue(key, session('2026-06-10T10:00:00Z', { sessionStatus: 'cancelled' }), now, quiet, london)).toBe(
      'stale',
    );
  });
  test('the session gone → stale', () => {
    expect(stillDue(key, null, now, quiet, london)).toBe('stale');
  });
  test('the check-in came in meanwhile → stale', () => {
    expect(stillDue(key, session('2026-06-10T10:00:00Z', { checkInSubmitted: true }), now, quiet, london)).toBe(
      'stale',
    );
  });
  test('now inside quiet hours → later', () => {
    expect(stillDue(key, planned, new Date('2026-06-05T22:00:00Z'), quiet, london)).toBe('later');
  });
});

test('weekly reminders are keyed by the ISO week on the organisation’s calendar', () => {
  expect(isoWeekIn(new Date('2026-12-07T12:00:00Z'), london)).toBe('2026-W50');
  expect(isoWeekIn(new Date('2027-01-01T12:00:00Z'), london)).toBe('2026-W53');
  // Sunday 23:30 UTC is already Monday in Auckland.
  expect(isoWeekIn(new Date('2026-12-06T23:30:00Z'), 'Pacific/Auckland')).toBe('2026-W50');
});
