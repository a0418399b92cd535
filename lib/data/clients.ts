import 'server-only';
import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { caseloadAssignments, clientRevisions, clients, flags, therapySessions, users } from '@/db/schema';
import type { Executor } from '@/db/types';
import {
  canActAsTreatingClinician,
  canAddClients,
  canViewClientProfile,
  relationshipToClient,
  type ClientRelationship,
} from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import {
  changeClientStatusSchema,
  createClientSchema,
  updateClientSchema,
  type ChangeClientStatusInput,
  type UpdateClientInput,
} from '@/lib/validation/clients';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';
import { parseInput } from '@/lib/validation/parse';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { loadClientWithAccessFacts, type ClientRow } from './internal/access-facts';
import { dataContext } from './internal/context';
import { databaseNow } from './internal/clock';

export interface ClientProfile {
  id: string;
  displayName: string;
  pronouns: string | null;
  dateOfBirth: string | null;
  intakeDate: string;
  status: 'active' | 'discharged';
  version: number;
  updatedAt: string;
  hasPortalAccount: boolean;
  relationship: ClientRelationship;
  canEdit: boolean;
  clinician: { id: string; name: string } | null;
  assignments: { clinicianName: string; startedAt: string; endedAt: string | null; endReason: string | null }[];
  /** The latest discharge or re-opening; its reason only for the clinicians treating or supervising. */
  statusChange: { status: 'active' | 'discharged'; at: string; byName: string | null; reason: string | null } | null;
  /** The organisation's time zone, to show times in (from the session check). */
  timeZone: string;
}

const PROFILE_FIELDS = ['displayName', 'pronouns', 'dateOfBirth', 'intakeDate'] as const;

/** A client's profile and assignment history, for anyone who may see the client (admins included). */
export async function getClientProfile(clientId: string): Promise<ClientProfile> {
  const ctx = await dataContext();
  return readAudited(ctx, { action: 'client.read', entityType: 'client', entityId: clientId }, async () => {
    const client = await loadClientWithAccessFacts(ctx.db, ctx.principal.organizationId, clientId);
    authorize(client !== null, 'missing-or-foreign');
    authorize(canViewClientProfile(ctx.principal, client), 'no-relationship');
    return toProfile(ctx.db, client, relationshipToClient(ctx.principal, client)!, ctx.principal.timeZone);
  });
}

async function toProfile(
  executor: Executor,
  client: ClientRow,
  relationship: ClientRelationship,
  timeZone: string,
): Promise<ClientProfile> {
  const history = await executor
    .select({
      clinicianId: caseloadAssignments.clinicianId,
      clinicianName: users.name,
      startedAt: caseloadAssignments.startedAt,
      endedAt: caseloadAssignments.endedAt,
      endReason: caseloadAssignments.endReason,
    })
    .from(caseloadAssignments)
    .innerJoin(users, eq(users.id, caseloadAssignments.clinicianId))
    .where(
      and(eq(caseloadAssignments.clientId, client.id), eq(caseloadAssignments.organizationId, client.organizationId)),
    )
    .orderBy(desc(caseloadAssignments.startedAt));
  const current = history.find((a) => a.endedAt === null);
  const [statusRevision] = await executor
    .select({ snapshot: clientRevisions.snapshot, at: clientRevisions.createdAt, byName: users.name })
    .from(clientRevisions)
    .leftJoin(users, eq(users.id, clientRevisions.editedBy))
    .where(
      and(
        eq(clientRevisions.clientId, client.id),
        eq(clientRevisions.organizationId, client.organizationId),
        sql`${clientRevisions.snapshot} ? 'status'`,
      ),
    )
    .orderBy(desc(clientRevisions.version))
    .limit(1);
  return {
    id: client.id,
    displayName: client.displayName,
    pronouns: client.pronouns,
    dateOfBirth: client.dateOfBirth,
    intakeDate: client.intakeDate,
    status: client.status,
    version: client.version,
    updatedAt: client.updatedAt.toISOString(),
    hasPortalAccount: client.portalUserId !== null,
    relationship,
    canEdit: relationship === 'treating',
    clinician: current ? { id: current.clinicianId, name: current.clinicianName } : null,
    assignments: history.map((a) => ({
      clinicianName: a.clinicianName,
      startedAt: a.startedAt.toISOString(),
      endedAt: a.endedAt?.toISOString() ?? null,
      endReason: a.endReason,
    })),
    statusChange: statusRevision
      ? {
          status: statusRevision.snapshot.status === 'discharged' ? 'discharged' : 'active',
          at: statusRevision.at.toISOString(),
          byName: statusRevision.byName,
          reason:
            (relationship === 'treating' || relationship === 'supervising') &&
            typeof statusRevision.snapshot.reason === 'string'
              ? statusRevision.snapshot.reason
              : null,
        }
      : null,
    timeZone,
  };
}

/** Adds a client to the caller's own caseload. */
export async function createClient(raw: unknown): Promise<{ id: string }> {
  const ctx = await dataContext();
  const input = parseInput(createClientSchema, raw);
  return writeAudited(
    ctx,
    { action: 'client.create', entityType: 'client' },
    async (tx) => {
      authorize(canAddClients(ctx.principal), 'role-cannot-add-clients');
      const { organizationId, userId } = ctx.principal;
      const [created] = await tx
        .insert(clients)
        .values({ organizationId, ...input, createdBy: userId })
        .returning({ id: clients.id });
      if (!created) throw new Error('client insert returned nothing');
      await tx
        .insert(clientRevisions)
        .values({ organizationId, clientId: created.id, version: 1, snapshot: input, editedBy: userId });
      await tx
        .insert(caseloadAssignments)
        .values({ organizationId, clientId: created.id, clinicianId: userId, startedBy: userId });
      await refreshClientMetrics(tx, organizationId, created.id);
      return created;
    },
    (created) => ({ entityId: created.id }),
  );
}

/**
 * Edits a client's profile. The edit names the version it started from: if someone else saved
 * in between, nothing is written and the conflict carries the newer values.
 */
export async function updateClientProfile(raw: unknown): Promise<ClientProfile> {
  const ctx = await dataContext();
  const input: UpdateClientInput = parseInput(updateClientSchema, raw);
  const { profile } = await writeAudited(
    ctx,
    { action: 'client.update', entityType: 'client', entityId: input.clientId },
    async (tx) => {
      const client = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, input.clientId);
      authorize(client !== null, 'missing-or-foreign');
      authorize(canActAsTreatingClinician(ctx.principal, client), 'not-treating-clinician');
      const changes = {
        displayName: input.displayName,
        pronouns: input.pronouns,
        dateOfBirth: input.dateOfBirth,
        intakeDate: input.intakeDate,
      };
      const [updated] = await tx
        .update(clients)
        .set({ ...changes, version: sql`${clients.version} + 1`, updatedAt: await databaseNow(tx) })
        .where(
          and(
            eq(clients.id, client.id),
            eq(clients.organizationId, client.organizationId),
            eq(clients.version, input.version),
          ),
        )
        .returning({ version: clients.version });
      if (!updated) {
        throw new AppError(
          'conflict',
          'Someone else changed this profile while you were editing it. Nothing was saved: the current details ' +
            'are shown, so you can make your change again.',
          { current: await toProfile(tx, client, 'treating', ctx.principal.timeZone) },
        );
      }
      await tx.insert(clientRevisions).values({
        organizationId: client.organizationId,
        clientId: client.id,
        version: updated.version,
        snapshot: changes,
        editedBy: ctx.principal.userId,
      });
      const fresh = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, client.id);
      const changed = PROFILE_FIELDS.filter((field) => client[field] !== changes[field]);
      return { profile: await toProfile(tx, fresh!, 'treating', ctx.principal.timeZone), changed };
    },
    ({ changed }) => ({ details: { fields: changed.join(','), version: input.version + 1 } }),
  );
  return profile;
}

/**
 * Discharges a client, or opens their record again, with the reason kept as a revision. The
 * treating clinician only. A discharge waits until nothing is left hanging: no open risk flag
 * (it must be acknowledged first) and no session still scheduled ahead. Goals, sessions and
 * ratings stay as they are; a discharged client still sees their own plan and progress.
 */
export async function changeClientStatus(raw: unknown): Promise<ClientProfile> {
  const ctx = await dataContext();
  const input: ChangeClientStatusInput = parseInput(changeClientStatusSchema, raw);
  const action = input.status === 'discharged' ? 'client.discharge' : 'client.reopen';
  return writeAudited(ctx, { action, entityType: 'client', entityId: input.clientId }, async (tx) => {
    const client = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, input.clientId);
    authorize(client !== null, 'missing-or-foreign');
    authorize(canActAsTreatingClinician(ctx.principal, client), 'not-treating-clinician');
    const current = () => toProfile(tx, client, 'treating', ctx.principal.timeZone);
    if (client.version !== input.version) {
      throw new AppError(
        'conflict',
        'Someone else changed this record while you were reading it. Nothing was changed: look at it as it is now, then try again.',
        {
          current: await current(),
        },
      );
    }
    if (client.status === input.status) {
      throw new AppError(
        'invalid',
        input.status === 'discharged' ? 'This client is already discharged.' : 'This client is already active.',
      );
    }
    const now = await databaseNow(tx);
    if (input.status === 'discharged') await refuseDischargeWithLooseEnds(tx, client.organizationId, client.id, now);
    const [updated] = await tx
      .update(clients)
      .set({ status: input.status, version: sql`${clients.version} + 1`, updatedAt: now })
      .where(
        and(
          eq(clients.id, client.id),
          eq(clients.organizationId, client.organizationId),
          eq(clients.version, input.version),
        ),
      )
      .returning({ version: clients.version });
    if (!updated)
      throw new AppError(
        'conflict',
        'Someone else changed this record at the same moment. Nothing was changed: please try again.',
        { current: await current() },
      );
    await tx.insert(clientRevisions).values({
      organizationId: client.organizationId,
      clientId: client.id,
      version: updated.version,
      snapshot: { status: input.status, reason: input.reason },
      editedBy: ctx.principal.userId,
    });
    const fresh = await loadClientWithAccessFacts(tx, ctx.principal.organizationId, client.id);
    return toProfile(tx, fresh!, 'treating', ctx.principal.timeZone);
  });
}

async function refuseDischargeWithLooseEnds(
  tx: Executor,
  organizationId: string,
  clientId: string,
  now: Date,
): Promise<void> {
  const [risk] = await tx
    .select({ n: count() })
    .from(flags)
    .where(
      and(
        eq(flags.organizationId, organizationId),
        eq(flags.clientId, clientId),
        eq(flags.kind, 'risk'),
        isNull(flags.acknowledgedAt),
      ),
    );
  if ((risk?.n ?? 0) > 0) {
    throw new AppError(
      'invalid',
      'This client has an open risk flag. Acknowledge it with a note on the client’s page first; then you can discharge them.',
    );
  }
  const [ahead] = await tx
    .select({ n: count() })
    .from(therapySessions)
    .where(
      and(
        eq(therapySessions.organizationId, organizationId),
        eq(therapySessions.clientId, clientId),
        eq(therapySessions.status, 'scheduled'),
        gt(therapySessions.scheduledAt, now),
      ),
    );
  const upcoming = ahead?.n ?? 0;
  if (upcoming > 0) {
    throw new AppError(
      'invalid',
      `This client still has ${upcoming === 1 ? 'a session' : `${upcoming} sessions`} scheduled ahead. Cancel ` +
        `${upcoming === 1 ? 'it' : 'them'} on the Sessions tab first; then you can discharge them.`,
    );
  }
}
