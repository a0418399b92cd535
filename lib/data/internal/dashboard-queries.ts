import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@/db/types';
import type { ProgressPoint, RollupPlanStatus } from '@/lib/domain/metrics/client-rollup';
import type { MonthSums, RollupSums } from '@/lib/domain/metrics/pooled';
import { REVIEW_DUE_WITHIN_DAYS, type CaseloadDashboardQuery } from '@/lib/validation/dashboards';
import { containsPattern } from './pagination';
import { rowsOf } from '@/db/rows';

/*
 * The dashboards' SQL: one statement per view part, whatever the caseload size. Each reads the
 * rollups (client_metrics, client_monthly_metrics) through the active caseload assignments,
 * and counts open flags live from their partial index (flags change outside client writes:
 * the upkeep timer raises overdue check-ins across the organisation). Results use explicit
 * casts (to_json for instants, ::text for dates, ::int / ::float8 for numbers) so both
 * drivers return the same JavaScript values. Nothing here decides access: callers authorise.
 */

// ---------------------------------------------------------------------------------------------
// Caseload rows

export interface CaseloadRowRecord {
  id: string;
  display_name: string;
  pronouns: string | null;
  intake_date: string;
  status: 'active' | 'discharged';
  has_portal_account: boolean;
  plan_goals: number;
  agreed_plan_goals: number;
  smart_plan_goals: number;
  clarity_sum: number;
  clarity_count: number;
  measured_goals: number;
  change_sum: number;
  reliable_improvements: number;
  attended_sessions: number;
  rated_regularly_numerator: number;
  rated_regularly_denominator: number;
  has_agreed_goal: boolean;
  last_session_at: string | null;
  next_session_at: string | null;
  plan_status: RollupPlanStatus;
  next_review_date: string | null;
  review_overdue: boolean;
  review_due: boolean;
  progress_series: ProgressPoint[];
  risk_flags: number;
  not_on_track_flags: number;
  alliance_flags: number;
  perspectives_flags: number;
  overdue_flags: number;
  open_flags: number;
  today: string;
  time_zone: string;
  n_all: number;
  n_flagged: number;
  n_no_agreed_goal: number;
  n_review_due: number;
  total: number;
}

const FILTERS: Record<CaseloadDashboardQuery['filter'], SQL> = {
  all: sql`true`,
  flagged: sql`open_flags > 0`,
  'no-agreed-goal': sql`not has_agreed_goal and status = 'active'`,
  'review-due': sql`review_due`,
};

function orderBy(query: CaseloadDashboardQuery): SQL {
  const dir = query.dir === 'desc' ? sql`desc` : sql`asc`;
  const key: Record<CaseloadDashboardQuery['sort'], SQL> = {
    // Risk above all, then any open flag, then an overdue review; active clients before discharged.
    attention: sql`(risk_flags > 0) desc, open_flags desc, review_overdue desc, status asc`,
    name: sql`lower(display_name) ${dir}`,
    clarity: sql`clarity_mean ${dir} nulls last`,
    consensus: sql`consensus_rate ${dir} nulls last`,
    progress: sql`mean_change ${dir} nulls last`,
    'last-session': sql`last_session_sort ${dir} nulls last`,
    'next-session': sql`next_session_sort ${dir} nulls last`,
  };
  return sql`${key[query.sort]}, lower(display_name) asc, id asc`;
}

/**
 * One clinician's clients with their rollups, open flags and next booking: search, filter,
 * sort and a page (or every matching row, for the export), plus how many clients each filter
 * would show. One statement.
 */
export async function selectCaseloadRows(
  executor: Executor,
  params: {
    organizationId: string;
    clinicianId: string;
    now: Date;
    query: CaseloadDashboardQuery;
    page: { limit: number; offset: number } | 'all';
  },
): Promise<CaseloadRowRecord[]> {
  const { organizationId, clinicianId, query } = params;
  const now = params.now.toISOString();
  const search = query.q ? sql`and c.display_name ilike ${containsPattern(query.q)}` : sql``;
  const paging = params.page === 'all' ? sql`` : sql`limit ${params.page.limit} offset ${params.page.offset}`;
  const result = await executor.execute(sql`
    with base as (
      select
        c.id, c.display_name, c.pronouns, c.intake_date::text as intake_date, c.status::text as status,
        c.portal_user_id is not null as has_portal_account,
        coalesce(m.plan_goals, 0) as plan_goals,
        coalesce(m.agreed_plan_goals, 0) as agreed_plan_goals,
        coalesce(m.smart_plan_goals, 0) as smart_plan_goals,
        coalesce(m.clarity_sum, 0) as clarity_sum,
        coalesce(m.clarity_count, 0) as clarity_count,
        coalesce(m.measured_goals, 0) as measured_goals,
        coalesce(m.change_sum, 0) as change_sum,
        coalesce(m.reliable_improvements, 0) as reliable_improvements,
        coalesce(m.attended_sessions, 0) as attended_sessions,
        coalesce(m.rated_regularly_numerator, 0) as rated_regularly_numerator,
        coalesce(m.rated_regularly_denominator, 0) as rated_regularly_denominator,
        m.first_agreed_at is not null as has_agreed_goal,
        to_json(m.last_session_at) as last_session_at,
        m.last_session_at as last_session_sort,
        to_json(nx.next_at) as next_session_at,
        nx.next_at as next_session_sort,
        coalesce(m.plan_status, 'none') as plan_status,
        m.next_review_date::text as next_review_date,
        coalesce(coalesce(m.plan_status, 'none') <> 'none' and m.next_review_date < t.today, false) as review_overdue,
        coalesce(coalesce(m.plan_status, 'none') <> 'none'
          and m.next_review_date <= t.today + ${REVIEW_DUE_WITHIN_DAYS}::int, false) as review_due,
        coalesce(m.progress_series, '[]'::jsonb) as progress_series,
        case when m.clarity_count > 0 then m.clarity_sum::float8 / m.clarity_count end as clarity_mean,
        case when m.plan_goals > 0 then m.agreed_plan_goals::float8 / m.plan_goals end as consensus_rate,
        case when m.measured_goals > 0 then m.change_sum::float8 / m.measured_goals end as mean_change,
        f.risk_flags, f.not_on_track_flags, f.alliance_flags, f.perspectives_flags, f.overdue_flags, f.open_flags,
        t.today::text as today,
        o.time_zone
      from caseload_assignments a
      join clients c on c.id = a.client_id and c.organization_id = a.organization_id and c.archived_at is null
      join organizations o on o.id = a.organization_id
      cross join lateral (select (${now}::timestamptz at time zone o.time_zone)::date as today) t
      left join client_metrics m on m.organization_id = c.organization_id and m.client_id = c.id
      cross join lateral (
        select
          (count(*) filter (where fl.kind = 'risk'))::int as risk_flags,
          (count(*) filter (where fl.kind = 'not-on-track'))::int as not_on_track_flags,
          (count(*) filter (where fl.kind = 'alliance'))::int as alliance_flags,
          (count(*) filter (where fl.kind = 'perspectives-differ'))::int as perspectives_flags,
          (count(*) filter (where fl.kind = 'check-in-overdue'))::int as overdue_flags,
          count(*)::int as open_flags
        from flags fl
        where fl.organization_id = a.organization_id and fl.client_id = c.id and fl.acknowledged_at is null
      ) f
      cross join lateral (
        select min(s.scheduled_at) as next_at
        from therapy_sessions s
        where s.organization_id = a.organization_id and s.client_id = c.id and s.status = 'scheduled'
          and s.scheduled_at > ${now}::timestamptz
      ) nx
      where a.organization_id = ${organizationId}::uuid and a.clinician_id = ${clinicianId}::uuid and a.ended_at is null
        ${search}
    ),
    counted as (
      select base.*,
        (count(*) over ())::int as n_all,
        (count(*) filter (where open_flags > 0) over ())::int as n_flagged,
        (count(*) filter (where not has_agreed_goal and status = 'active') over ())::int as n_no_agreed_goal,
        (count(*) filter (where review_due) over ())::int as n_review_due
      from base
    )
    select counted.*, (count(*) over ())::int as total
    from counted
    where ${FILTERS[query.filter]}
    order by ${orderBy(query)}
    ${paging}
  `);
  return rowsOf<CaseloadRowRecord>(result);
}

// ---------------------------------------------------------------------------------------------
// Team rows

export interface TeamRowRecord extends RollupSums {
  clinician_id: string | null;
  name: string | null;
  role: 'therapist' | 'supervisor' | null;
  deactivated: boolean | null;
  supervisor_name: string | null;
  is_total: boolean;
  current_month: string;
  time_zone: string;
}

export type TeamScope = { kind: 'supervisees'; supervisorId: string } | { kind: 'organisation' };

function teamMembers(organizationId: string, scope: TeamScope): SQL {
  if (scope.kind === 'supervisees') {
    return sql`
      select u.id as clinician_id, u.name, u.role::text as role, u.deactivated_at is not null as deactivated, null::text as supervisor_name
      from supervision_links l
      join users u on u.id = l.therapist_id
      where l.organization_id = ${organizationId}::uuid and l.supervisor_id = ${scope.supervisorId}::uuid and l.ended_at is null`;
  }
  return sql`
    select u.id as clinician_id, u.name, u.role::text as role, u.deactivated_at is not null as deactivated, sup.name as supervisor_name
    from users u
    left join supervision_links l on l.organization_id = u.organization_id and l.therapist_id = u.id and l.ended_at is null
    left join users sup on sup.id = l.supervisor_id
    where u.organization_id = ${organizationId}::uuid and u.role in ('therapist', 'supervisor')`;
}

/**
 * Per clinician and in total (GROUPING SETS), the per-clinician rollups (`clinician_metrics`:
 * the sums of their active clients' rollups and their open flags by kind, ADR 0016). One
 * statement, reading one rollup row per team member whatever the size of their caseloads (no
 * flags read); the total row comes last.
 */
export async function selectTeamRows(
  executor: Executor,
  params: { organizationId: string; scope: TeamScope; now: Date },
): Promise<TeamRowRecord[]> {
  const { organizationId } = params;
  const result = await executor.execute(sql`
    with team as (${teamMembers(organizationId, params.scope)}),
    org as (
      select o.time_zone, to_char(${params.now.toISOString()}::timestamptz at time zone o.time_zone, 'YYYY-MM') as current_month
      from organizations o where o.id = ${organizationId}::uuid
    )
    select
      team.clinician_id, team.name, team.role, team.deactivated, team.supervisor_name,
      grouping(team.clinician_id) = 1 as is_total,
      min(org.current_month) as current_month, min(org.time_zone) as time_zone,
      coalesce(sum(cm.clients), 0)::int as "clients",
      coalesce(sum(cm.plan_goals), 0)::int as "planGoals",
      coalesce(sum(cm.agreed_plan_goals), 0)::int as "agreedPlanGoals",
      coalesce(sum(cm.smart_plan_goals), 0)::int as "smartPlanGoals",
      coalesce(sum(cm.clarity_sum), 0)::int as "claritySum",
      coalesce(sum(cm.clarity_count), 0)::int as "clarityCount",
      coalesce(sum(cm.measured_goals), 0)::int as "measuredGoals",
      coalesce(sum(cm.change_sum), 0)::int as "changeSum",
      coalesce(sum(cm.reliable_improvements), 0)::int as "reliableImprovements",
      coalesce(sum(cm.attended_sessions), 0)::int as "attendedSessions",
      coalesce(sum(cm.rated_regularly_numerator), 0)::int as "ratedRegularlyNumerator",
      coalesce(sum(cm.rated_regularly_denominator), 0)::int as "ratedRegularlyDenominator",
      coalesce(sum(cm.set_from_start_eligible), 0)::int as "setFromStartEligible",
      coalesce(sum(cm.set_from_start_met), 0)::int as "setFromStartMet",
      coalesce(sum(cm.srs_sum), 0)::float8 as "srsSum",
      coalesce(sum(cm.srs_count), 0)::int as "srsCount",
      coalesce(sum(cm.open_risk_flags), 0)::int as "openRiskFlags",
      coalesce(sum(cm.clients_with_open_risk), 0)::int as "clientsWithOpenRisk",
      coalesce(sum(cm.open_not_on_track_flags), 0)::int as "openNotOnTrackFlags",
      coalesce(sum(cm.open_alliance_flags), 0)::int as "openAllianceFlags"
    from team
    cross join org
    left join clinician_metrics cm on cm.clinician_id = team.clinician_id and cm.organization_id = ${organizationId}::uuid
    group by grouping sets ((team.clinician_id, team.name, team.role, team.deactivated, team.supervisor_name), ())
    order by is_total, lower(team.name), team.clinician_id
  `);
  return rowsOf<TeamRowRecord>(result);
}

export interface TeamRiskFlagRecord {
  flag_id: string;
  client_id: string;
  client_name: string;
  clinician_id: string;
  clinician_name: string;
  reason: string;
  raised_at: string;
  escalated: boolean;
}

/** The most open risk flags a team page lists; the count of all of them comes with the rows. */
export const TEAM_RISK_LIST_LIMIT = 50;

/**
 * Open risk flags on the clients of a supervisor's supervisees and on the supervisor's own
 * caseload, newest first. One statement, by index from the (few) clinicians outwards: their
 * active assignments, the clients, then the open-flags partial index.
 */
export async function selectTeamOpenRiskFlags(
  executor: Executor,
  params: { organizationId: string; supervisorId: string },
): Promise<TeamRiskFlagRecord[]> {
  const { organizationId, supervisorId } = params;
  const result = await executor.execute(sql`
    with clinicians as (
      select l.therapist_id as clinician_id
      from supervision_links l
      where l.organization_id = ${organizationId}::uuid and l.supervisor_id = ${supervisorId}::uuid and l.ended_at is null
      union
      select ${supervisorId}::uuid
    )
    select f.id as flag_id, c.id as client_id, c.display_name as client_name, u.id as clinician_id, u.name as clinician_name,
      f.reason, to_json(f.raised_at) as raised_at, f.escalated_at is not null as escalated
    from clinicians t
    join users u on u.id = t.clinician_id and u.organization_id = ${organizationId}::uuid
    join lateral (
      select a.client_id from caseload_assignments a
      where a.organization_id = ${organizationId}::uuid and a.clinician_id = t.clinician_id and a.ended_at is null
      offset 0
    ) tc on true
    join lateral (select c.id, c.display_name from clients c where c.organization_id = ${organizationId}::uuid
      and c.id = tc.client_id and c.archived_at is null offset 0) c on true
    join lateral (
      select fl.id, fl.reason, fl.raised_at, fl.escalated_at from flags fl
      where fl.organization_id = ${organizationId}::uuid and fl.client_id = c.id and fl.kind = 'risk' and fl.acknowledged_at is null
      offset 0
    ) f on true
    order by f.raised_at desc, f.id
    limit ${TEAM_RISK_LIST_LIMIT}
  `);
  return rowsOf<TeamRiskFlagRecord>(result);
}

/** How many months the trend shows, ending with the current month on the organisation's calendar. */
export const TREND_MONTHS = 12;

/** The team's summed monthly rollups over the trend window, from the per-clinician months (ADR 0016). One statement. */
export async function selectTeamTrend(
  executor: Executor,
  params: { organizationId: string; scope: TeamScope; now: Date },
): Promise<MonthSums[]> {
  const { organizationId } = params;
  const result = await executor.execute(sql`
    with window_months as (
      select
        to_char(
          date_trunc('month', ${params.now.toISOString()}::timestamptz at time zone o.time_zone)
            - make_interval(months => ${TREND_MONTHS - 1}),
          'YYYY-MM'
        ) as first_month,
        to_char(${params.now.toISOString()}::timestamptz at time zone o.time_zone, 'YYYY-MM') as last_month
      from organizations o where o.id = ${organizationId}::uuid
    ),
    team as (${teamMembers(organizationId, params.scope)})
    select mm.month,
      sum(mm.attended_sessions)::int as "attendedSessions",
      sum(mm.rated_regularly_numerator)::int as "ratedRegularlyNumerator",
      sum(mm.rated_regularly_denominator)::int as "ratedRegularlyDenominator",
      sum(mm.clarity_sum)::int as "claritySum",
      sum(mm.clarity_count)::int as "clarityCount",
      sum(mm.gbo_sum)::int as "gboSum",
      sum(mm.gbo_count)::int as "gboCount",
      sum(mm.goals_agreed)::int as "goalsAgreed"
    from team
    cross join window_months w
    -- Each team member's months in the window, by the primary key (clinician, month).
    join lateral (
      select * from clinician_monthly_metrics m
      where m.clinician_id = team.clinician_id and m.organization_id = ${organizationId}::uuid
        and m.month between w.first_month and w.last_month
      offset 0
    ) mm on true
    group by mm.month
    order by mm.month
  `);
  return rowsOf<MonthSums>(result);
}
