import 'server-only';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { emailDeliveries, organizations, reminderPreferences, therapySessions, users } from '@/db/schema';
import type { Executor } from '@/db/types';
import { canAdministerOrganization, canViewClientAsClinician } from '@/lib/auth/policy';
import type { Principal } from '@/lib/auth/principal';
import {
  REMINDER_DEFAULT_ON,
  REMINDER_LABELS,
  reminderKindsFor,
  type ReminderKind,
} from '@/lib/domain/reminders/schedule';
import { AppError } from '@/lib/errors';
import { sessionIcs } from '@/lib/reminders/ics';
import { readUnsubscribeToken } from '@/lib/reminders/unsubscribe-token';
import { pageQuerySchema } from '@/lib/validation/common';
import {
  readReminderSettings,
  reminderSettingsFormSchema,
  reminderSettingsFromForm,
  type ReminderSettings,
} from '@/lib/validation/organization-settings';
import { parseInput } from '@/lib/validation/parse';
import { reminderPreferencesSchema, unsubscribeSchema } from '@/lib/validation/reminders';
import { z } from '@/lib/validation/zod';
import { loadClientWithAccessFacts } from './internal/access-facts';
import { auditAccessEvent, publicContext } from './internal/access-tokens';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { pageOf, PAGE_SIZE, type Page } from './internal/pagination';
import { loadOwnClientRecord } from './internal/portal-access';

/*
 * Reminder preferences, the one-click unsubscribe, reminder settings and the delivery log
 * (issue 13). The emails themselves are planned and sent by lib/data/internal/reminder-jobs.ts.
 */

export interface ReminderChoice {
  kind: ReminderKind;
  label: string;
  enabled: boolean;
  /** Switched off for the whole organisation: the person's choice waits until it is on again. */
  offForOrganization: boolean;
}

async function choicesOf(
  executor: Executor,
  principal: Pick<Principal, 'userId' | 'role' | 'organizationId'>,
): Promise<ReminderChoice[]> {
  const [org] = await executor
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, principal.organizationId));
  const settings = readReminderSettings(org?.settings);
  const stored = await executor
    .select({ kind: reminderPreferences.kind, enabled: reminderPreferences.enabled })
    .from(reminderPreferences)
    .where(eq(reminderPreferences.userId, principal.userId));
  const byKind = new Map(stored.map((row) => [row.kind, row.enabled]));
  return reminderKindsFor(principal.role).map((kind) => ({
    kind,
    label: REMINDER_LABELS[kind],
    enabled: byKind.get(kind) ?? REMINDER_DEFAULT_ON[kind],
    offForOrganization: settings.kinds[kind] === false,
  }));
}

async function setChoice(
  executor: Executor,
  organizationId: string,
  userId: string,
  kind: ReminderKind,
  enabled: boolean,
  now: Date,
): Promise<void> {
  await executor
    .insert(reminderPreferences)
    .values({ organizationId, userId, kind, enabled, updatedAt: now })
    .onConflictDoUpdate({
      target: [reminderPreferences.organizationId, reminderPreferences.userId, reminderPreferences.kind],
      set: { enabled, updatedAt: now },
    });
}

/** The signed-in person's reminder choices (clients in the portal, staff on the account page). */
export async function getMyReminderPreferences(): Promise<ReminderChoice[]> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'reminders.preferences-view', entityType: 'user', entityId: ctx.principal.userId },
    async () => {
      if (ctx.principal.role === 'client') await loadOwnClientRecord(ctx);
      return choicesOf(ctx.db, ctx.principal);
    },
  );
}

/** Saves the signed-in person's reminder choices (a kind not offered to their role is ignored). */
export async function saveMyReminderPreferences(raw: unknown): Promise<ReminderChoice[]> {
  const ctx = await dataContext();
  const input = parseInput(reminderPreferencesSchema, raw);
  return writeAudited(
    ctx,
    { action: 'reminders.preferences-save', entityType: 'user', entityId: ctx.principal.userId },
    async (tx) => {
      if (ctx.principal.role === 'client') await loadOwnClientRecord(ctx, tx);
      const now = new Date();
      for (const kind of reminderKindsFor(ctx.principal.role))
        await setChoice(tx, ctx.principal.organizationId, ctx.principal.userId, kind, input[`kind-${kind}`], now);
      return choicesOf(tx, ctx.principal);
    },
  );
}

export interface UnsubscribePreview {
  state: 'valid' | 'invalid';
  /** What the link switches off, in words (valid links only). */
  label: string | null;
}

/** What an unsubscribe link would switch off; changes nothing (mail scanners open links). */
export async function inspectUnsubscribe(token: string): Promise<UnsubscribePreview> {
  const read = readUnsubscribeToken(token);
  if (!read) return { state: 'invalid', label: null };
  const ctx = await publicContext();
  const [user] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.id, read.userId)).limit(1);
  return user ? { state: 'valid', label: REMINDER_LABELS[read.kind] } : { state: 'invalid', label: null };
}

/**
 * One-click unsubscribe (RFC 8058), no sign-in: the signed link switches one kind of reminder
 * off for one person, at once. A tampered or malformed link changes nothing and says so.
 */
export async function unsubscribe(raw: unknown): Promise<{ label: string }> {
  const input = parseInput(unsubscribeSchema, raw);
  const read = readUnsubscribeToken(input.token);
  const refused = () =>
    new AppError(
      'invalid',
      'This unsubscribe link is not valid. Nothing was changed: open the link from the email again, or choose ' +
        'your reminders after signing in.',
    );
  if (!read) throw refused();
  const ctx = await publicContext();
  const [user] = await ctx.db
    .select({ id: users.id, organizationId: users.organizationId, role: users.role })
    .from(users)
    .where(eq(users.id, read.userId))
    .limit(1);
  if (!user) throw refused();
  await ctx.db.transaction(async (tx) => {
    await setChoice(tx, user.organizationId, user.id, read.kind, false, new Date());
    await auditAccessEvent(tx, ctx.requestId, {
      organizationId: user.organizationId,
      actor: { id: user.id, role: user.role },
      action: 'reminders.unsubscribe',
      entityType: 'user',
      entityId: user.id,
      outcome: 'allowed',
      details: { kind: read.kind },
    });
  });
  return { label: REMINDER_LABELS[read.kind] };
}

/** The organisation's reminder switches and quiet hours (administrators). */
export async function getReminderSettings(): Promise<ReminderSettings> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'reminders.settings-view', entityType: 'organization', entityId: ctx.principal.organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      const [org] = await ctx.db
        .select({ settings: organizations.settings })
        .from(organizations)
        .where(eq(organizations.id, ctx.principal.organizationId));
      return readReminderSettings(org?.settings);
    },
  );
}

/** Saves the reminder switches and quiet hours, keeping every other setting. */
export async function saveReminderSettings(raw: unknown): Promise<ReminderSettings> {
  const ctx = await dataContext();
  const input = reminderSettingsFromForm(parseInput(reminderSettingsFormSchema, raw));
  return writeAudited(
    ctx,
    { action: 'reminders.settings-save', entityType: 'organization', entityId: ctx.principal.organizationId },
    async (tx) => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      await tx
        .update(organizations)
        .set({
          settings: sql`${organizations.settings} || jsonb_build_object('reminders', ${JSON.stringify(input)}::jsonb)`,
        })
        .where(eq(organizations.id, ctx.principal.organizationId));
      return input;
    },
  );
}

export interface DeliveryRow {
  id: string;
  recipient: string;
  kind: string;
  label: string;
  status: string;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

/** Sent, failed and waiting reminder emails, newest first: who, which kind, when, status. Never content. */
export async function listEmailDeliveries(
  query: { page?: number | string } = {},
): Promise<Page<DeliveryRow> & { timeZone: string }> {
  const ctx = await dataContext();
  const { page } = parseInput(pageQuerySchema, query);
  return readAudited(
    ctx,
    { action: 'reminders.deliveries-list', entityType: 'organization', entityId: ctx.principal.organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      const rows = await ctx.db
        .select({
          id: emailDeliveries.id,
          recipient: emailDeliveries.recipientEmail,
          kind: emailDeliveries.kind,
          status: emailDeliveries.status,
          attempts: emailDeliveries.attempts,
          createdAt: emailDeliveries.createdAt,
          sentAt: emailDeliveries.sentAt,
          total: sql<number>`(count(*) over ())::int`,
        })
        .from(emailDeliveries)
        .where(eq(emailDeliveries.organizationId, ctx.principal.organizationId))
        .orderBy(desc(emailDeliveries.createdAt))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE);
      const result = pageOf(
        rows.map((row) => ({
          ...row,
          label: (REMINDER_LABELS as Record<string, string>)[row.kind] ?? row.kind,
          createdAt: row.createdAt.toISOString(),
          sentAt: row.sentAt?.toISOString() ?? null,
        })),
        page,
      );
      return { ...result, timeZone: ctx.principal.timeZone };
    },
  );
}

/** When the client's last reminder went out (for the treating clinician and supervisor), or null. */
export async function getLastClientReminder(
  clientId: string,
): Promise<{ sentAt: string | null; kind: string | null; timeZone: string }> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'reminders.last-for-client', entityType: 'client', entityId: clientId },
    async () => {
      const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canViewClientAsClinician(ctx.principal, client), 'not-clinician');
      const [row] = await ctx.db
        .select({ sentAt: emailDeliveries.sentAt, kind: emailDeliveries.kind })
        .from(emailDeliveries)
        .where(
          and(
            eq(emailDeliveries.organizationId, client.organizationId),
            eq(emailDeliveries.clientId, client.id),
            eq(emailDeliveries.recipientUserId, client.portalUserId ?? client.id),
            isNotNull(emailDeliveries.sentAt),
          ),
        )
        .orderBy(desc(emailDeliveries.sentAt))
        .limit(1);
      return {
        sentAt: row?.sentAt?.toISOString() ?? null,
        kind: row ? ((REMINDER_LABELS as Record<string, string>)[row.kind] ?? row.kind) : null,
        timeZone: ctx.principal.timeZone,
      };
    },
  );
}

/** A client's own upcoming session as an .ics file (the same file the session reminder attaches). */
export async function getSessionCalendarFile(therapySessionId: string): Promise<{ filename: string; content: string }> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'reminders.session-ics', entityType: 'therapy_session', entityId: therapySessionId },
    async () => {
      authorize(ctx.principal.role === 'client', 'not-client');
      const client = await loadOwnClientRecord(ctx);
      authorize(z.uuid().safeParse(therapySessionId).success, 'malformed');
      const [session] = await ctx.db
        .select({
          id: therapySessions.id,
          scheduledAt: therapySessions.scheduledAt,
          durationMinutes: therapySessions.durationMinutes,
          status: therapySessions.status,
          orgName: organizations.name,
        })
        .from(therapySessions)
        .innerJoin(organizations, eq(organizations.id, therapySessions.organizationId))
        .where(
          and(
            eq(therapySessions.id, therapySessionId),
            eq(therapySessions.organizationId, client.organizationId),
            eq(therapySessions.clientId, client.id),
          ),
        )
        .limit(1);
      authorize(session !== undefined, 'missing-or-foreign');
      return {
        filename: 'session.ics',
        content: sessionIcs({
          sessionId: session.id,
          start: session.scheduledAt,
          durationMinutes: session.durationMinutes,
          organizationName: session.orgName,
          now: new Date(),
          cancelled: session.status === 'cancelled',
        }),
      };
    },
  );
}
