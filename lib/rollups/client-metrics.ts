import { inArray, sql, type SQL } from 'drizzle-orm';
import { clientMetrics, clientMonthlyMetrics } from '@/db/schema';
import type { Executor } from '@/db/types';
import type { LifecycleStatus, Side } from '@/lib/domain/consensus/types';
import { clientMetricsFromFacts, type ClientRollup, type ClientRollupFacts } from '@/lib/domain/metrics/client-rollup';
import type { TherapySessionStatus } from '@/lib/domain/therapy-sessions';
import { rowsOf } from '@/db/rows';
import { COUNTED_FLAG_KINDS, refreshClinicianMetrics, refreshClinicianOpenFlagCounts } from './clinician-metrics';

/*
 * Keeping the dashboard rollups exactly in step with the rows they summarise.
 *
 * `refreshClientMetrics` is called at the end of every write that changes a client's metric
 * inputs, on that write's transaction: it locks the clients' rollup rows, reads their raw
 * facts afresh, computes the rollup with the one pure definition (`clientMetricsFromFacts`)
 * and replaces both rollup tables' rows. Locking first matters: two writes to the same client
 * (the client's check-in and the therapist's rating) refresh one after the other, and the
 * second reads the first's committed rows, so the last refresh always sees everything.
 *
 * Not server-only on purpose: the demo seed and the e2e preparation (plain Node scripts) call
 * it too. Pages never do: they read rollups through lib/data/dashboards.ts.
 */

export interface RollupScope {
  organizationId: string;
  clientIds: readonly string[];
}

function idList(ids: readonly string[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
}

/** Inserts missing rollup rows and locks every row in scope, in client id order (no deadlocks). One statement. */
async function lockRollupRows(executor: Executor, scope: RollupScope): Promise<void> {
  const source = sql`select c.id, c.organization_id from clients c
    where c.organization_id = ${scope.organizationId}::uuid and c.id in (${idList(scope.clientIds)})`;
  // ON CONFLICT DO UPDATE locks an existing row just as a new row is locked by its insert.
  await executor.execute(sql`
    insert into client_metrics (client_id, organization_id)
    select id, organization_id from (${source}) ids order by id
    on conflict (organization_id, client_id) do update set refreshed_at = client_metrics.refreshed_at
  `);
}

interface FactsRow {
  client_id: string;
  time_zone: string;
  goals: {
    id: string;
    status: LifecycleStatus;
    agreed: boolean;
    smart: boolean;
    firstAgreedAt: string | null;
    versionId: string | null;
    createdAt: string;
    events: { at: string; status: LifecycleStatus }[];
  }[];
  sessions: { id: string; at: string; minutes: number; status: TherapySessionStatus }[];
  ratings: { goalId: string; sessionId: string; progress: number; clarity: number | null }[];
  signatures: { side: Side; hash: string; at: string; review: string | null }[];
  srs: { sessionId: string; total: number | string }[];
}

/**
 * Every raw fact the rollup needs for the clients in scope, in one statement (one row per
 * client, each kind of fact as a JSON array), with the organisation's time zone.
 */
export async function loadClientRollupFacts(
  executor: Executor,
  scope: RollupScope,
): Promise<{ timeZone: string; facts: ClientRollupFacts[] }> {
  if (scope.clientIds.length === 0) return { timeZone: 'UTC', facts: [] };
  const result = await executor.execute(sql`
    select c.id as client_id, o.time_zone,
      coalesce((
        select json_agg(json_build_object(
          'id', g.id, 'status', g.lifecycle_status, 'agreed', g.agreed, 'smart', g.passes_all_smart,
          'firstAgreedAt', g.first_agreed_at, 'versionId', g.current_version_id, 'createdAt', g.created_at,
          'events', coalesce((select json_agg(json_build_object('at', e.created_at, 'status', e.to_status))
            from goal_status_events e where e.goal_id = g.id), '[]'::json)))
        from goals g where g.organization_id = c.organization_id and g.client_id = c.id), '[]'::json) as goals,
      coalesce((
        select json_agg(json_build_object('id', s.id, 'at', s.scheduled_at, 'minutes', s.duration_minutes, 'status', s.status))
        from therapy_sessions s where s.organization_id = c.organization_id and s.client_id = c.id), '[]'::json) as sessions,
      coalesce((
        select json_agg(json_build_object(
          'goalId', r.goal_id, 'sessionId', r.therapy_session_id, 'progress', r.progress, 'clarity', r.clarity))
        from goal_ratings r
        where r.organization_id = c.organization_id and r.client_id = c.id and r.side = 'client' and not r.is_draft
          and r.progress is not null), '[]'::json) as ratings,
      coalesce((
        select json_agg(json_build_object('side', p.signer_role, 'hash', p.plan_hash, 'at', p.signed_at, 'review', p.next_review_date))
        from plan_signatures p
        where p.organization_id = c.organization_id and p.client_id = c.id
          and p.signer_role in ('client', 'therapist')), '[]'::json) as signatures,
      coalesce((
        select json_agg(json_build_object('sessionId', m.therapy_session_id, 'total', m.total))
        from measure_responses m
        where m.organization_id = c.organization_id and m.client_id = c.id and m.instrument = 'srs' and not m.is_draft
          and m.complete and m.total is not null), '[]'::json) as srs
    from clients c
    join organizations o on o.id = c.organization_id
    where c.organization_id = ${scope.organizationId}::uuid and c.id in (${idList(scope.clientIds)})
    order by c.id
  `);
  const rows = rowsOf<FactsRow>(result);
  const timeZone = rows[0]?.time_zone ?? 'UTC';
  return {
    timeZone,
    facts: rows.map((row) => ({
      clientId: row.client_id,
      goals: row.goals.map((goal) => ({
        goalId: goal.id,
        status: goal.status,
        agreed: goal.agreed,
        passesAllSmart: goal.smart,
        firstAgreedAt: goal.firstAgreedAt === null ? null : new Date(goal.firstAgreedAt),
        currentVersionId: goal.versionId ?? '',
        createdAt: new Date(goal.createdAt),
        statusEvents: goal.events.map((event) => ({ at: new Date(event.at), status: event.status })),
      })),
      therapySessions: row.sessions.map((session) => ({
        id: session.id,
        startsAt: new Date(session.at),
        durationMinutes: session.minutes,
        status: session.status,
      })),
      clientRatings: row.ratings.map((rating) => ({
        goalId: rating.goalId,
        therapySessionId: rating.sessionId,
        progress: rating.progress,
        clarity: rating.clarity,
      })),
      signatures: row.signatures.map((signature) => ({
        side: signature.side,
        hash: signature.hash,
        signedAt: new Date(signature.at),
        nextReviewDate: signature.review,
      })),
      srs: row.srs.map((srs) => ({ therapySessionId: srs.sessionId, total: Number(srs.total) })),
    })),
  };
}

/** The rollup's metric columns, in one list (the upsert here, the benchmark's bulk COPY in bench/rollups.ts). */
export const METRIC_COLUMNS = [
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
  'firstAgreedAt',
  'lastSessionAt',
  'planStatus',
  'nextReviewDate',
  'latestSrs',
  'progressSeries',
] as const;

/** Column name in SQL for a rollup field (for `excluded.<column>` in the upsert). */
function columnName(key: (typeof METRIC_COLUMNS)[number]): string {
  return clientMetrics[key].name;
}

const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Writes computed rollups: upserts `client_metrics`, replaces the clients' `client_monthly_metrics` rows. */
export async function writeClientRollups(
  executor: Executor,
  organizationId: string,
  rollups: readonly ClientRollup[],
  refreshedAt: Date = new Date(),
): Promise<void> {
  const set: Record<string, SQL> = { refreshedAt: sql`excluded.${sql.identifier(clientMetrics.refreshedAt.name)}` };
  for (const key of METRIC_COLUMNS) set[key] = sql`excluded.${sql.identifier(columnName(key))}`;
  for (const part of chunks(rollups)) {
    await executor
      .insert(clientMetrics)
      .values(part.map((rollup) => ({ clientId: rollup.clientId, organizationId, ...rollup.metrics, refreshedAt })))
      .onConflictDoUpdate({ target: [clientMetrics.organizationId, clientMetrics.clientId], set });
    await executor.delete(clientMonthlyMetrics).where(
      inArray(
        clientMonthlyMetrics.clientId,
        part.map((rollup) => rollup.clientId),
      ),
    );
    const months = part.flatMap((rollup) =>
      rollup.months.map((month) => ({ clientId: rollup.clientId, organizationId, ...month })),
    );
    for (const monthPart of chunks(months)) await executor.insert(clientMonthlyMetrics).values(monthPart);
  }
}

/**
 * Recomputes the rollups of some clients (or a whole organisation) from their raw rows, on the
 * caller's transaction. Call it at the end of every write that changes a client's goals, plan
 * signatures, therapy sessions, sent ratings or alliance scores, and when the organisation's
 * time zone changes (months move).
 */
/** Refresh every client of the organisation (the demo seed, a time-zone change). */
export const WHOLE_ORGANIZATION = { wholeOrganization: true } as const;

export async function refreshClientMetrics(
  executor: Executor,
  organizationId: string,
  clientIds: string | readonly string[] | typeof WHOLE_ORGANIZATION,
): Promise<void> {
  if (typeof clientIds === 'object' && 'wholeOrganization' in clientIds) {
    // A whole organisation (the demo seed, a time-zone change) goes in chunks, so no statement carries every client's history.
    const result = await executor.execute(
      sql`select c.id from clients c where c.organization_id = ${organizationId}::uuid order by c.id`,
    );
    const ids = rowsOf<{ id: string }>(result).map((row) => row.id);
    for (const part of chunks(ids)) await refreshClientRollupsOnly(executor, organizationId, part);
    // Then every clinician once (after every client row is locked: clients first, then clinicians).
    await refreshClinicianMetrics(executor, organizationId, 'whole-organization');
    return;
  }
  const ids = [...new Set(typeof clientIds === 'string' ? [clientIds] : clientIds)].sort();
  if (ids.length === 0) return;
  await refreshClientRollupsOnly(executor, organizationId, ids);
  // The per-clinician level (ADR 0016) sums the rows just written, for each client's clinician.
  await refreshClinicianMetrics(executor, organizationId, { clientIds: ids });
}

async function refreshClientRollupsOnly(
  executor: Executor,
  organizationId: string,
  clientIds: readonly string[],
): Promise<void> {
  const scope: RollupScope = { organizationId, clientIds };
  await lockRollupRows(executor, scope);
  const { timeZone, facts } = await loadClientRollupFacts(executor, scope);
  await writeClientRollups(
    executor,
    organizationId,
    facts.map((clientFacts) => clientMetricsFromFacts(clientFacts, timeZone)),
  );
}

/**
 * Locks clients' rollup rows (creating missing ones) without recomputing them: a write that
 * moves clients between clinicians calls it first, so it and any concurrent refresh of those
 * clients run one after the other (then `refreshClinicianMetrics` for both clinicians).
 */
export async function lockClientRollupRows(
  executor: Executor,
  organizationId: string,
  clientIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(clientIds)].sort();
  if (ids.length > 0) await lockRollupRows(executor, { organizationId, clientIds: ids });
}

/**
 * After a flag is raised or acknowledged: the open-flag counts of the client's current
 * clinician(s) (ADR 0016), on the write's transaction. Locks the client's rollup row first and
 * then the clinician's row (the one lock order), so it serialises with refreshes and
 * reassignments of the same client and with flag writes for the clinician's other clients.
 * Nothing to do for kinds the rollup does not count. Three statements.
 */
export async function refreshOpenFlagCounts(
  executor: Executor,
  organizationId: string,
  clientId: string,
  kind: string,
): Promise<void> {
  if (!(COUNTED_FLAG_KINDS as readonly string[]).includes(kind)) return;
  await lockClientRollupRows(executor, organizationId, [clientId]);
  await refreshClinicianOpenFlagCounts(executor, organizationId, { clientIds: [clientId] });
}

/**
 * Clients with no rollup row yet (a database migrated from before the dashboards, or rows a
 * script inserted directly) get one. Run when the database is opened; one statement when
 * nothing is missing.
 */
export async function refreshMissingClientMetrics(executor: Executor): Promise<number> {
  const result = await executor.execute(sql`
    select c.organization_id, c.id from clients c
    where not exists (select 1 from client_metrics m where m.organization_id = c.organization_id and m.client_id = c.id)
  `);
  const missing = rowsOf<{ organization_id: string; id: string }>(result);
  const byOrganization = new Map<string, string[]>();
  for (const row of missing)
    byOrganization.set(row.organization_id, [...(byOrganization.get(row.organization_id) ?? []), row.id]);
  for (const [organizationId, ids] of byOrganization) {
    for (const part of chunks(ids)) await refreshClientMetrics(executor, organizationId, part);
  }
  return missing.length;
}
