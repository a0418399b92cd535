import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { clients, organizations, revokedSessions, users } from '@/db/schema';
import type { SessionClaims } from '@/lib/auth/claims';
import type { Principal } from '@/lib/auth/principal';
import { sessionTimingVerdict } from '@/lib/auth/session-timing';

/**
 * Turns signed claims into a principal, or null when the sign-in must end: idle or expired,
 * account deactivated, role or organisation changed, or the session version bumped
 * ("sign out everywhere", password change), or this sign-in signed out ("sign out" on this
 * device, revoked_sessions). One statement, which also brings the organisation's time zone
 * (by primary key) and the revocation (by primary key), so pages pay no further query for either.
 */
export async function loadPrincipal(claims: SessionClaims, now: number): Promise<Principal | null> {
  if (sessionTimingVerdict(claims, now) !== 'ok') return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      organizationId: users.organizationId,
      role: users.role,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
      sessionVersion: users.sessionVersion,
      clientId: clients.id,
      timeZone: organizations.timeZone,
      revokedAt: revokedSessions.revokedAt,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .leftJoin(clients, and(eq(clients.organizationId, users.organizationId), eq(clients.portalUserId, users.id)))
    .leftJoin(
      revokedSessions,
      and(eq(revokedSessions.organizationId, users.organizationId), eq(revokedSessions.sessionId, claims.sessionId)),
    )
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!row) return null;
  if (row.deactivatedAt !== null || row.revokedAt !== null) return null;
  if (row.sessionVersion !== claims.sessionVersion) return null;
  if (row.organizationId !== claims.organizationId || row.role !== claims.role) return null;
  return {
    userId: row.id,
    organizationId: row.organizationId,
    role: row.role,
    name: row.name,
    email: row.email,
    clientId: row.clientId,
    timeZone: row.timeZone,
  };
}
