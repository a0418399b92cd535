import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { exportAuditLog, listAuditEvents } from '@/lib/data/audit-log';
import { getCarePlan } from '@/lib/data/care-plan';
import { saveBeforeCheckIn } from '@/lib/data/check-ins';
import { acknowledgeFlag, getClientFlagSummary } from '@/lib/data/flags';
import { actAs, createFixture, type Fixture } from './fixtures';
import { addSessionsSetup, type SessionsFixture } from './sessions-fixtures';

vi.mock('@/lib/mail', () => ({
  mailTransport: () => 'log',
  sendMail: vi.fn().mockResolvedValue({ delivered: 'log' }),
}));

/*
 * Admins read the audit log (and export it) but never clinical information: a check-in that
 * raised a risk flag is recorded with riskFlagsRaised, and the flag's acknowledgement with its
 * kind; the admin's page and CSV show neither, while operational details stay.
 */

let f: Fixture;
let sx: SessionsFixture;

beforeAll(async () => {
  f = await createFixture('audit-privacy');
  sx = await addSessionsSetup(f);
  // Client A checks in with PHQ-9 item 9 answered 2: a risk flag is raised at once.
  actAs(f, 'clientA');
  await saveBeforeCheckIn({
    therapySessionId: sx.startedA,
    intent: 'submit',
    goals: sx.goalsA.map((goalId) => ({ goalId, progress: 5, clarity: 4 })),
    phq9: [1, 1, 0, 2, 0, 1, 0, 0, 2],
    gad7: [1, 1, 1, 0, 0, 1, 0],
    ors: [6, 5.5, 7, 6.2],
  });
  actAs(f, 'therapistA');
  const { open } = await getClientFlagSummary(f.clients.a);
  await acknowledgeFlag({
    flagId: open.find((flag) => flag.kind === 'risk')!.id,
    note: 'Called the client; safety plan reviewed.',
  });
  // A refusal, whose reason an admin does need to see.
  actAs(f, 'admin');
  await getCarePlan(f.clients.a).catch(() => undefined);
});

test('the stored events do hold the clinical details (so hiding them is the audit log’s doing)', async () => {
  const db = await getDb();
  const [submitted] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, f.orgA), eq(auditEvents.action, 'check-in.submit')));
  expect(submitted?.details).toMatchObject({ riskFlagsRaised: 1, status: 'submitted' });
  const [acknowledged] = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, f.orgA), eq(auditEvents.action, 'flag.acknowledge')));
  expect(acknowledged?.details).toMatchObject({ kind: 'risk' });
});

describe('an admin reading the audit log', () => {
  test('sees that the check-in and the acknowledgement happened, not what they said', async () => {
    actAs(f, 'admin');
    const submits = await listAuditEvents({ action: 'check-in.submit' });
    expect(submits.rows).toHaveLength(1);
    expect(submits.rows[0]!.details).toEqual({});
    const acknowledgements = await listAuditEvents({ action: 'flag.acknowledge' });
    expect(acknowledgements.rows).toHaveLength(1);
    expect(acknowledgements.rows[0]!.details).toEqual({});
  });

  test('still sees operational details: sizes of lists, refusal reasons', async () => {
    actAs(f, 'admin');
    await listAuditEvents({});
    const views = await listAuditEvents({ action: 'audit.view' });
    expect(Object.keys(views.rows[0]!.details).sort()).toEqual(['page', 'rows']);
    const refused = await listAuditEvents({ action: 'plan.read', outcome: 'denied' });
    expect(refused.rows.map((row) => row.details)).toEqual([{ reason: 'no-clinical-relationship' }]);
  });

  test('exports no clinical detail either', async () => {
    actAs(f, 'admin');
    const exported = await exportAuditLog({});
    const table: string[][] = parse(exported.csv);
    const [header, ...rows] = table;
    const details = header!.indexOf('details');
    const action = header!.indexOf('action');
    const cellOf = (name: string) => rows.filter((row) => row[action] === name).map((row) => row[details]);
    expect(cellOf('check-in.submit')).toEqual(['']);
    expect(cellOf('flag.acknowledge')).toEqual(['']);
    expect(cellOf('plan.read')).toContain('reason=no-clinical-relationship');
    const keysOf = (cell: string | undefined) =>
      (cell ?? '')
        .split('; ')
        .map((pair) => pair.split('=')[0])
        .sort();
    expect(cellOf('audit.view').map(keysOf)).toContainEqual(['page', 'rows']);
    expect(exported.csv).not.toMatch(/riskFlagsRaised|kind=|status=/);
  });
});
