import { describe, expect, it } from 'vitest';
import { consensusRate } from './consensus-rate';
import { goalClarity } from './goal-clarity';
import { perClient } from './per-client';
import { progress } from './progress';
import { figuresFromSums, monthsUpTo, pooledMean, trendFromMonthSums, type RollupSums } from './pooled';
import { CASELOAD } from './test-fixtures';

const ZERO: RollupSums = {
  clients: 0,
  planGoals: 0,
  agreedPlanGoals: 0,
  smartPlanGoals: 0,
  claritySum: 0,
  clarityCount: 0,
  measuredGoals: 0,
  changeSum: 0,
  reliableImprovements: 0,
  attendedSessions: 0,
  ratedRegularlyNumerator: 0,
  ratedRegularlyDenominator: 0,
  setFromStartEligible: 0,
  setFromStartMet: 0,
  srsSum: 0,
  srsCount: 0,
  openRiskFlags: 0,
  clientsWithOpenRisk: 0,
  openNotOnTrackFlags: 0,
  openAllianceFlags: 0,
};

describe('pooled figures', () => {
  it('an empty team has no figures (null), never zero or NaN', () => {
    const figures = figuresFromSums(ZERO);
    expect(figures.clarity).toEqual({ mean: null, count: 0 });
    expect(figures.consensus.value).toBeNull();
    expect(figures.progress.meanChange).toBeNull();
    expect(figures.alliance.mean).toBeNull();
  });

  it('summing per-client numerators and denominators gives the metric over the pooled goals', () => {
    // Per-client sums as the rollup stores them, for the shared hand-checked caseload.
    const clients = perClient(CASELOAD, (goals) => ({
      clarity: goalClarity(goals),
      consensus: consensusRate(goals),
      change: progress(goals),
    }));
    const sums: RollupSums = {
      ...ZERO,
      clients: clients.length,
      planGoals: clients.reduce((sum, c) => sum + c.figure.consensus.denominator, 0),
      agreedPlanGoals: clients.reduce((sum, c) => sum + c.figure.consensus.numerator, 0),
      claritySum: clients.reduce(
        (sum, c) => sum + Math.round((c.figure.clarity.mean ?? 0) * c.figure.clarity.ratedGoals),
        0,
      ),
      clarityCount: clients.reduce((sum, c) => sum + c.figure.clarity.ratedGoals, 0),
      measuredGoals: clients.reduce((sum, c) => sum + c.figure.change.measuredGoals, 0),
      changeSum: clients.reduce(
        (sum, c) => sum + Math.round((c.figure.change.meanChange ?? 0) * c.figure.change.measuredGoals),
        0,
      ),
      reliableImprovements: clients.reduce((sum, c) => sum + c.figure.change.reliableImprovement.numerator, 0),
    };
    const pooled = figuresFromSums(sums);
    expect(pooled.clarity.mean).toBe(goalClarity(CASELOAD).mean); // (4+2+3+5)/4 = 3.5
    expect(pooled.consensus).toEqual(consensusRate(CASELOAD)); // 3 of 5
    expect(pooled.progress.meanChange).toBeCloseTo(progress(CASELOAD).meanChange!, 12); // (4+1−3)/3
    expect(pooled.progress.reliableImprovement).toEqual(progress(CASELOAD).reliableImprovement);
  });

  it('a pooled mean weighs each item, not each client: (3 + 5 + 5) / 3, not (3 + 5) / 2', () => {
    expect(pooledMean(3 + 10, 3).mean).toBeCloseTo(13 / 3, 12);
  });
});

describe('the trend window', () => {
  it('the last n months up to the current one, across a year boundary', () => {
    expect(monthsUpTo('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsUpTo('2026-12', 12)[0]).toBe('2026-01');
  });

  it('months with no activity are zeros and nulls, never dropped', () => {
    const trend = trendFromMonthSums(
      [
        {
          month: '2026-01',
          attendedSessions: 4,
          ratedRegularlyNumerator: 3,
          ratedRegularlyDenominator: 4,
          claritySum: 14,
          clarityCount: 4,
          gboSum: 20,
          gboCount: 4,
          goalsAgreed: 2,
        },
      ],
      '2026-02',
      3,
    );
    expect(trend.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(trend[0]).toEqual({
      month: '2025-12',
      attendedSessions: 0,
      ratedRegularly: { numerator: 0, denominator: 0, value: null },
      clarity: { mean: null, count: 0 },
      gbo: { mean: null, count: 0 },
      goalsAgreed: 0,
    });
    expect(trend[1]).toMatchObject({
      ratedRegularly: { value: 0.75 },
      clarity: { mean: 3.5 },
      gbo: { mean: 5 },
      goalsAgreed: 2,
    });
  });
});
