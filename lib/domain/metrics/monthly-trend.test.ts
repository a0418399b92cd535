import { describe, expect, it } from 'vitest';

import { type TherapySessionCheckInFacts } from './facts';
import { bucketByMonth, monthOf, monthlyTrend } from './monthly-trend';
import { ratedRegularly } from './rated-regularly';

describe('monthOf', () => {
  it('a late-January UTC instant is February in Auckland (NZDT, UTC+13)', () => {
    const instant = new Date('2024-01-31T20:00:00Z'); // 09:00 on 1 Feb in Auckland
    expect(monthOf(instant, 'UTC')).toBe('2024-01');
    expect(monthOf(instant, 'Pacific/Auckland')).toBe('2024-02');
  });

  it('an early-March UTC instant is still February in Los Angeles (PST, UTC−8)', () => {
    const instant = new Date('2024-03-01T05:00:00Z'); // 21:00 on 29 Feb in Los Angeles
    expect(monthOf(instant, 'UTC')).toBe('2024-03');
    expect(monthOf(instant, 'America/Los_Angeles')).toBe('2024-02');
  });
});

describe('bucketByMonth', () => {
  const values = [
    { at: new Date('2024-03-01T05:00:00Z'), value: 7 },
    { at: new Date('2024-01-15T12:00:00Z'), value: 3 },
    { at: new Date('2024-02-10T12:00:00Z'), value: 5 },
  ];

  it('orders months oldest first and moves boundary values with the time zone', () => {
    expect(
      bucketByMonth(values, (item) => item.at, 'UTC').map(({ month, items }) => [month, items.map((i) => i.value)]),
    ).toEqual([
      ['2024-01', [3]],
      ['2024-02', [5]],
      ['2024-03', [7]],
    ]);
    expect(
      bucketByMonth(values, (item) => item.at, 'America/Los_Angeles').map(({ month, items }) => [
        month,
        items.map((i) => i.value),
      ]),
    ).toEqual([
      ['2024-01', [3]],
      ['2024-02', [7, 5]], // input order is kept within a month
    ]);
  });

  it('no values → no months', () => {
    expect(bucketByMonth([], () => new Date(), 'UTC')).toEqual([]);
  });
});

describe('monthlyTrend', () => {
  it('applies the one metric definition to each month of the organisation calendar', () => {
    const checkIn = (startsAt: string, rated: number): TherapySessionCheckInFacts => ({
      therapySessionId: startsAt,
      clientId: 'A',
      therapistId: 'therapist-1',
      startsAt: new Date(startsAt),
      attended: true,
      planGoalCount: 2,
      ratedPlanGoalCount: rated,
    });
    const checkIns = [
      checkIn('2024-01-10T20:00:00Z', 2),
      checkIn('2024-01-31T20:00:00Z', 0), // 1 Feb in Auckland
      checkIn('2024-02-14T20:00:00Z', 2),
    ];
    expect(monthlyTrend(checkIns, (c) => c.startsAt, 'Pacific/Auckland', ratedRegularly)).toEqual([
      { month: '2024-01', figure: { numerator: 1, denominator: 1, value: 1 } },
      { month: '2024-02', figure: { numerator: 1, denominator: 2, value: 0.5 } },
    ]);
    expect(monthlyTrend(checkIns, (c) => c.startsAt, 'UTC', ratedRegularly)).toEqual([
      { month: '2024-01', figure: { numerator: 1, denominator: 2, value: 0.5 } },
      { month: '2024-02', figure: { numerator: 1, denominator: 1, value: 1 } },
    ]);
  });
});
