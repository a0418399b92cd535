import { type Rate, rate } from './figures';

/**
 * Figures from pooled rollups. Each client's rollup keeps every metric as a numerator and a
 * denominator (or a sum and a count), so a caseload, a team or an organisation figure is the
 * sum of the numerators over the sum of the denominators: exactly the metric over the pooled
 * raw facts (each goal, session or client weighs the same wherever it sits). Safe in the browser.
 */

/** Sums of `client_metrics` columns over a set of clients, plus their open flags. */
export interface RollupSums {
  readonly clients: number;
  readonly planGoals: number;
  readonly agreedPlanGoals: number;
  readonly smartPlanGoals: number;
  readonly claritySum: number;
  readonly clarityCount: number;
  readonly measuredGoals: number;
  readonly changeSum: number;
  readonly reliableImprovements: number;
  readonly attendedSessions: number;
  readonly ratedRegularlyNumerator: number;
  readonly ratedRegularlyDenominator: number;
  readonly setFromStartEligible: number;
  readonly setFromStartMet: number;
  /** Latest SRS totals: their sum, and how many clients have one. */
  readonly srsSum: number;
  readonly srsCount: number;
  readonly openRiskFlags: number;
  readonly clientsWithOpenRisk: number;
  readonly openNotOnTrackFlags: number;
  readonly openAllianceFlags: number;
}

export interface PooledMean {
  /** null when nothing was counted. */
  readonly mean: number | null;
  readonly count: number;
}

export interface PooledFigures {
  readonly clients: number;
  readonly attendedSessions: number;
  /** Mean latest clarity (1–5) of rated plan goals. */
  readonly clarity: PooledMean;
  readonly consensus: Rate;
  readonly smart: Rate;
  readonly setFromStart: Rate;
  readonly ratedRegularly: Rate;
  /** Mean GBO change per measured goal, and the share that improved reliably. */
  readonly progress: {
    readonly meanChange: number | null;
    readonly measuredGoals: number;
    readonly reliableImprovement: Rate;
  };
  /** Mean of the clients' latest SRS totals (0–40). */
  readonly alliance: PooledMean;
  readonly flags: {
    readonly risk: number;
    readonly clientsWithRisk: number;
    readonly notOnTrack: number;
    readonly alliance: number;
  };
}

export function pooledMean(sum: number, count: number): PooledMean {
  return { mean: count === 0 ? null : sum / count, count };
}

export function figuresFromSums(sums: RollupSums): PooledFigures {
  return {
    clients: sums.clients,
    attendedSessions: sums.attendedSessions,
    clarity: pooledMean(sums.claritySum, sums.clarityCount),
    consensus: rate(sums.agreedPlanGoals, sums.planGoals),
    smart: rate(sums.smartPlanGoals, sums.planGoals),
    setFromStart: rate(sums.setFromStartMet, sums.setFromStartEligible),
    ratedRegularly: rate(sums.ratedRegularlyNumerator, sums.ratedRegularlyDenominator),
    progress: {
      meanChange: pooledMean(sums.changeSum, sums.measuredGoals).mean,
      measuredGoals: sums.measuredGoals,
      reliableImprovement: rate(sums.reliableImprovements, sums.measuredGoals),
    },
    alliance: pooledMean(sums.srsSum, sums.srsCount),
    flags: {
      risk: sums.openRiskFlags,
      clientsWithRisk: sums.clientsWithOpenRisk,
      notOnTrack: sums.openNotOnTrackFlags,
      alliance: sums.openAllianceFlags,
    },
  };
}

/** One month of the team trend, from summed `client_monthly_metrics` rows. */
export interface MonthSums {
  readonly month: string;
  readonly attendedSessions: number;
  readonly ratedRegularlyNumerator: number;
  readonly ratedRegularlyDenominator: number;
  readonly claritySum: number;
  readonly clarityCount: number;
  readonly gboSum: number;
  readonly gboCount: number;
  readonly goalsAgreed: number;
}

export interface TrendMonth {
  readonly month: string;
  readonly attendedSessions: number;
  readonly ratedRegularly: Rate;
  /** Mean clarity (1–5) of the goal ratings clients gave that month. */
  readonly clarity: PooledMean;
  /** Mean GBO rating (0–10) clients gave their goals that month. */
  readonly gbo: PooledMean;
  readonly goalsAgreed: number;
}

/** The last `count` calendar months up to and including `lastMonth` ('YYYY-MM'), oldest first. */
export function monthsUpTo(lastMonth: string, count: number): string[] {
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, index) => {
    const offset = month - 1 - (count - 1 - index);
    const y = year + Math.floor(offset / 12);
    const m = ((offset % 12) + 12) % 12;
    return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
  });
}

/** Every month of the window, with zeros (and null means) for months with no activity. */
export function trendFromMonthSums(rows: readonly MonthSums[], lastMonth: string, count: number): TrendMonth[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthsUpTo(lastMonth, count).map((month) => {
    const row = byMonth.get(month);
    return {
      month,
      attendedSessions: row?.attendedSessions ?? 0,
      ratedRegularly: rate(row?.ratedRegularlyNumerator ?? 0, row?.ratedRegularlyDenominator ?? 0),
      clarity: pooledMean(row?.claritySum ?? 0, row?.clarityCount ?? 0),
      gbo: pooledMean(row?.gboSum ?? 0, row?.gboCount ?? 0),
      goalsAgreed: row?.goalsAgreed ?? 0,
    };
  });
}
