import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatLongDate, withReadableDates } from './format';

describe('formatDateTime shows an instant on the organisation’s clock', () => {
  it('gives New York time to a clinic in New York, London time to one in London', () => {
    // 14:30 UTC on 1 July is 10:30 in New York (EDT) and 15:30 in London (BST).
    expect(formatDateTime('2026-07-01T14:30:00Z', 'America/New_York')).toBe('1 Jul 2026, 10:30');
    expect(formatDateTime('2026-07-01T14:30:00Z', 'Europe/London')).toBe('1 Jul 2026, 15:30');
  });

  it('moves to the previous day where the clinic’s clock is still on it', () => {
    expect(formatDateTime('2026-03-01T03:00:00Z', 'America/New_York')).toBe('28 Feb 2026, 22:00');
    expect(formatDateTime('2026-03-01T03:00:00Z', 'Australia/Sydney')).toBe('1 Mar 2026, 14:00');
  });

  it('shows a dash for nothing or for something that is not a time', () => {
    expect(formatDateTime(null, 'America/New_York')).toBe('—');
    expect(formatDateTime('not a time', 'America/New_York')).toBe('—');
  });
});

describe('formatDay gives the day an instant falls on in the clinic', () => {
  it('is the clinic’s day, not the UTC day', () => {
    expect(formatDay('2026-03-01T03:00:00Z', 'America/New_York')).toBe('28 Feb 2026');
    expect(formatDay('2026-03-01T03:00:00Z', 'Europe/London')).toBe('1 Mar 2026');
    expect(formatDay(undefined, 'Europe/London')).toBe('—');
  });
});

describe('formatDate shows a calendar date as stored', () => {
  it('never shifts a date-only value, whatever zone the server runs in', () => {
    expect(formatDate('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
    expect(formatDate(null)).toBe('—');
  });

  it('refuses an instant, which would show the UTC day', () => {
    expect(() => formatDate('2026-03-01T03:00:00Z')).toThrow(/formatDay/);
  });
});

describe('dates in sentences are written out', () => {
  it('turns every ISO date in a sentence into "31 March 2027" and leaves other numbers alone', () => {
    expect(formatLongDate('2027-03-31')).toBe('31 March 2027');
    expect(withReadableDates('It is due by 2027-03-31.')).toBe('It is due by 31 March 2027.');
    expect(withReadableDates('From 2026-01-05 to 2026-12-24, 3 times a week')).toBe(
      'From 5 January 2026 to 24 December 2026, 3 times a week',
    );
    expect(withReadableDates('No dates here, 10 of 12')).toBe('No dates here, 10 of 12');
  });
});
