import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { caseloadAssignments, clients, supervisionLinks, users } from '@/db/schema';
import type { Executor } from '@/db/types';
import type { ClientAccessFacts, ClinicianAccessFacts } from '@/lib/auth/policy';
import { z } from 'zod';

export interface ClientRow extends ClientAccessFacts {
  id: string;
  displayName: string;
  pronouns: string | null;
  dateOfBirth: string | null;
  intakeDate: string;
  status: 'active' | 'discharged';
  version: number;
  updatedAt: Date;
}

const activeLink = alias(supervisionLinks, 'active_link');

/**
 * Loads a client of the caller's organisation with the facts that decide access, in one
 * statement. A malformed id, a missing row and another organisation's row all come back null.
 */
export async function loadClientWithAccessFacts(
  executor: Executor,
  organizationId: string,
  clientId: string,
): Promise<ClientRow | null> {
  if (!z.uuid().safeParse(clientId).success) return null;
  const [row] = await executor
    .select({
      id: clients.id,
      organizationId: clients.organizationId,
      displayName: clients.displayName,
      pronouns: clients.pronouns,
      dateOfBirth: clients.dateOfBirth,
      intakeDate: clients.intakeDate,
      status: clients.status,
      version: clients.version,
      updatedAt: clients.updatedAt,
      portalUserId: clients.portalUserId,
      clinicianId: caseloadAssignments.clinicianId,
      clinicianSupervisorId: activeLink.supervisorId,
    })
    .from(clients)
    .leftJoin(
      caseloadAssignments,
      and(eq(caseloadAssignments.clientId, clients.id), isNull(caseloadAssignments.endedAt)),
    )
    .leftJoin(activeLink, and(eq(activeLink.therapistId, caseloadAssignments.clinicianId), isNull(activeLink.endedAt)))
    .where(and(eq(clients.id, clientId), eq(clients.organizationId, organizationId), isNull(clients.archivedAt)))
    .limit(1);
  return row ?? null;
}

/** A staff member of the caller's organisation with their active supervisor, or null. */
export async function loadClinicianAccessFacts(
  executor: Executor,
  organizationId: string,
  userId: string,
): Promise<(ClinicianAccessFacts & { name: string }) | null> {
  if (!z.uuid().safeParse(userId).success) return null;
  const [row] = await executor
    .select({
      id: users.id,
      organizationId: users.organizationId,
      role: users.role,
      name: users.name,
      supervisorId: supervisionLinks.supervisorId,
    })
    .from(users)
    .leftJoin(supervisionLinks, and(eq(supervisionLinks.therapistId, users.id), isNull(supervisionLinks.endedAt)))
    .where(and(eq(users.id, userId), eq(users.organizationId, organizationId)))
    .limit(1);
  return row ?? null;
}
