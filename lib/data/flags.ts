import 'server-only';
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { flags, goals, goalVersions, users } from '@/db/schema';
import type { Executor } from '@/db/types';
import { canActAsTreatingClinician, canViewClientAsClinician } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { acknowledgeFlagSchema } from '@/lib/validation/therapy-sessions';
import { loadClientWithAccessFacts } from './internal/access-facts';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { refreshOpenFlagCounts } from '@/lib/rollups/client-metrics';
import { runFlagUpkeep } from './internal/flag-upkeep';
import { loadNumberedSessions } from './internal/therapy-session-access';
import { databaseNow } from './internal/clock';

/*
 * Flags as the treating clinician and their supervisor see them: open ones first (risk at the
 * top), each with its reason in words; acknowledged ones with who acknowledged them, when, and
 * their note. A flag is never cleared: acknowledging it is the only way it stops being open.
 */

export type FlagKind = 'risk' | 'not-on-track' | 'perspectives-differ' | 'alliance' | 'check-in-overdue';

export const FLAG_KIND_LABELS: Record<FlagKind, string> = {
  risk: 'Risk',
  'not-on-track': 'Not on track',
  'perspectives-differ': 'Perspectives differ',
  alliance: 'Alliance',
  'check-in-overdue': 'Check-in overdue',
};

export interface FlagView {
  id: string;
  kind: FlagKind;
  label: string;
  reason: string;
  raisedAt: string;
  goalWording: string | null;
  therapySessionId: string | null;
  therapySessionNumber: number | null;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
  acknowledgementNote: string | null;
  notifiedAt: string | null;
  escalatedAt: string | null;
}

export interface ClientFlagSummary {
  clientId: string;
  open: FlagView[];
  /** The most recent acknowledged flags, newest first. */
  acknowledged: FlagView[];
  canAcknowledge: boolean;
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

const RECENT_ACKNOWLEDGED = 20;

async function loadFlagViews(
  executor: Executor,
  organizationId: string,
  clientId: string,
  open: boolean,
  numberOf: Map<string, number | null>,
): Promise<FlagView[]> {
  const acknowledger = users;
  const rows = await executor
    .select({
      id: flags.id,
      kind: flags.kind,
      reason: flags.reason,
      raisedAt: flags.raisedAt,
      goalWording: goalVersions.wording,
      therapySessionId: flags.therapySessionId,
      acknowledgedAt: flags.acknowledgedAt,
      acknowledgedByName: acknowledger.name,
      acknowledgementNote: flags.acknowledgementNote,
      notifiedAt: flags.notifiedAt,
      escalatedAt: flags.escalatedAt,
    })
    .from(flags)
    .leftJoin(goals, and(eq(goals.organizationId, flags.organizationId), eq(goals.id, flags.goalId)))
    .leftJoin(
      goalVersions,
      and(eq(goalVersions.organizationId, goals.organizationId), eq(goalVersions.id, goals.currentVersionId)),
    )
    .leftJoin(acknowledger, eq(acknowledger.id, flags.acknowledgedBy))
    .where(
      and(
        eq(flags.organizationId, organizationId),
        eq(flags.clientId, clientId),
        open ? isNull(flags.acknowledgedAt) : isNotNull(flags.acknowledgedAt),
      ),
    )
    .orderBy(...(open ? [sql`${flags.kind} = 'risk' desc`, desc(flags.raisedAt)] : [desc(flags.acknowledgedAt)]))
    .limit(open ? 200 : RECENT_ACKNOWLEDGED);
  return rows.map((row) => ({
    ...row,
    label: FLAG_KIND_LABELS[row.kind],
    raisedAt: row.raisedAt.toISOString(),
    therapySessionNumber: row.therapySessionId ? (numberOf.get(row.therapySessionId) ?? null) : null,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    notifiedAt: row.notifiedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
  }));
}

/**
 * A client's flags for the banner on every page of their record. Brings the client's flags up
 * to date first (overdue check-ins, risk escalation), so what is shown is true now.
 */
export async function getClientFlagSummary(clientId: string): Promise<ClientFlagSummary> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'flags.view', entityType: 'client', entityId: clientId },
    async () => {
      const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canViewClientAsClinician(ctx.principal, client), 'not-clinician-of-client');
      await runFlagUpkeep(ctx.db, { organizationId: client.organizationId, clientId: client.id }, new Date());
      const sessions = await loadNumberedSessions(ctx.db, client.organizationId, client.id);
      const numberOf = new Map(sessions.map((s) => [s.id, s.number]));
      const [open, acknowledged] = await Promise.all([
        loadFlagViews(ctx.db, client.organizationId, client.id, true, numberOf),
        loadFlagViews(ctx.db, client.organizationId, client.id, false, numberOf),
      ]);
      return {
        clientId: client.id,
        open,
        acknowledged,
        canAcknowledge: canActAsTreatingClinician(ctx.principal, client),
        timeZone: ctx.principal.timeZone,
      };
    },
    (summary) => ({ details: { open: summary.open.length } }),
  );
}

/** The treating clinician acknowledges a flag with a note. Once only: a second acknowledgement is refused. */
export async function acknowledgeFlag(raw: unknown): Promise<{ id: string; acknowledgedAt: string }> {
  const ctx = await dataContext();
  const input = parseInput(acknowledgeFlagSchema, raw);
  return writeAudited(
    ctx,
    { action: 'flag.acknowledge', entityType: 'flag', entityId: input.flagId },
    async (tx) => {
      const [flag] = z.uuid().safeParse(input.flagId).success
        ? await tx
            .select({ id: flags.id, clientId: flags.clientId, kind: flags.kind })
            .from(flags)
            .where(and(eq(flags.id, input.flagId), eq(flags.organizationId, ctx.principal.organizationId)))
            .limit(1)
        : [];
      authorize(flag !== undefined, 'missing-or-foreign');
      const client = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, flag.clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canActAsTreatingClinician(ctx.principal, client), 'not-treating-clinician');
      const [updated] = await tx
        .update(flags)
        .set({
          acknowledgedAt: await databaseNow(tx),
          acknowledgedBy: ctx.principal.userId,
          acknowledgementNote: input.note,
        })
        .where(
          and(
            eq(flags.organizationId, ctx.principal.organizationId),
            eq(flags.id, flag.id),
            isNull(flags.acknowledgedAt),
          ),
        )
        .returning({ id: flags.id, acknowledgedAt: flags.acknowledgedAt });
      if (!updated?.acknowledgedAt) {
        throw new AppError('conflict', 'This flag has already been acknowledged. Nothing was changed.');
      }
      // One open flag fewer for the client's clinician (ADR 0016).
      await refreshOpenFlagCounts(tx, ctx.principal.organizationId, flag.clientId, flag.kind);
      return { id: updated.id, acknowledgedAt: updated.acknowledgedAt.toISOString(), kind: flag.kind };
    },
    (result) => ({ details: { kind: result.kind } }),
  ).then(({ id, acknowledgedAt }) => ({ id, acknowledgedAt }));
}
