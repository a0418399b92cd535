import { createHash } from 'node:crypto';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { CONSENT_TEXT_VERSION } from '@/lib/consent-text';
import { accessTokens, clientConsents, clients, users } from '@/db/schema';
import type { Db } from '@/db/types';
import { DEMO_ADMIN, DEMO_THERAPISTS } from './demo-people';

const DAY = 24 * 3600 * 1000;

/**
 * Demo data for people and access (issue 3): every demo portal client has accepted the consent,
 * and a few invitations are waiting (one has expired), so the admin pages have something to show.
 * Their link tokens are unknowable (hashes of fixed seeds): resend one to get a working link.
 */
export async function seedDemoAccess(db: Db, today = new Date()): Promise<void> {
  const staff = await db
    .select({ id: users.id, email: users.email, organizationId: users.organizationId })
    .from(users)
    .where(inArray(users.email, [DEMO_ADMIN.email, DEMO_THERAPISTS[0].email]));
  const admin = staff.find((u) => u.email === DEMO_ADMIN.email);
  const sam = staff.find((u) => u.email === DEMO_THERAPISTS[0].email);
  if (!admin || !sam) return;
  const portalClients = await db
    .select({
      id: clients.id,
      organizationId: clients.organizationId,
      portalUserId: clients.portalUserId,
      intakeDate: clients.intakeDate,
    })
    .from(clients)
    .where(and(eq(clients.organizationId, admin.organizationId), isNotNull(clients.portalUserId)));
  if (portalClients.length > 0) {
    await db.insert(clientConsents).values(
      portalClients.map((c) => ({
        organizationId: c.organizationId,
        clientId: c.id,
        userId: c.portalUserId!,
        textVersion: CONSENT_TEXT_VERSION,
        acceptedAt: new Date(`${c.intakeDate}T10:00:00Z`),
      })),
    );
  }

  const [ravi] = await db
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organizationId, admin.organizationId), eq(clients.displayName, 'Ravi Patel')));

  const seedHash = (seed: string) => createHash('sha256').update(`accord-demo-invitation:${seed}`).digest('hex');
  const sent = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY);
  await db.insert(accessTokens).values([
    {
      organizationId: admin.organizationId,
      purpose: 'invitation' as const,
      tokenHash: seedHash('tess'),
      email: 'tess.okonkwo@riverside.example',
      name: 'Tess Okonkwo',
      role: 'therapist' as const,
      createdBy: admin.id,
      createdAt: sent(2),
      sentAt: sent(2),
      expiresAt: new Date(sent(2).getTime() + 7 * DAY),
    },
    {
      organizationId: admin.organizationId,
      purpose: 'invitation' as const,
      tokenHash: seedHash('marcus'),
      email: 'marcus.lee@riverside.example',
      name: 'Marcus Lee',
      role: 'supervisor' as const,
      createdBy: admin.id,
      createdAt: sent(10),
      sentAt: sent(10),
      expiresAt: new Date(sent(10).getTime() + 7 * DAY),
    },
    ...(ravi
      ? [
          {
            organizationId: admin.organizationId,
            purpose: 'invitation' as const,
            tokenHash: seedHash('ravi'),
            email: 'ravi.patel@client.example',
            name: 'Ravi Patel',
            role: 'client' as const,
            clientId: ravi.id,
            createdBy: sam.id,
            createdAt: sent(1),
            sentAt: sent(1),
            expiresAt: new Date(sent(1).getTime() + 7 * DAY),
          },
        ]
      : []),
  ]);
}
