import 'server-only';
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { emailDeliveries, organizations, reminderPreferences } from '@/db/schema';
import type { Executor } from '@/db/types';
import { todayIn } from '@/lib/time/local-date';
import {
  firstSendableMoment,
  isoWeekIn,
  isReminderKind,
  isWeeklySendDay,
  planReminder,
  REMINDER_DEFAULT_ON,
  stillDue,
  type QuietHours,
  type ReminderKind,
  type ReminderSubject,
} from '@/lib/domain/reminders/schedule';
import { sendMail } from '@/lib/mail';
import { reminderEmail, type ReminderFacts } from '@/lib/reminders/emails';
import { sessionIcs } from '@/lib/reminders/ics';
import { readReminderSettings } from '@/lib/validation/organization-settings';

/*
 * Reminder jobs (issue 13, ADR 0019), run by the job queue (lib/jobs/queue.ts), never over
 * HTTP. Planning inserts one email_deliveries row per reminder due (a unique key: planning twice,
 * or on two workers at once, inserts it once) and only the inserter queues its send job. The send
 * job claims the row, reads the facts again (a moved or cancelled session, a check-in sent, a
 * preference switched off → skipped), sends, and records sent or failed. No clinical content is
 * ever read into an email.
 */

/** Reminders due within this long are planned now (the planner runs every 5 minutes). */
const PLAN_AHEAD_MS = 15 * 60_000;
/** A row left "sending" this long (a worker died mid-send) may be claimed again. */
const STUCK_SENDING_MS = 10 * 60_000;

interface OrgRow {
  id: string;
  name: string;
  timeZone: string;
  quietHours: QuietHours;
  kinds: Partial<Record<ReminderKind, boolean>>;
}

type Rows<T> = { rows: T[] };
const rowsOf = <T>(result: unknown): T[] => (result as Rows<T>).rows;

async function loadOrganizations(executor: Executor, organizationId?: string): Promise<OrgRow[]> {
  const rows = await executor
    .select({
      id: organizations.id,
      name: organizations.name,
      timeZone: organizations.timeZone,
      settings: organizations.settings,
    })
    .from(organizations)
    .where(organizationId ? eq(organizations.id, organizationId) : undefined);
  return rows.map((row) => {
    const settings = readReminderSettings(row.settings);
    return {
      id: row.id,
      name: row.name,
      timeZone: row.timeZone,
      quietHours: settings.quietHours,
      kinds: settings.kinds,
    };
  });
}

/** Whether this person gets this kind: the organisation's switch, then their own choice, then the default. */
export async function reminderWanted(
  executor: Executor,
  org: OrgRow,
  userId: string,
  kind: ReminderKind,
): Promise<boolean> {
  if (org.kinds[kind] === false) return false;
  const [choice] = await executor
    .select({ enabled: reminderPreferences.enabled })
    .from(reminderPreferences)
    .where(and(eq(reminderPreferences.userId, userId), eq(reminderPreferences.kind, kind)))
    .limit(1);
  return choice ? choice.enabled : REMINDER_DEFAULT_ON[kind];
}

interface Candidate {
  subject: ReminderSubject;
  recipientUserId: string;
  recipientEmail: string;
  clientId: string | null;
}

/** The facts of one session (or null when it is gone), as a reminder of `kind` sees them. */
async function sessionSubject(
  executor: Executor,
  organizationId: string,
  kind: 'check-in-open' | 'check-in-due' | 'session',
  sessionId: string,
): Promise<ReminderSubject | null> {
  const [row] = rowsOf<{ scheduled_at: string | Date; status: 'scheduled'; submitted: boolean }>(
    await executor.execute(sql`
      select s.scheduled_at, s.status,
        exists (select 1 from check_ins ci where ci.therapy_session_id = s.id and ci.kind = 'before'
          and ci.status = 'submitted') as submitted
      from therapy_sessions s where s.id = ${sessionId}::uuid and s.organization_id = ${organizationId}::uuid`),
  );
  if (!row) return null;
  return {
    kind,
    sessionId,
    scheduledAt: new Date(row.scheduled_at).toISOString(),
    sessionStatus: row.status,
    checkInSubmitted: row.submitted,
  };
}

async function candidatesFor(executor: Executor, org: OrgRow, now: Date): Promise<Candidate[]> {
  const at = now.toISOString();
  const found: Candidate[] = [];
  // Sessions whose check-in is open (or about to be) for clients who use the portal.
  const sessions = rowsOf<{
    id: string;
    client_id: string;
    scheduled_at: string | Date;
    portal_user_id: string;
    email: string;
    submitted: boolean;
  }>(
    await executor.execute(sql`
      select s.id, s.client_id, s.scheduled_at, c.portal_user_id, u.email,
        exists (select 1 from check_ins ci where ci.therapy_session_id = s.id and ci.kind = 'before'
          and ci.status = 'submitted') as submitted
      from therapy_sessions s
      join clients c on c.id = s.client_id and c.archived_at is null and c.portal_user_id is not null
      join users u on u.id = c.portal_user_id and u.deactivated_at is null
      where s.organization_id = ${org.id}::uuid and s.status = 'scheduled'
        and s.scheduled_at > ${at}::timestamptz
        and s.scheduled_at <= ${at}::timestamptz + interval '7 days' + make_interval(secs => ${PLAN_AHEAD_MS / 1000})`),
  );
  for (const s of sessions) {
    for (const kind of ['check-in-open', 'check-in-due', 'session'] as const) {
      found.push({
        subject: {
          kind,
          sessionId: s.id,
          scheduledAt: new Date(s.scheduled_at).toISOString(),
          sessionStatus: 'scheduled',
          checkInSubmitted: s.submitted,
        },
        recipientUserId: s.portal_user_id,
        recipientEmail: s.email,
        clientId: s.client_id,
      });
    }
  }
  // Plan reviews due within 7 days or overdue, to the treating clinician.
  const today = todayIn(org.timeZone, now);
  const reviews = rowsOf<{ client_id: string; next_review_date: string; clinician_id: string; email: string }>(
    await executor.execute(sql`
      select m.client_id, m.next_review_date::text as next_review_date, ca.clinician_id, u.email
      from client_metrics m
      join clients c on c.id = m.client_id and c.archived_at is null
      join caseload_assignments ca on ca.client_id = m.client_id and ca.ended_at is null
      join users u on u.id = ca.clinician_id and u.deactivated_at is null
      where m.organization_id = ${org.id}::uuid and m.next_review_date is not null and m.plan_status = 'signed'
        and m.next_review_date <= (${today}::date + 7)`),
  );
  for (const r of reviews) {
    for (const kind of ['plan-review-soon', 'plan-review-overdue'] as const) {
      found.push({
        subject: { kind, clientId: r.client_id, reviewDate: r.next_review_date, today },
        recipientUserId: r.clinician_id,
        recipientEmail: r.email,
        clientId: r.client_id,
      });
    }
  }
  // A client's first check-in, to the treating clinician (within a week of it).
  const firsts = rowsOf<{ client_id: string; first_at: string | Date; clinician_id: string; email: string }>(
    await executor.execute(sql`
      select f.client_id, f.first_at, ca.clinician_id, u.email
      from (
        select ci.client_id, min(ci.submitted_at) as first_at from check_ins ci
        where ci.organization_id = ${org.id}::uuid and ci.kind = 'before' and ci.status = 'submitted'
        group by ci.client_id
        having min(ci.submitted_at) > ${at}::timestamptz - interval '7 days'
      ) f
      join caseload_assignments ca on ca.client_id = f.client_id and ca.ended_at is null
      join users u on u.id = ca.clinician_id and u.deactivated_at is null`),
  );
  for (const f of firsts) {
    found.push({
      subject: { kind: 'first-check-in', clientId: f.client_id, firstSubmittedAt: new Date(f.first_at).toISOString() },
      recipientUserId: f.clinician_id,
      recipientEmail: f.email,
      clientId: f.client_id,
    });
  }
  if (isWeeklySendDay(now, org.timeZone)) {
    const week = isoWeekIn(now, org.timeZone);
    // Weekly steps nudge: clients with steps in their plan and no tick in the last 7 days.
    const nudges = rowsOf<{ client_id: string; portal_user_id: string; email: string }>(
      await executor.execute(sql`
        select c.id as client_id, c.portal_user_id, u.email
        from clients c join users u on u.id = c.portal_user_id and u.deactivated_at is null
        where c.organization_id = ${org.id}::uuid and c.archived_at is null
          and exists (select 1 from objectives o join goals g on g.id = o.goal_id where g.client_id = c.id and o.retired_at is null)
          and not exists (select 1 from objective_ticks t where t.client_id = c.id
            and t.created_at > ${at}::timestamptz - interval '7 days')`),
    );
    for (const n of nudges) {
      found.push({
        subject: { kind: 'steps-nudge', clientId: n.client_id, week, hasObjectives: true, tickedThisWeek: false },
        recipientUserId: n.portal_user_id,
        recipientEmail: n.email,
        clientId: n.client_id,
      });
    }
    // Weekly team digest to each supervisor with a team.
    const supervisors = rowsOf<{ supervisor_id: string; email: string }>(
      await executor.execute(sql`
        select distinct sl.supervisor_id, u.email from supervision_links sl
        join users u on u.id = sl.supervisor_id and u.deactivated_at is null
        where sl.organization_id = ${org.id}::uuid and sl.ended_at is null`),
    );
    for (const s of supervisors) {
      found.push({
        subject: { kind: 'team-digest', supervisorId: s.supervisor_id, week },
        recipientUserId: s.supervisor_id,
        recipientEmail: s.email,
        clientId: null,
      });
    }
  }
  return found;
}

/**
 * Plans every reminder due in the next few minutes, for one organisation or all. Returns the
 * rows this call inserted (a row already planned, here or by another worker, is not returned).
 */
export async function planReminders(
  executor: Executor,
  now: Date,
  organizationId?: string,
): Promise<{ id: string; sendAt: Date }[]> {
  const planned: { id: string; sendAt: Date }[] = [];
  for (const org of await loadOrganizations(executor, organizationId)) {
    for (const candidate of await candidatesFor(executor, org, now)) {
      const plan = planReminder(candidate.subject, now, org.quietHours, org.timeZone);
      if (!plan || plan.sendAt.getTime() > now.getTime() + PLAN_AHEAD_MS) continue;
      if (!(await reminderWanted(executor, org, candidate.recipientUserId, candidate.subject.kind))) continue;
      const [row] = await executor
        .insert(emailDeliveries)
        .values({
          organizationId: org.id,
          kind: candidate.subject.kind,
          recipientUserId: candidate.recipientUserId,
          recipientEmail: candidate.recipientEmail,
          clientId: candidate.clientId,
          dedupeKey: plan.key,
          subject: candidate.subject,
          sendAfter: plan.sendAt,
        })
        .onConflictDoNothing()
        .returning({ id: emailDeliveries.id });
      if (row) planned.push({ id: row.id, sendAt: plan.sendAt });
    }
  }
  return planned;
}

/** The facts a planned reminder was about, read again now. */
async function currentSubject(
  executor: Executor,
  org: OrgRow,
  planned: ReminderSubject,
  now: Date,
): Promise<ReminderSubject | null> {
  switch (planned.kind) {
    case 'check-in-open':
    case 'check-in-due':
    case 'session':
      return sessionSubject(executor, org.id, planned.kind, planned.sessionId);
    case 'plan-review-soon':
    case 'plan-review-overdue': {
      const [row] = rowsOf<{ next_review_date: string | null }>(
        await executor.execute(
          sql`select next_review_date::text as next_review_date from client_metrics
            where client_id = ${planned.clientId}::uuid and organization_id = ${org.id}::uuid
            and plan_status = 'signed'`,
        ),
      );
      return {
        kind: planned.kind,
        clientId: planned.clientId,
        reviewDate: row?.next_review_date ?? null,
        today: todayIn(org.timeZone, now),
      };
    }
    case 'first-check-in':
    case 'team-digest':
      return planned;
    case 'steps-nudge': {
      const [row] = rowsOf<{ ticked: boolean }>(
        await executor.execute(
          sql`select exists (select 1 from objective_ticks t where t.client_id = ${planned.clientId}::uuid
            and t.organization_id = ${org.id}::uuid
            and t.created_at > ${now.toISOString()}::timestamptz - interval '7 days') as ticked`,
        ),
      );
      return { ...planned, tickedThisWeek: row?.ticked ?? false };
    }
  }
}

async function teamDigest(
  executor: Executor,
  organizationId: string,
  supervisorId: string,
  today: string,
): Promise<NonNullable<ReminderFacts['digest']>> {
  const [row] = rowsOf<{ risk: number; not_on_track: number; overdue: number; numerator: number; denominator: number }>(
    await executor.execute(sql`
      with team as (
        select ca.client_id from caseload_assignments ca
        join supervision_links sl on sl.therapist_id = ca.clinician_id and sl.ended_at is null and sl.supervisor_id = ${supervisorId}::uuid
        where ca.organization_id = ${organizationId}::uuid and ca.ended_at is null
      )
      select
        (select count(*) from flags f join team t on t.client_id = f.client_id where f.kind = 'risk'
          and f.acknowledged_at is null)::int as risk,
        (select count(distinct f.client_id) from flags f join team t on t.client_id = f.client_id
          where f.kind = 'not-on-track' and f.acknowledged_at is null)::int as not_on_track,
        (select count(*) from client_metrics m join team t on t.client_id = m.client_id where m.plan_status = 'signed'
          and m.next_review_date < ${today}::date)::int as overdue,
        (select coalesce(sum(m.rated_regularly_numerator), 0) from client_metrics m join team t
          on t.client_id = m.client_id)::int as numerator,
        (select coalesce(sum(m.rated_regularly_denominator), 0) from client_metrics m join team t
          on t.client_id = m.client_id)::int as denominator`),
  );
  return {
    openRiskFlags: row?.risk ?? 0,
    notOnTrack: row?.not_on_track ?? 0,
    reviewsOverdue: row?.overdue ?? 0,
    checkInRate: row && row.denominator > 0 ? row.numerator / row.denominator : null,
  };
}

export type DeliveryOutcome =
  { outcome: 'sent' | 'skipped' | 'not-mine' | 'failed' } | { outcome: 'later'; sendAt: Date };

/**
 * The send job for one planned reminder. Idempotent: only a row still queued (or retrying, or
 * stuck sending) is claimed, so a second worker or a retry of a sent one does nothing. Throws
 * when the mail server refused and tries are left (the queue retries with backoff); on the last
 * try the row is marked failed instead.
 */
export async function deliverReminder(
  executor: Executor,
  deliveryId: string,
  now: Date,
  options: { lastTry: boolean },
): Promise<DeliveryOutcome> {
  const [claimed] = await executor
    .update(emailDeliveries)
    .set({ status: 'sending', attempts: sql`${emailDeliveries.attempts} + 1`, updatedAt: now })
    .where(
      and(
        eq(emailDeliveries.id, deliveryId),
        or(
          inArray(emailDeliveries.status, ['queued', 'retrying']),
          and(
            eq(emailDeliveries.status, 'sending'),
            lt(emailDeliveries.updatedAt, new Date(now.getTime() - STUCK_SENDING_MS)),
          ),
        ),
      ),
    )
    .returning();
  if (!claimed) return { outcome: 'not-mine' };
  const finish = (
    status: 'sent' | 'skipped' | 'failed' | 'retrying' | 'queued',
    extra: Partial<typeof emailDeliveries.$inferInsert> = {},
  ) =>
    executor
      .update(emailDeliveries)
      .set({ status, updatedAt: new Date(), ...extra })
      .where(eq(emailDeliveries.id, deliveryId));
  const [org] = await loadOrganizations(executor, claimed.organizationId);
  const planned = claimed.subject as unknown as ReminderSubject;
  if (!org || !isReminderKind(claimed.kind) || planned.kind !== claimed.kind) {
    await finish('skipped');
    return { outcome: 'skipped' };
  }
  const current = await currentSubject(executor, org, planned, now);
  const verdict = stillDue(claimed.dedupeKey, current, now, org.quietHours, org.timeZone);
  const wanted = await reminderWanted(executor, org, claimed.recipientUserId, claimed.kind);
  const [recipient] = rowsOf<{ email: string }>(
    await executor.execute(
      sql`select email from users where id = ${claimed.recipientUserId}::uuid and deactivated_at is null`,
    ),
  );
  if (verdict === 'stale' || !wanted || !recipient) {
    await finish('skipped');
    return { outcome: 'skipped' };
  }
  if (verdict === 'later') {
    const sendAt = firstSendableMoment(now, org.quietHours, org.timeZone);
    await finish('queued', { sendAfter: sendAt, attempts: claimed.attempts - 1 });
    return { outcome: 'later', sendAt };
  }
  let facts: ReminderFacts = {
    kind: claimed.kind,
    to: recipient.email,
    recipientUserId: claimed.recipientUserId,
    timeZone: org.timeZone,
    organizationName: org.name,
    clientId: claimed.clientId ?? undefined,
  };
  if (current && 'sessionId' in current) {
    const [session] = rowsOf<{ duration_minutes: number }>(
      await executor.execute(sql`select duration_minutes from therapy_sessions where id = ${current.sessionId}::uuid`),
    );
    const start = new Date(current.scheduledAt);
    facts = { ...facts, sessionId: current.sessionId, sessionStart: start };
    if (claimed.kind === 'session') {
      facts.ics = sessionIcs({
        sessionId: current.sessionId,
        start,
        durationMinutes: session?.duration_minutes ?? 50,
        organizationName: org.name,
        now,
      });
    }
  }
  if (current?.kind === 'team-digest')
    facts.digest = await teamDigest(executor, org.id, current.supervisorId, todayIn(org.timeZone, now));
  try {
    await sendMail(reminderEmail(facts));
  } catch (error) {
    // The error's first line only: never the message, which could carry an address or content.
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
    if (options.lastTry) {
      await finish('failed', { lastError: reason });
      return { outcome: 'failed' };
    }
    await finish('retrying', { lastError: reason });
    throw error;
  }
  await finish('sent', { sentAt: new Date(), lastError: null, recipientEmail: recipient.email });
  return { outcome: 'sent' };
}

/** Rows planned but whose send job may have been lost (a crash between insert and queueing): queued again by the planner. */
export async function orphanedDeliveries(executor: Executor, now: Date): Promise<{ id: string; sendAt: Date }[]> {
  const rows = await executor
    .select({ id: emailDeliveries.id, sendAt: emailDeliveries.sendAfter })
    .from(emailDeliveries)
    .where(
      and(
        eq(emailDeliveries.status, 'queued'),
        lt(emailDeliveries.sendAfter, new Date(now.getTime() - 30 * 60_000)),
        sql`${emailDeliveries.createdAt} > ${new Date(now.getTime() - 2 * 86_400_000).toISOString()}::timestamptz`,
      ),
    );
  return rows;
}
