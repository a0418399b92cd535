import type { ProgressPoint } from '../../lib/domain/metrics/client-rollup';
import { date, index, integer, jsonb, numeric, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { clients } from './clients';
import { organizationId, tenantKeys, tstz } from './columns';
import { users } from './users';

/**
 * Dashboard rollups (issue 6): per-client sufficient statistics, so caseload rows read one row
 * per client and team or organisation figures pool exactly (sum the numerators, sum the
 * denominators). Every value is computed by one pure function
 * (`clientMetricsFromFacts` in lib/domain/metrics) and written by one refresh
 * (lib/rollups/client-metrics.ts) in the transaction of the write that changed its inputs.
 * Derived data: a refresh replaces it; nothing clinical lives only here.
 */

export const clientMetrics = pgTable(
  'client_metrics',
  {
    clientId: uuid('client_id').notNull(),
    organizationId: organizationId(),
    /** Goals in the plan (not closed, not on hold). */
    planGoals: integer('plan_goals').notNull().default(0),
    /** Plan goals both sides agree on in their current version (consensus numerator). */
    agreedPlanGoals: integer('agreed_plan_goals').notNull().default(0),
    /** Plan goals whose current version passes all five SMART checks. */
    smartPlanGoals: integer('smart_plan_goals').notNull().default(0),
    /** Sum and count of the latest clarity rating (1–5) of each rated plan goal. */
    claritySum: integer('clarity_sum').notNull().default(0),
    clarityCount: integer('clarity_count').notNull().default(0),
    /**
     * Goals with at least two client GBO ratings (every goal but those entered in error;
     * lib/domain/metrics/progress.ts), the sum of their changes, and how many improved reliably (≥ 3).
     */
    measuredGoals: integer('measured_goals').notNull().default(0),
    changeSum: integer('change_sum').notNull().default(0),
    reliableImprovements: integer('reliable_improvements').notNull().default(0),
    attendedSessions: integer('attended_sessions').notNull().default(0),
    /** Attended sessions with plan goals to rate, and those whose check-in rated all of them. */
    ratedRegularlyNumerator: integer('rated_regularly_numerator').notNull().default(0),
    ratedRegularlyDenominator: integer('rated_regularly_denominator').notNull().default(0),
    /** 1 when the client has had two attended sessions (eligible), and 1 when a goal was agreed by the end of the second. */
    setFromStartEligible: smallint('set_from_start_eligible').notNull().default(0),
    setFromStartMet: smallint('set_from_start_met').notNull().default(0),
    /** When any goal was first agreed by both sides (null: no agreed goal yet). */
    firstAgreedAt: tstz('first_agreed_at'),
    lastSessionAt: tstz('last_session_at'),
    /** 'none' (no plan goals) | 'unsigned' | 'signed' | 'needs-re-consent'. Review overdue is decided when read. */
    planStatus: text('plan_status').notNull().default('none'),
    nextReviewDate: date('next_review_date', { mode: 'string' }),
    /** The client's latest Session Rating Scale total (0–40), the alliance figure. */
    latestSrs: numeric('latest_srs', { precision: 3, scale: 1, mode: 'number' }),
    progressSeries: jsonb('progress_series').$type<ProgressPoint[]>().notNull().default([]),
    refreshedAt: tstz('refreshed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'client_metrics_pkey', columns: [t.organizationId, t.clientId] }),
    ...tenantKeys(t, { clientId: () => clients }, { primaryKey: false }),
  ],
);

/** Month by month (organisation calendar), per client: the team trend sums these. */
export const clientMonthlyMetrics = pgTable(
  'client_monthly_metrics',
  {
    clientId: uuid('client_id').notNull(),
    organizationId: organizationId(),
    /** 'YYYY-MM' in the organisation's time zone. */
    month: text('month').notNull(),
    attendedSessions: integer('attended_sessions').notNull().default(0),
    ratedRegularlyNumerator: integer('rated_regularly_numerator').notNull().default(0),
    ratedRegularlyDenominator: integer('rated_regularly_denominator').notNull().default(0),
    /** Clarity (1–5) and GBO (0–10) ratings the client gave at sessions that month. */
    claritySum: integer('clarity_sum').notNull().default(0),
    clarityCount: integer('clarity_count').notNull().default(0),
    gboSum: integer('gbo_sum').notNull().default(0),
    gboCount: integer('gbo_count').notNull().default(0),
    /** Goals first agreed by both sides that month. */
    goalsAgreed: integer('goals_agreed').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'client_monthly_metrics_pkey', columns: [t.organizationId, t.clientId, t.month] }),
    ...tenantKeys(t, { clientId: () => clients }, { primaryKey: false }),
    index('client_monthly_metrics_org_month_idx').on(t.organizationId, t.month),
  ],
);

/**
 * Per clinician (issue 14): the sums of `client_metrics` over the clinician's active caseload
 * (active assignment, client not archived), so the organisation view reads one row per
 * clinician instead of one per client. Kept in step by `refreshClinicianMetrics`
 * (lib/rollups/clinician-metrics.ts) in the same transaction as every write that changes a
 * client rollup or a caseload assignment (ADR 0007, ADR 0016), and the open-flag counts the team
 * rows show, kept in step by every write that raises or acknowledges a risk, not-on-track or
 * alliance flag (`refreshOpenFlagCounts`).
 */
export const clinicianMetrics = pgTable(
  'clinician_metrics',
  {
    clinicianId: uuid('clinician_id').notNull(),
    organizationId: organizationId(),
    clients: integer('clients').notNull().default(0),
    planGoals: integer('plan_goals').notNull().default(0),
    agreedPlanGoals: integer('agreed_plan_goals').notNull().default(0),
    smartPlanGoals: integer('smart_plan_goals').notNull().default(0),
    claritySum: integer('clarity_sum').notNull().default(0),
    clarityCount: integer('clarity_count').notNull().default(0),
    measuredGoals: integer('measured_goals').notNull().default(0),
    changeSum: integer('change_sum').notNull().default(0),
    reliableImprovements: integer('reliable_improvements').notNull().default(0),
    attendedSessions: integer('attended_sessions').notNull().default(0),
    ratedRegularlyNumerator: integer('rated_regularly_numerator').notNull().default(0),
    ratedRegularlyDenominator: integer('rated_regularly_denominator').notNull().default(0),
    setFromStartEligible: integer('set_from_start_eligible').notNull().default(0),
    setFromStartMet: integer('set_from_start_met').notNull().default(0),
    /** Sum of the clients' latest SRS totals (exact: numeric), and how many clients have one. */
    srsSum: numeric('srs_sum', { precision: 12, scale: 1, mode: 'number' }).notNull().default(0),
    srsCount: integer('srs_count').notNull().default(0),
    /**
     * Open (unacknowledged) flags on the active caseload: risk flags, clients with at least one,
     * not-on-track and alliance flags.
     */
    openRiskFlags: integer('open_risk_flags').notNull().default(0),
    clientsWithOpenRisk: integer('clients_with_open_risk').notNull().default(0),
    openNotOnTrackFlags: integer('open_not_on_track_flags').notNull().default(0),
    openAllianceFlags: integer('open_alliance_flags').notNull().default(0),
    refreshedAt: tstz('refreshed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'clinician_metrics_pkey', columns: [t.organizationId, t.clinicianId] }),
    ...tenantKeys(t, { clinicianId: () => users }, { primaryKey: false }),
  ],
);

/** Per clinician per month: the sums of `client_monthly_metrics` over the clinician's active caseload. */
export const clinicianMonthlyMetrics = pgTable(
  'clinician_monthly_metrics',
  {
    clinicianId: uuid('clinician_id').notNull(),
    organizationId: organizationId(),
    /** 'YYYY-MM' in the organisation's time zone. */
    month: text('month').notNull(),
    attendedSessions: integer('attended_sessions').notNull().default(0),
    ratedRegularlyNumerator: integer('rated_regularly_numerator').notNull().default(0),
    ratedRegularlyDenominator: integer('rated_regularly_denominator').notNull().default(0),
    claritySum: integer('clarity_sum').notNull().default(0),
    clarityCount: integer('clarity_count').notNull().default(0),
    gboSum: integer('gbo_sum').notNull().default(0),
    gboCount: integer('gbo_count').notNull().default(0),
    goalsAgreed: integer('goals_agreed').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'clinician_monthly_metrics_pkey', columns: [t.organizationId, t.clinicianId, t.month] }),
    ...tenantKeys(t, { clinicianId: () => users }, { primaryKey: false }),
  ],
);
