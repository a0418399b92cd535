import { eq } from 'drizzle-orm';
import { beforeAll, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { clients, goals, users } from '@/db/schema';
import { seedDemoClinic } from '@/lib/demo/demo-clinic';
import { getCarePlan } from '@/lib/data/care-plan';
import { actAsUser } from './fixtures';
import { expectSummaryInStep } from './goal-fixtures';

/** The demo clinic's goals: every state the product knows, each goal's summary in step with its rows. */

beforeAll(async () => {
  await seedDemoClinic(await getDb());
}, 60_000);

async function asPortalClient(name: string) {
  const db = await getDb();
  const [row] = await db
    .select({ user: users })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.portalUserId))
    .where(eq(clients.displayName, name));
  actAsUser({ id: row!.user.id, organizationId: row!.user.organizationId, role: 'client', email: row!.user.email });
  return getCarePlan();
}

test('every demo goal is in step with its versions, positions and status events', async () => {
  const db = await getDb();
  const all = await db.select({ id: goals.id }).from(goals);
  expect(all.length).toBeGreaterThan(60);
  for (const goal of all) await expectSummaryInStep(goal.id);
});

test('the portal clients show each journey', async () => {
  const jordan = await asPortalClient('Jordan Ellis');
  expect(jordan.waiting.map((item) => item.kind)).toEqual(['changed-goal']);
  expect(jordan.waiting[0]!.title).toBe('Be in bed with the lights off by 11pm on weeknights');
  expect(jordan.plan.status).toBe('needs-re-consent');
  expect(jordan.formulation).not.toBeNull();
  expect(jordan.brainstorm.filter((answer) => answer.answer !== null)).toHaveLength(5);

  const hannah = await asPortalClient('Hannah Schmidt');
  expect(hannah.plan).toMatchObject({ status: 'signed', reviewOverdue: false, goalCount: 3 });
  expect(hannah.plan.current.supervisor?.typedName).toBe('Dana Okafor');
  expect(hannah.goals.map((goal) => goal.lifecycleStatus)).toEqual(['active', 'active', 'active']);

  // Benjamin, Callum and Matilda have signed plans: their therapy sessions tell their stories.
  for (const name of ['Benjamin Cohen', 'Callum Reid', 'Matilda Scott']) {
    const signed = await asPortalClient(name);
    expect(signed.plan.status, name).toBe('signed');
    expect(
      signed.goals.map((goal) => goal.lifecycleStatus),
      name,
    ).toEqual(['active', 'active', 'active']);
  }

  const poppy = await asPortalClient('Poppy Harris');
  expect(poppy.plan).toMatchObject({ status: 'signed', reviewOverdue: true });
  expect(poppy.waiting.map((item) => item.kind)).toEqual(['review']);
});

test('clients without a portal account have goals agreed in session, some waiting, some none', async () => {
  const db = await getDb();
  const rows = await db
    .select({ clientId: goals.clientId, status: goals.lifecycleStatus, agreed: goals.agreed })
    .from(goals);
  const statuses = new Set(rows.map((row) => row.status));
  expect(statuses).toEqual(new Set(['proposed', 'accepted', 'active']));
  const withGoals = new Set(rows.map((row) => row.clientId));
  expect(withGoals.size).toBeGreaterThan(30);
  expect(withGoals.size).toBeLessThan(60);
});
