import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { clients, flags, users } from '@/db/schema';
import { seedDemoClinic } from '@/lib/demo/demo-clinic';
import { getCheckIn } from '@/lib/data/check-ins';
import { getClientFlagSummary } from '@/lib/data/flags';
import { escalateOverdueRiskFlags } from '@/lib/data/internal/flag-upkeep';
import { getClientProgress } from '@/lib/data/progress';
import { sendMail } from '@/lib/mail';
import { actAsUser } from './fixtures';

vi.mock('@/lib/mail', () => ({ mailTransport: () => 'log', sendMail: vi.fn() }));

let byName: Map<string, string>;

async function userByEmail(email: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return { id: row!.id, organizationId: row!.organizationId, role: row!.role, email: row!.email };
}

beforeAll(async () => {
  const db = await getDb();
  await seedDemoClinic(db);
  const rows = await db.select({ id: clients.id, name: clients.displayName }).from(clients);
  byName = new Map(rows.map((r) => [r.name, r.id]));
}, 60_000);

test('Jordan Ellis has an upcoming session whose check-in is open now', async () => {
  actAsUser(await userByEmail('jordan.ellis@client.example'));
  const page = await getCheckIn();
  expect(page.before).not.toBeNull();
  expect(page.before!.number).toBe(6);
  expect(page.before!.goals.length).toBeGreaterThanOrEqual(1);
  expect(page.crisisContacts.length).toBe(3);
});

test('Hannah Schmidt has an open risk flag that Aisha and Dana see; Benjamin Cohen is not on track', async () => {
  actAsUser(await userByEmail('aisha.rahman@riverside.example'));
  const hannah = await getClientFlagSummary(byName.get('Hannah Schmidt')!);
  expect(hannah.open[0]).toMatchObject({ kind: 'risk', escalatedAt: null });
  expect(hannah.open[0]!.reason).toMatch(/^PHQ-9 item 9 answered 1 \(several days\)/);
  actAsUser(await userByEmail('dana.okafor@riverside.example'));
  expect((await getClientFlagSummary(byName.get('Hannah Schmidt')!)).open.map((f) => f.kind)).toContain('risk');

  actAsUser(await userByEmail('tom.becker@riverside.example'));
  const benjamin = await getClientFlagSummary(byName.get('Benjamin Cohen')!);
  expect(benjamin.open.map((f) => [f.kind, f.reason])).toContainEqual([
    'not-on-track',
    'No progress: rated 5 at session 4, not above the first rating of 5 at session 1, after 4 client ratings.',
  ]);
});

test('the stories are told by the charts, and no seeded session is left without its check-in', async () => {
  actAsUser(await userByEmail('sam.whitfield@riverside.example'));
  const jordan = await getClientProgress(byName.get('Jordan Ellis')!);
  expect(jordan.goals[0]!.points.map((p) => p.client)).toEqual([2, 3, 4, 5, 6]);
  expect(jordan.goals[0]!.change).toMatchObject({ change: 4, reliableImprovement: true });
  const phq9 = jordan.measures.find((m) => m.instrument === 'phq9')!;
  expect(phq9.points.map((p) => p.total)).toEqual([14, 8]);
  expect(phq9.change).toMatchObject({ reliableImprovement: true, recovery: 'recovered' });
  expect(jordan.objectives[0]!.weeks.some((w) => w.done > 0)).toBe(true);

  // Upkeep over the whole clinic finds nothing overdue and nothing to escalate or email.
  await escalateOverdueRiskFlags(new Date());
  expect(sendMail).not.toHaveBeenCalled();
  const db = await getDb();
  const overdue = await db
    .select()
    .from(flags)
    .where(and(eq(flags.kind, 'check-in-overdue'), isNull(flags.acknowledgedAt)));
  expect(overdue).toEqual([]);
});
