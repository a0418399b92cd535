import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatDateTime } from '@/components/ui/format';
import { getDb } from '@/db/client';
import { countStatements } from '@/db/query-counter';
import { organizations, users } from '@/db/schema';
import { getAccount } from '@/lib/data/account';
import { getCarePlan } from '@/lib/data/care-plan';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { getClientProfile } from '@/lib/data/clients';
import { getClientFlagSummary } from '@/lib/data/flags';
import { getClientPortalAccess, listInvitations } from '@/lib/data/invitations';
import { getPerson } from '@/lib/data/people-admin';
import { loadPrincipal } from '@/lib/data/internal/principals';
import { listSupervision } from '@/lib/data/supervision';
import { listUsers } from '@/lib/data/users';
import { actAs, claimsFor, createFixture, type Fixture } from './fixtures';

/*
 * Times are shown on the organisation's clock. The zone rides on the session check (one
 * statement, as before) and every page DTO that shows a time hands it to the page.
 */

let f: Fixture;
beforeAll(async () => {
  f = await createFixture('time-zone');
  const db = await getDb();
  await db.update(organizations).set({ timeZone: 'America/New_York' }).where(eq(organizations.id, f.orgA));
});

describe('the verified principal carries the organisation’s time zone', () => {
  test('each person gets their own organisation’s zone, in the one statement of the session check', async () => {
    const now = Date.now();
    const { result: principal, statements } = await countStatements(() =>
      loadPrincipal(claimsFor(f.users.therapistA, now), now),
    );
    expect(principal?.timeZone).toBe('America/New_York');
    expect(statements).toHaveLength(1);
    // The other organisation kept the default.
    expect((await loadPrincipal(claimsFor(f.users.otherOrgUser, now), now))?.timeZone).toBe('Europe/London');
  });

  test('a change of zone shows on the next request', async () => {
    const db = await getDb();
    await db.update(organizations).set({ timeZone: 'Asia/Tokyo' }).where(eq(organizations.id, f.orgB));
    const now = Date.now();
    expect((await loadPrincipal(claimsFor(f.users.otherOrgUser, now), now))?.timeZone).toBe('Asia/Tokyo');
  });
});

describe('page DTOs that show times carry the zone', () => {
  test('admin pages', async () => {
    actAs(f, 'admin');
    expect((await listUsers()).timeZone).toBe('America/New_York');
    expect((await listInvitations()).timeZone).toBe('America/New_York');
    expect((await listSupervision()).timeZone).toBe('America/New_York');
    expect((await getPerson(f.users.therapistA.id)).timeZone).toBe('America/New_York');
    expect((await getClientProfile(f.clients.a)).timeZone).toBe('America/New_York');
  });

  test('clinician pages', async () => {
    actAs(f, 'therapistA');
    expect((await getClientProfile(f.clients.a)).timeZone).toBe('America/New_York');
    expect((await getClientPortalAccess(f.clients.a)).timeZone).toBe('America/New_York');
    expect((await getClientFlagSummary(f.clients.a)).timeZone).toBe('America/New_York');
    expect((await getCarePlan(f.clients.a)).timeZone).toBe('America/New_York');
    // An empty caseload still knows its zone (the dashboard query brings none without rows).
    actAs(f, 'supervisorOfNobody');
    expect((await getCaseloadDashboard()).timeZone).toBe('America/New_York');
  });

  test('the account page, with the last sign-in on the clinic’s clock', async () => {
    const db = await getDb();
    await db
      .update(users)
      .set({ lastLoginAt: new Date('2026-03-01T03:00:00Z') })
      .where(eq(users.id, f.users.clientA.id));
    actAs(f, 'clientA');
    const account = await getAccount();
    expect(account.timeZone).toBe('America/New_York');
    expect(formatDateTime(account.lastLoginAt, account.timeZone)).toBe('28 Feb 2026, 22:00');
  });
});
