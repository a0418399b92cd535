import { sql, type SQL } from 'drizzle-orm';
import { rowsOf } from '@/db/rows';
import type { Executor } from '@/db/types';

/*
 * The per-clinician level of the dashboard rollups (ADR 0016): `clinician_metrics` and
 * `clinician_monthly_metrics` hold, for each clinician, the sums of their active caseload's
 * client rollups (active assignment, client not archived), so the organisation view reads one
 * row per clinician rather than one per client.
 *
 * Nothing new is defined here: each stored value is SUM over the clinician's clients of a
 * `client_metrics` (or `client_monthly_metrics`) column, the same pooling the team query did
 * on every render. Beside them, the clinician's open flags by kind (risk, clients with an open
 * risk flag, not on track, alliance), counted as the team query counted them live.
 * `refreshClinicianMetrics` recomputes sums and counts for some clinicians on the caller's
 * transaction. It is called
 *  - by `refreshClientMetrics`, after a client's rollup is rewritten, for the client's current
 *    clinician (every write that changes a client rollup goes through it);
 *  - by a reassignment, for the old and the new clinician (the client rollup row is locked
 *    first, see `lockClientRollupRows`).
 * `refreshClinicianOpenFlagCounts` recomputes only the counts, after a flag of a counted kind
 * is raised or acknowledged (through `refreshOpenFlagCounts`, which locks the client's rollup
 * row first). Check-in-overdue and perspectives flags are not counted, so the upkeep that
 * raises overdue flags changes nothing here.
 *
 * Concurrency: the clinician rows are locked (insert-or-touch, in id order) before the sums
 * are read, always after the clients' rollup rows were locked. Two writes to different
 * clients of one clinician therefore recompute one after the other, and the second (in READ
 * COMMITTED, a new snapshot per statement) reads the first's committed client rollup.
 */

function idList(ids: readonly string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

export type ClinicianScope =
  | { clinicianIds: readonly string[] }
  | { clientIds: readonly string[]; alsoClinicianIds?: readonly string[] }
  | 'whole-organization';

function clinicianSource(organizationId: string, scope: ClinicianScope): SQL {
  if (scope === 'whole-organization') {
    return sql`
      select u.id from users u where u.organization_id = ${organizationId}::uuid and u.role in ('therapist', 'supervisor')
      union
      select a.clinician_id from caseload_assignments a where a.organization_id = ${organizationId}::uuid and a.ended_at is null`;
  }
  if ('clinicianIds' in scope) {
    if (scope.clinicianIds.length === 0) return sql`select null::uuid as id where false`;
    return sql`select u.id from users u where u.organization_id = ${organizationId}::uuid and u.id in (${idList(scope.clinicianIds)})`;
  }
  const extra = scope.alsoClinicianIds?.length
    ? sql`union select u.id from users u where u.organization_id = ${organizationId}::uuid and u.id in (${idList(scope.alsoClinicianIds)})`
    : sql``;
  if (scope.clientIds.length === 0) return sql`select null::uuid as id where false ${extra}`;
  return sql`
    select a.clinician_id as id from caseload_assignments a
    where a.organization_id = ${organizationId}::uuid and a.client_id in (${idList(scope.clientIds)}) and a.ended_at is null
    ${extra}`;
}

/** Inserts missing rows and locks the clinicians' rows in scope, in id order. One statement. */
async function lockClinicianRows(executor: Executor, organizationId: string, scope: ClinicianScope): Promise<string[]> {
  const locked = await executor.execute(sql`
    insert into clinician_metrics (clinician_id, organization_id)
    select distinct id, ${organizationId}::uuid from (${clinicianSource(organizationId, scope)}) ids where id is not null order by id
    on conflict (organization_id, clinician_id) do update set refreshed_at = clinician_metrics.refreshed_at
    returning clinician_id
  `);
  return rowsOf<{ clinician_id: string }>(locked).map((row) => row.clinician_id);
}

/** The flag kinds whose open flags the per-clinician rollup counts (the team rows' columns). */
export const COUNTED_FLAG_KINDS = ['risk', 'not-on-track', 'alliance'] as const;

/**
 * One clinician's open flags (unacknowledged) over their active caseload (active assignment,
 * client not archived), as the team query counted them live: by index from the clinician's
 * assignments to the clients and the open-flags partial index. One row; `f` in the caller.
 */
function openFlagCounts(organizationId: string, clinicianId: SQL): SQL {
  return sql`
    select
      (count(*) filter (where fl.kind = 'risk'))::int as open_risk_flags,
      (count(distinct fl.client_id) filter (where fl.kind = 'risk'))::int as clients_with_open_risk,
      (count(*) filter (where fl.kind = 'not-on-track'))::int as open_not_on_track_flags,
      (count(*) filter (where fl.kind = 'alliance'))::int as open_alliance_flags
    from caseload_assignments a
    join clients c on c.organization_id = a.organization_id and c.id = a.client_id and c.archived_at is null
    join flags fl on fl.organization_id = c.organization_id and fl.client_id = c.id and fl.acknowledged_at is null
      and fl.kind in ('risk', 'not-on-track', 'alliance')
    where a.organization_id = ${organizationId}::uuid and a.clinician_id = ${clinicianId} and a.ended_at is null`;
}

const SET_OPEN_FLAG_COUNTS = sql`open_risk_flags = f.open_risk_flags, clients_with_open_risk = f.clients_with_open_risk,
  open_not_on_track_flags = f.open_not_on_track_flags, open_alliance_flags = f.open_alliance_flags`;

/**
 * Recomputes only the open-flag counts of the clinicians in scope, on the caller's
 * transaction: lock (one statement), the counts (one). Callers lock the clients' rollup rows
 * first (`refreshOpenFlagCounts` in client-metrics.ts does both), keeping ADR 0016's lock order.
 */
export async function refreshClinicianOpenFlagCounts(
  executor: Executor,
  organizationId: string,
  scope: ClinicianScope,
): Promise<string[]> {
  const clinicianIds = await lockClinicianRows(executor, organizationId, scope);
  if (clinicianIds.length === 0) return [];
  await executor.execute(sql`
    update clinician_metrics cm set ${SET_OPEN_FLAG_COUNTS}, refreshed_at = now()
    from unnest(array[${idList(clinicianIds)}]::uuid[]) t(id)
    cross join lateral (${openFlagCounts(organizationId, sql`t.id`)}) f
    where cm.organization_id = ${organizationId}::uuid and cm.clinician_id = t.id
  `);
  return clinicianIds;
}

/**
 * Recomputes the per-clinician rollups of the clinicians in scope from the client rollups, on
 * the caller's transaction: lock (one statement), the sums and open-flag counts (one), the
 * monthly rows (delete and insert). Returns the clinicians refreshed.
 */
export async function refreshClinicianMetrics(
  executor: Executor,
  organizationId: string,
  scope: ClinicianScope,
): Promise<string[]> {
  const clinicianIds = await lockClinicianRows(executor, organizationId, scope);
  if (clinicianIds.length === 0) return [];
  const ids = sql`array[${idList(clinicianIds)}]::uuid[]`;
  await executor.execute(sql`
    update clinician_metrics cm set
      clients = s.clients, plan_goals = s.plan_goals, agreed_plan_goals = s.agreed_plan_goals, smart_plan_goals = s.smart_plan_goals,
      clarity_sum = s.clarity_sum, clarity_count = s.clarity_count, measured_goals = s.measured_goals, change_sum = s.change_sum,
      reliable_improvements = s.reliable_improvements, attended_sessions = s.attended_sessions,
      rated_regularly_numerator = s.rated_regularly_numerator, rated_regularly_denominator = s.rated_regularly_denominator,
      set_from_start_eligible = s.set_from_start_eligible, set_from_start_met = s.set_from_start_met,
      srs_sum = s.srs_sum, srs_count = s.srs_count, ${SET_OPEN_FLAG_COUNTS}, refreshed_at = now()
    from (
      select t.id as clinician_id,
        count(x.client_id)::int as clients,
        coalesce(sum(x.plan_goals), 0)::int as plan_goals,
        coalesce(sum(x.agreed_plan_goals), 0)::int as agreed_plan_goals,
        coalesce(sum(x.smart_plan_goals), 0)::int as smart_plan_goals,
        coalesce(sum(x.clarity_sum), 0)::int as clarity_sum,
        coalesce(sum(x.clarity_count), 0)::int as clarity_count,
        coalesce(sum(x.measured_goals), 0)::int as measured_goals,
        coalesce(sum(x.change_sum), 0)::int as change_sum,
        coalesce(sum(x.reliable_improvements), 0)::int as reliable_improvements,
        coalesce(sum(x.attended_sessions), 0)::int as attended_sessions,
        coalesce(sum(x.rated_regularly_numerator), 0)::int as rated_regularly_numerator,
        coalesce(sum(x.rated_regularly_denominator), 0)::int as rated_regularly_denominator,
        coalesce(sum(x.set_from_start_eligible), 0)::int as set_from_start_eligible,
        coalesce(sum(x.set_from_start_met), 0)::int as set_from_start_met,
        coalesce(sum(x.latest_srs), 0) as srs_sum,
        count(x.latest_srs)::int as srs_count
      from unnest(${ids}) t(id)
      left join lateral (
        select c.id as client_id, m.plan_goals, m.agreed_plan_goals, m.smart_plan_goals, m.clarity_sum, m.clarity_count,
          m.measured_goals, m.change_sum, m.reliable_improvements, m.attended_sessions, m.rated_regularly_numerator,
          m.rated_regularly_denominator, m.set_from_start_eligible, m.set_from_start_met, m.latest_srs
        from caseload_assignments a
        join clients c on c.organization_id = a.organization_id and c.id = a.client_id and c.archived_at is null
        left join client_metrics m on m.organization_id = c.organization_id and m.client_id = c.id
        where a.organization_id = ${organizationId}::uuid and a.clinician_id = t.id and a.ended_at is null
        offset 0
      ) x on true
      group by t.id
    ) s
    cross join lateral (${openFlagCounts(organizationId, sql`s.clinician_id`)}) f
    where cm.organization_id = ${organizationId}::uuid and cm.clinician_id = s.clinician_id
  `);
  await executor.execute(
    sql`delete from clinician_monthly_metrics where organization_id = ${organizationId}::uuid and clinician_id = any(${ids})`,
  );
  await executor.execute(sql`
    insert into clinician_monthly_metrics (clinician_id, organization_id, month, attended_sessions, rated_regularly_numerator,
      rated_regularly_denominator, clarity_sum, clarity_count, gbo_sum, gbo_count, goals_agreed)
    select a.clinician_id, ${organizationId}::uuid, mm.month,
      sum(mm.attended_sessions), sum(mm.rated_regularly_numerator), sum(mm.rated_regularly_denominator),
      sum(mm.clarity_sum), sum(mm.clarity_count), sum(mm.gbo_sum), sum(mm.gbo_count), sum(mm.goals_agreed)
    from unnest(${ids}) t(id)
    join caseload_assignments a on a.organization_id = ${organizationId}::uuid and a.clinician_id = t.id and a.ended_at is null
    join clients c on c.organization_id = a.organization_id and c.id = a.client_id and c.archived_at is null
    join client_monthly_metrics mm on mm.organization_id = c.organization_id and mm.client_id = c.id
    group by a.clinician_id, mm.month
  `);
  return clinicianIds;
}

/**
 * Clinicians (therapists and supervisors, or anyone with an active caseload) with no
 * per-clinician rollup yet get one: a database from before this level, or users a script
 * inserted directly. Run when the database is opened; one statement when nothing is missing.
 */
export async function refreshMissingClinicianMetrics(executor: Executor): Promise<number> {
  const result = await executor.execute(sql`
    select distinct x.organization_id, x.id from (
      select u.organization_id, u.id from users u where u.role in ('therapist', 'supervisor')
      union
      select a.organization_id, a.clinician_id from caseload_assignments a where a.ended_at is null
    ) x
    where not exists (select 1 from clinician_metrics m where m.organization_id = x.organization_id and m.clinician_id = x.id)
  `);
  const missing = rowsOf<{ organization_id: string; id: string }>(result);
  const byOrganization = new Map<string, string[]>();
  for (const row of missing)
    byOrganization.set(row.organization_id, [...(byOrganization.get(row.organization_id) ?? []), row.id]);
  for (const [organizationId, clinicianIds] of byOrganization)
    await refreshClinicianMetrics(executor, organizationId, { clinicianIds });
  return missing.length;
}
