import 'server-only';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseloadAssignments, flags, organizations, supervisionLinks, users } from '@/db/schema';
import type { Executor } from '@/db/types';
import { absoluteUrl } from '@/lib/links';
import { sendMail } from '@/lib/mail';
import { rowsOf } from '@/db/rows';

/*
 * Flag upkeep that does not wait for anyone to save anything:
 *  - check-in overdue: a session has started and its check-in is not in (sessions booked
 *    after they took place, to record them, are left out: the client could not check in);
 *  - risk escalation: a risk flag not acknowledged within 24 hours goes to the supervisor;
 *  - risk notification: the treating clinician is emailed about each new risk flag.
 * It runs lazily when staff open a client's flags or a caseload (scoped to those clients, one
 * statement when there is nothing to send) and on a timer for the whole organisation
 * (instrumentation.ts). Everything is idempotent: a flag is claimed (its timestamp set) before
 * its email is sent, so two runs never send the same email, and a failed email is un-claimed
 * so the next run tries again. Emails carry a link, never clinical details.
 * Neither an overdue flag nor an escalation changes the open-flag counts rolled up per
 * clinician (risk, not-on-track and alliance only, ADR 0016), so nothing here refreshes them;
 * counting overdue flags there would need this statement and that refresh in one transaction.
 */

export const RISK_ESCALATION_AFTER_HOURS = 24;
/** Overdue flags are raised for sessions that started within this many days (older ones were before the feature, or imported). */
export const OVERDUE_LOOKBACK_DAYS = 14;

export type UpkeepScope = { organizationId: string } & (
  { clientId: string } | { clinicianId: string } | { wholeOrganization: true }
);

function clientFlagsLink(clientId: string): string {
  return absoluteUrl(`/clients/${clientId}/sessions#flags`);
}

/**
 * One statement: raises overdue check-in flags and claims risk flags due for escalation in the
 * scope, then emails each escalation.
 */
export async function runFlagUpkeep(executor: Executor, scope: UpkeepScope, now: Date): Promise<{ escalated: number }> {
  const at = now.toISOString();
  const inScope =
    'clientId' in scope
      ? sql`ca.client_id = ${scope.clientId}::uuid`
      : 'clinicianId' in scope
        ? sql`ca.clinician_id = ${scope.clinicianId}::uuid`
        : sql`true`;
  const result = await executor.execute(sql`
    with scope as (
      select ca.client_id from caseload_assignments ca
      where ca.organization_id = ${scope.organizationId}::uuid and ca.ended_at is null and ${inScope}
    ),
    overdue as (
      insert into flags (organization_id, client_id, kind, therapy_session_id, reason, data, dedupe_key, raised_at)
      select s.organization_id, s.client_id, 'check-in-overdue', s.id,
             'The check-in for the session on ' || to_char(s.scheduled_at at time zone o.time_zone, 'FMDD Mon YYYY "at" HH24:MI') ||
             ' had not been sent when the session started.',
             jsonb_build_object('therapySessionId', s.id, 'scheduledAt', s.scheduled_at),
             'check-in-overdue:' || s.id, ${at}::timestamptz
      from scope
      -- Driven from the scope's clients by index (never a scan of every client or session).
      join clients c on c.organization_id = ${scope.organizationId}::uuid and c.id = scope.client_id
        and c.portal_user_id is not null and c.archived_at is null
      join lateral (select * from therapy_sessions ts where ts.organization_id = c.organization_id and ts.client_id = c.id) s on true
      join organizations o on o.id = s.organization_id
      where s.organization_id = ${scope.organizationId}::uuid
        and s.status in ('scheduled', 'attended')
        and s.scheduled_at <= ${at}::timestamptz
        -- A session entered after it took place was never open for a check-in: nothing was missed.
        and s.created_at < s.scheduled_at
        and s.scheduled_at > ${at}::timestamptz - make_interval(days => ${OVERDUE_LOOKBACK_DAYS})
        and not exists (
          select 1 from check_ins ci where ci.organization_id = s.organization_id and ci.therapy_session_id = s.id
            and ci.kind = 'before' and ci.status = 'submitted'
        )
      on conflict (organization_id, client_id, dedupe_key) do nothing
      returning id
    ),
    escalated as (
      update flags f set escalated_at = ${at}::timestamptz
      from scope
      where f.client_id = scope.client_id
        and f.organization_id = ${scope.organizationId}::uuid
        and f.kind = 'risk'
        and f.acknowledged_at is null
        and f.escalated_at is null
        and f.raised_at <= ${at}::timestamptz - make_interval(hours => ${RISK_ESCALATION_AFTER_HOURS})
      returning f.id, f.client_id
    )
    select id, client_id from escalated
  `);
  const escalated = rowsOf<{ id: string; client_id: string }>(result);
  for (const flag of escalated) await sendEscalation(executor, scope.organizationId, flag.id, flag.client_id);
  return { escalated: escalated.length };
}

/** The client's current clinician, and that clinician's active supervisor. */
async function careTeam(executor: Executor, organizationId: string, clientId: string) {
  const clinician = users;
  const [row] = await executor
    .select({
      clinicianId: caseloadAssignments.clinicianId,
      clinicianName: clinician.name,
      clinicianEmail: clinician.email,
      supervisorId: supervisionLinks.supervisorId,
    })
    .from(caseloadAssignments)
    .innerJoin(clinician, eq(clinician.id, caseloadAssignments.clinicianId))
    .leftJoin(
      supervisionLinks,
      and(eq(supervisionLinks.therapistId, caseloadAssignments.clinicianId), isNull(supervisionLinks.endedAt)),
    )
    .where(
      and(
        eq(caseloadAssignments.organizationId, organizationId),
        eq(caseloadAssignments.clientId, clientId),
        isNull(caseloadAssignments.endedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

async function sendEscalation(
  executor: Executor,
  organizationId: string,
  flagId: string,
  clientId: string,
): Promise<void> {
  try {
    const team = await careTeam(executor, organizationId, clientId);
    let recipients: string[] = [];
    if (team?.supervisorId) {
      const [supervisor] = await executor
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.id, team.supervisorId), isNull(users.deactivatedAt)))
        .limit(1);
      if (supervisor) recipients = [supervisor.email];
    }
    if (recipients.length === 0) {
      // No supervisor to send it to: the organisation's administrators make sure someone picks it up.
      const admins = await executor
        .select({ email: users.email })
        .from(users)
        .where(and(eq(users.organizationId, organizationId), eq(users.role, 'admin'), isNull(users.deactivatedAt)));
      recipients = admins.map((a) => a.email);
    }
    for (const to of recipients) {
      await sendMail({
        to,
        subject: 'Accord: a safety flag has not been acknowledged for 24 hours',
        text:
          `A safety flag for a client of ${team?.clinicianName ?? 'an unassigned clinician'} was raised more than ` +
          `${RISK_ESCALATION_AFTER_HOURS} hours ago and has not been acknowledged yet.\n\n` +
          `Please sign in and review it:\n${clientFlagsLink(clientId)}\n\n` +
          'This message contains no clinical details.',
      });
    }
  } catch (error) {
    console.error('[flags] escalation email failed; it will be tried again', error);
    await executor.update(flags).set({ escalatedAt: null }).where(eq(flags.id, flagId));
  }
}

/** Emails the treating clinician about each new risk flag (after the transaction that raised it has committed). */
export async function notifyRiskFlags(
  executor: Executor,
  flagIds: readonly string[],
  now: Date = new Date(),
): Promise<void> {
  for (const flagId of flagIds) {
    const [claimed] = await executor
      .update(flags)
      .set({ notifiedAt: now })
      .where(and(eq(flags.id, flagId), eq(flags.kind, 'risk'), isNull(flags.notifiedAt)))
      .returning({ organizationId: flags.organizationId, clientId: flags.clientId });
    if (!claimed) continue;
    try {
      const team = await careTeam(executor, claimed.organizationId, claimed.clientId);
      if (!team) continue; // unassigned: escalation reaches the administrators after 24 hours
      await sendMail({
        to: team.clinicianEmail,
        subject: 'Accord: a client’s check-in needs your attention',
        text:
          'A client on your caseload answered the PHQ-9 question about thoughts of self-harm with an answer above 0.\n\n' +
          `Please sign in, review it and acknowledge the flag:\n${clientFlagsLink(claimed.clientId)}\n\n` +
          `If it is not acknowledged within ${RISK_ESCALATION_AFTER_HOURS} hours it is sent to your supervisor. ` +
          'This message contains no clinical details.',
      });
    } catch (error) {
      console.error('[flags] risk notification email failed; it will be tried again', error);
      await executor.update(flags).set({ notifiedAt: null }).where(eq(flags.id, flagId));
    }
  }
}

/**
 * The timer's job, for every organisation: raise overdue check-in flags, escalate risk flags
 * unacknowledged for 24 hours, and send any risk notification that has not gone out (for
 * example when the server stopped between saving and emailing). Idempotent.
 */
export async function escalateOverdueRiskFlags(
  now: Date = new Date(),
): Promise<{ escalated: number; notified: number }> {
  const db = await getDb();
  const orgs = await db.select({ id: organizations.id }).from(organizations);
  let escalated = 0;
  for (const org of orgs) {
    escalated += (await runFlagUpkeep(db, { organizationId: org.id, wholeOrganization: true }, now)).escalated;
  }
  const pending = await db
    .select({ id: flags.id })
    .from(flags)
    .where(
      and(
        eq(flags.kind, 'risk'),
        isNull(flags.notifiedAt),
        isNull(flags.acknowledgedAt),
        gt(flags.raisedAt, new Date(now.getTime() - 7 * 86_400_000)),
      ),
    );
  await notifyRiskFlags(
    db,
    pending.map((p) => p.id),
    now,
  );
  return { escalated, notified: pending.length };
}
