import { describe, expect, it } from 'vitest';

import { addCalendarDays, calendarDateIn, toIsoDate, toIsoMonth } from '@/lib/time/local-date';
import { isReviewOverdue, nextReviewDate } from './review';

describe('calendar dates in a time zone', () => {
  it('the same instant is a different day in UTC and in Auckland', () => {
    const instant = new Date('2024-01-31T12:00:00Z'); // 01:00 on 1 Feb in Auckland (NZDT, UTC+13)
    expect(toIsoDate(calendarDateIn(instant, 'UTC'))).toBe('2024-01-31');
    expect(toIsoDate(calendarDateIn(instant, 'Pacific/Auckland'))).toBe('2024-02-01');
    expect(toIsoMonth(calendarDateIn(instant, 'Pacific/Auckland'))).toBe('2024-02');
  });

  it('adds calendar days across month and leap-year ends', () => {
    expect(toIsoDate(addCalendarDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('2024-02-29');
    expect(toIsoDate(addCalendarDays({ year: 2023, month: 12, day: 31 }, 1))).toBe('2024-01-01');
  });

  it('refuses an invalid date and an unknown zone', () => {
    expect(() => calendarDateIn(new Date('nope'), 'UTC')).toThrow(RangeError);
    expect(() => calendarDateIn(new Date(0), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('nextReviewDate', () => {
  it('is the signing day on the organisation calendar plus the cadence', () => {
    // 1 Feb in Auckland + 90 days = 1 May (Feb 29 days in 2024, March 31, April 30).
    expect(nextReviewDate(new Date('2024-01-31T12:00:00Z'), 90, 'Pacific/Auckland')).toBe('2024-05-01');
    expect(nextReviewDate(new Date('2024-01-31T12:00:00Z'), 90, 'UTC')).toBe('2024-04-30');
  });

  it('is not shifted by a daylight-saving change inside the cadence', () => {
    // London moves to BST on 31 March 2024; the review stays on the calendar day.
    expect(nextReviewDate(new Date('2024-03-01T09:00:00Z'), 30, 'Europe/London')).toBe('2024-03-31');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a cadence of %s days', (days) => {
    expect(() => nextReviewDate(new Date('2024-01-01T00:00:00Z'), days, 'UTC')).toThrow(RangeError);
  });
});

describe('isReviewOverdue', () => {
  const zone = 'America/Los_Angeles';

  it('is not overdue during the review day itself, local time', () => {
    // 23:59 on 1 May in Los Angeles (PDT, UTC−7) is already 2 May in UTC.
    expect(isReviewOverdue('2024-05-01', new Date('2024-05-02T06:59:00Z'), zone)).toBe(false);
  });

  it('is overdue from local midnight after the review day', () => {
    expect(isReviewOverdue('2024-05-01', new Date('2024-05-02T07:00:00Z'), zone)).toBe(true);
  });

  it('refuses a review date that is not YYYY-MM-DD', () => {
    expect(() => isReviewOverdue('1 May 2024', new Date(), zone)).toThrow(RangeError);
  });
});
