import 'server-only';
import { canViewTeam } from '@/lib/auth/policy';
import { toCsv } from '@/lib/csv';
import {
  figuresFromSums,
  trendFromMonthSums,
  type PooledFigures,
  type RollupSums,
  type TrendMonth,
} from '@/lib/domain/metrics/pooled';
import { authorize, readAudited } from './internal/audit';
import { dataContext, type DataContext } from './internal/context';
import {
  selectTeamOpenRiskFlags,
  selectTeamRows,
  selectTeamTrend,
  TREND_MONTHS,
  type TeamRiskFlagRecord,
  type TeamRowRecord,
  type TeamScope,
} from './internal/dashboard-queries';

/*
 * The team dashboard: per clinician and for the whole team, the pooled figures of their active
 * clients (from the rollups), their open flags, and the month-by-month trend. A supervisor
 * sees the therapists they supervise; an admin sees every clinician of the organisation (as
 * aggregates only: client-level scores stay with the clinician and their supervisor).
 * Statements per render: the session check, the rows (per clinician and total in one), the
 * trend, (for a supervisor) the open risk flags, the audit insert.
 *
 * A supervisor lands here after signing in, so the page starts with every open risk flag on
 * their team's clients and on their own caseload, each linking to the client: risk must be
 * seen on arrival, not found behind a therapist's row.
 */

export interface TeamRiskFlag {
  flagId: string;
  client: { id: string; name: string };
  clinician: { id: string; name: string; isYou: boolean };
  reason: string;
  raisedAt: string;
  /** Not acknowledged within 24 hours, so it was sent on to the supervisor. */
  escalated: boolean;
}

export interface TeamDashboardRow {
  clinician: {
    id: string;
    name: string;
    role: 'therapist' | 'supervisor';
    deactivated: boolean;
    supervisorName: string | null;
  };
  figures: PooledFigures;
}

export interface TeamDashboard {
  scope: 'team' | 'organisation';
  rows: TeamDashboardRow[];
  total: PooledFigures;
  /** The last 12 months on the organisation's calendar, oldest first, gaps filled. */
  trend: TrendMonth[];
  /**
   * A supervisor's open risk flags (supervisees' clients and their own), newest first, at most
   * TEAM_RISK_LIST_LIMIT; null for the organisation view (aggregates only, no client names).
   */
  openRisk: TeamRiskFlag[] | null;
  timeZone: string;
}

const SUM_KEYS = [
  'clients',
  'planGoals',
  'agreedPlanGoals',
  'smartPlanGoals',
  'claritySum',
  'clarityCount',
  'measuredGoals',
  'changeSum',
  'reliableImprovements',
  'attendedSessions',
  'ratedRegularlyNumerator',
  'ratedRegularlyDenominator',
  'setFromStartEligible',
  'setFromStartMet',
  'srsSum',
  'srsCount',
  'openRiskFlags',
  'clientsWithOpenRisk',
  'openNotOnTrackFlags',
  'openAllianceFlags',
] as const satisfies readonly (keyof RollupSums)[];

function sumsOf(record: TeamRowRecord): RollupSums {
  return Object.fromEntries(SUM_KEYS.map((key) => [key, Number(record[key])])) as unknown as RollupSums;
}

const EMPTY_SUMS = Object.fromEntries(SUM_KEYS.map((key) => [key, 0])) as unknown as RollupSums;

function scopeOf(ctx: DataContext): TeamScope {
  return ctx.principal.role === 'admin'
    ? { kind: 'organisation' }
    : { kind: 'supervisees', supervisorId: ctx.principal.userId };
}

function toRiskFlag(record: TeamRiskFlagRecord, viewerId: string): TeamRiskFlag {
  return {
    flagId: record.flag_id,
    client: { id: record.client_id, name: record.client_name },
    clinician: { id: record.clinician_id, name: record.clinician_name, isYou: record.clinician_id === viewerId },
    reason: record.reason,
    raisedAt: record.raised_at,
    escalated: record.escalated,
  };
}

async function loadTeam(ctx: DataContext, withTrend: boolean): Promise<TeamDashboard> {
  authorize(canViewTeam(ctx.principal), 'role-cannot-view-team');
  const scope = scopeOf(ctx);
  const now = new Date();
  const params = { organizationId: ctx.principal.organizationId, scope, now };
  // In parallel: on PostgreSQL each takes its own pooled connection, so the page waits for the
  // slower of the two, not their sum (the embedded database simply queues them).
  const withRisk = withTrend && scope.kind === 'supervisees';
  const [records, monthSums, riskRecords] = await Promise.all([
    selectTeamRows(ctx.db, params),
    withTrend ? selectTeamTrend(ctx.db, params) : Promise.resolve([]),
    withRisk
      ? selectTeamOpenRiskFlags(ctx.db, { organizationId: params.organizationId, supervisorId: ctx.principal.userId })
      : Promise.resolve(null),
  ]);
  const totalRecord = records.find((record) => record.is_total);
  const currentMonth = totalRecord?.current_month ?? now.toISOString().slice(0, 7);
  return {
    scope: scope.kind === 'organisation' ? 'organisation' : 'team',
    rows: records
      .filter((record) => !record.is_total && record.clinician_id !== null)
      .map((record) => ({
        clinician: {
          id: record.clinician_id!,
          name: record.name ?? '',
          role: record.role === 'supervisor' ? 'supervisor' : 'therapist',
          deactivated: record.deactivated ?? false,
          supervisorName: record.supervisor_name,
        },
        figures: figuresFromSums(sumsOf(record)),
      })),
    total: figuresFromSums(totalRecord ? sumsOf(totalRecord) : EMPTY_SUMS),
    trend: withTrend ? trendFromMonthSums(monthSums, currentMonth, TREND_MONTHS) : [],
    openRisk: riskRecords === null ? null : riskRecords.map((record) => toRiskFlag(record, ctx.principal.userId)),
    timeZone: totalRecord?.time_zone ?? ctx.principal.timeZone,
  };
}

/** The caller's team (supervisor) or organisation (admin), with the month-by-month trend. */
export async function getTeamDashboard(): Promise<TeamDashboard> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'team-dashboard.view', entityType: 'organization', entityId: ctx.principal.organizationId },
    () => loadTeam(ctx, true),
    (dashboard) => ({ details: { rows: dashboard.rows.length, scope: dashboard.scope } }),
  );
}

const ratio = (value: number | null): string => (value === null ? '' : value.toFixed(3));
const oneDecimal = (value: number | null): string => (value === null ? '' : value.toFixed(1));

export const TEAM_EXPORT_HEADER = [
  'clinician',
  'role',
  'supervisor',
  'clients',
  'attended_sessions',
  'goal_clarity_mean',
  'goals_rated_for_clarity',
  'consensus_rate',
  'plan_goals',
  'set_from_start_rate',
  'clients_with_two_sessions',
  'rated_regularly_rate',
  'smart_rate',
  'mean_gbo_change',
  'goals_measured',
  'reliable_improvement_rate',
  'open_risk_flags',
  'clients_with_open_risk',
  'open_not_on_track_flags',
  'mean_latest_srs',
  'clients_with_srs',
  'open_alliance_flags',
] as const;

function figureCells(figures: PooledFigures) {
  return [
    figures.clients,
    figures.attendedSessions,
    oneDecimal(figures.clarity.mean),
    figures.clarity.count,
    ratio(figures.consensus.value),
    figures.consensus.denominator,
    ratio(figures.setFromStart.value),
    figures.setFromStart.denominator,
    ratio(figures.ratedRegularly.value),
    ratio(figures.smart.value),
    oneDecimal(figures.progress.meanChange),
    figures.progress.measuredGoals,
    ratio(figures.progress.reliableImprovement.value),
    figures.flags.risk,
    figures.flags.clientsWithRisk,
    figures.flags.notOnTrack,
    oneDecimal(figures.alliance.mean),
    figures.alliance.count,
    figures.flags.alliance,
  ];
}

/** The team dashboard's table as CSV: one row per clinician and the total, aggregates only. */
export async function exportTeamDashboard(): Promise<{ csv: string; rows: number; filename: string }> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'team-dashboard.export', entityType: 'organization', entityId: ctx.principal.organizationId },
    async () => {
      const team = await loadTeam(ctx, false);
      const csv = toCsv(TEAM_EXPORT_HEADER, [
        ...team.rows.map((row) => [
          row.clinician.name,
          row.clinician.role,
          row.clinician.supervisorName ?? '',
          ...figureCells(row.figures),
        ]),
        [team.scope === 'organisation' ? 'Organisation total' : 'Team total', '', '', ...figureCells(team.total)],
      ]);
      return {
        csv,
        rows: team.rows.length,
        filename: `accord-${team.scope}-dashboard-${new Date().toISOString().slice(0, 10)}.csv`,
      };
    },
    (result) => ({ details: { rows: result.rows } }),
  );
}
