import { describe, expect, it } from 'vitest';
import { addDays, describeFrequency, recentWeekStarts, weekStartOf, weeklyTarget } from './weeks';

describe('weeks run Monday to Sunday', () => {
  it.each([
    ['2026-11-16', '2026-11-16'], // Monday
    ['2026-11-22', '2026-11-16'], // Sunday
    ['2026-11-23', '2026-11-23'],
    ['2027-01-01', '2026-12-28'], // across a year end
  ])('%s is in the week of %s', (date, monday) => {
    expect(weekStartOf(date)).toBe(monday);
  });

  it('adds days across months and refuses non-dates', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => weekStartOf('today')).toThrow(RangeError);
  });

  it('lists recent weeks oldest first, ending with this week', () => {
    expect(recentWeekStarts('2026-11-18', 3)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });
});

describe('weeklyTarget and describeFrequency', () => {
  it('turns a frequency into a weekly count', () => {
    expect(weeklyTarget(3, 'week')).toBe(3);
    expect(weeklyTarget(1, 'day')).toBe(7);
    expect(weeklyTarget(2, 'month')).toBeNull();
    expect(weeklyTarget(null, 'week')).toBeNull();
    expect(weeklyTarget(3, null)).toBeNull();
  });
  it('says it in words', () => {
    expect(describeFrequency(1, 'day')).toBe('once a day');
    expect(describeFrequency(2, 'month')).toBe('twice a month');
    expect(describeFrequency(3, 'week')).toBe('3 times a week');
    expect(describeFrequency(null, 'week')).toBeNull();
  });
});
