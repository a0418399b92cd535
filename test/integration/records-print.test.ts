import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { auditEvents, checkIns, flags, gasScales, goalRatings, measureResponses, therapySessions } from '@/db/schema';
import { planDocumentHtml } from '@/components/print/plan-document';
import { recordDocumentHtml } from '@/components/print/record-document';
import { signPlan } from '@/lib/data/care-plan';
import { exportMyRecord } from '@/lib/data/client-record';
import { EXPORT_LIMITS } from '@/lib/data/internal/export-limits';
import { AppError } from '@/lib/errors';
import { reviseGoal } from '@/lib/data/goals';
import { getPrintablePlan } from '@/lib/data/plan-print';
import { saveFormulation } from '@/lib/data/formulation';
import { actAs, createFixture, type Fixture } from './fixtures';
import { agreeToEverything, createGoalAs, currentPlanHash, currentVersionNumber, goalInput } from './goal-fixtures';
import { addFlag, addTherapySession, fromNow, HOUR } from './sessions-fixtures';
import { rejection } from './rejection';

/*
 * The printable plan and the client's own copy (issue 12, ADR 0018): a signed version prints as
 * it was signed, a version of another client is refused like a stranger's record, and nothing
 * staff-only ever reaches the client's copy.
 */

const PRIVATE_NOTE = 'PRIVATE-SESSION-NOTE: worried about her relationship with her mother';
const FLAG_NOTE = 'FLAG-ACK-NOTE: called the client, safety plan reviewed';
const GAS_TEXT = 'GAS-LEVEL-TEXT: five rides a week';
const FIRST_WORDING = 'Go to bed by 11pm on weeknights';
const SECOND_WORDING = 'Go to bed by 11:30pm on weeknights';

let fx: Fixture;
let goalId: string;
let firstVersionId: string;

async function signAs(actor: 'clientA' | 'therapistA', name: string) {
  actAs(fx, actor);
  return signPlan({
    clientId: fx.clients.a,
    planHash: await currentPlanHash(fx.clients.a),
    typedName: name,
    shortfallReason: 'One goal is right for now',
  });
}

beforeAll(async () => {
  fx = await createFixture('print');
  const db = await getDb();
  goalId = await createGoalAs(fx, 'therapistA', fx.clients.a, { wording: FIRST_WORDING });
  actAs(fx, 'therapistA');
  await saveFormulation({
    clientId: fx.clients.a,
    version: 0,
    presenting: 'Tired all the time',
    sharedWithClient: 'on',
  });
  await agreeToEverything(fx, fx.clients.a, { client: 'clientA', therapist: 'therapistA' });
  await signAs('clientA', 'ClientA');
  await signAs('therapistA', 'TherapistA');
  actAs(fx, 'therapistA');
  firstVersionId = (await getPrintablePlan({ clientId: fx.clients.a })).signedVersions[0]!.id;
  // Then the wording changes: the current plan is no longer the signed one.
  await reviseGoal(
    goalInput({
      clientId: fx.clients.a,
      goalId,
      expectedVersion: await currentVersionNumber(goalId),
      wording: SECOND_WORDING,
      changeNote: 'Later is more realistic',
    }),
  );

  // Staff-only content around one attended session with a sent check-in.
  const sessionId = await addTherapySession(
    fx.orgA,
    fx.clients.a,
    fx.users.therapistA.id,
    fromNow(-3 * HOUR),
    'attended',
  );
  await db.update(therapySessions).set({ privateNote: PRIVATE_NOTE }).where(eq(therapySessions.id, sessionId));
  const flagId = await addFlag(fx.orgA, fx.clients.a, 'risk');
  await db
    .update(flags)
    .set({ acknowledgedAt: new Date(), acknowledgedBy: fx.users.therapistA.id, acknowledgementNote: FLAG_NOTE })
    .where(eq(flags.id, flagId));
  await db.insert(gasScales).values({
    organizationId: fx.orgA,
    clientId: fx.clients.a,
    goalId,
    version: 1,
    levelMinus2: 'None',
    levelMinus1: 'One',
    level0: 'Three',
    levelPlus1: 'Four',
    levelPlus2: GAS_TEXT,
    createdBy: fx.users.therapistA.id,
  });
  const [checkIn] = await db
    .insert(checkIns)
    .values({
      organizationId: fx.orgA,
      clientId: fx.clients.a,
      therapySessionId: sessionId,
      kind: 'before',
      status: 'submitted',
      submittedAt: new Date(),
    })
    .returning({ id: checkIns.id });
  const [current] = await db
    .select({ id: therapySessions.id })
    .from(therapySessions)
    .where(eq(therapySessions.id, sessionId));
  const goalVersion = (await getPrintablePlan({ clientId: fx.clients.a })).goals[0]!;
  expect(goalVersion.wording).toBe(SECOND_WORDING);
  const { goalVersions } = await import('@/db/schema');
  const [latestVersion] = await db
    .select({ id: goalVersions.id })
    .from(goalVersions)
    .where(and(eq(goalVersions.goalId, goalId), eq(goalVersions.number, 2)));
  await db.insert(goalRatings).values([
    {
      organizationId: fx.orgA,
      clientId: fx.clients.a,
      goalId,
      goalVersionId: latestVersion!.id,
      therapySessionId: current!.id,
      side: 'client',
      checkInId: checkIn!.id,
      progress: 6,
      clarity: 4,
      ratedBy: fx.users.clientA.id,
    },
    {
      organizationId: fx.orgA,
      clientId: fx.clients.a,
      goalId,
      goalVersionId: latestVersion!.id,
      therapySessionId: current!.id,
      side: 'therapist',
      progress: 2,
      ratedBy: fx.users.therapistA.id,
    },
  ]);
  await db.insert(measureResponses).values({
    organizationId: fx.orgA,
    clientId: fx.clients.a,
    therapySessionId: sessionId,
    checkInId: checkIn!.id,
    instrument: 'phq9',
    answers: [1, 1, 1, 1, 1, 1, 1, 1, 0],
    complete: true,
    total: 8,
    band: 'mild',
    isDraft: false,
    submittedAt: new Date(),
  });
});

async function audited(
  actor: 'therapistA' | 'therapistB' | 'clientA',
  action: string,
  outcome: 'allowed' | 'denied',
): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.actorUserId, fx.users[actor].id),
        eq(auditEvents.action, action),
        eq(auditEvents.outcome, outcome),
      ),
    );
  return row!.n;
}

describe('the printable plan', () => {
  test('an earlier signed version prints as it was signed; the current plan prints as it stands', async () => {
    actAs(fx, 'therapistA');
    const signed = await getPrintablePlan({ clientId: fx.clients.a, version: firstVersionId });
    expect(signed.signed).toBe(true);
    expect(signed.goals.map((g) => g.wording)).toEqual([FIRST_WORDING]);
    expect(signed.signatures.map((s) => [s.role, s.typedName])).toEqual([
      ['client', 'ClientA'],
      ['therapist', 'TherapistA'],
    ]);
    expect(signed.signatures.every((s) => s.planHash === signed.planHash)).toBe(true);
    expect(signed.nextReviewDate).not.toBeNull();
    expect(signed.formulation?.presenting).toBe('Tired all the time');
    expect(signed.goals[0]!.agreed.map((a) => a.side)).toEqual(['client', 'therapist']);
    // The GAS scale was written after the signing: not part of that version.
    expect(signed.goals[0]!.gas).toBeNull();

    const current = await getPrintablePlan({ clientId: fx.clients.a });
    expect(current.signed).toBe(false);
    expect(current.goals.map((g) => g.wording)).toEqual([SECOND_WORDING]);
    expect(current.goals[0]!.gas?.find((l) => l.level === 2)?.text).toBe(GAS_TEXT);

    const html = planDocumentHtml(signed);
    expect(html).toContain(FIRST_WORDING);
    expect(html).toContain('TherapistA');
    expect(html).toContain(signed.planHash);
  });

  test('the client’s copy of the plan leaves out the goal attainment scale', async () => {
    actAs(fx, 'clientA');
    const mine = await getPrintablePlan({});
    expect(mine.audience).toBe('client');
    expect(mine.goals[0]!.gas).toBeNull();
    expect(planDocumentHtml(mine)).not.toContain(GAS_TEXT);
  });

  test('a signed version of another client, or of nobody, is not found, generates nothing and is audited', async () => {
    actAs(fx, 'therapistB');
    const deniedBefore = await audited('therapistB', 'plan.print', 'denied');
    // Therapist B treats client B and names A's version with B's client id.
    expect(
      (await rejection(getPrintablePlan({ clientId: fx.clients.b, version: firstVersionId, format: 'pdf' }))).code,
    ).toBe('not-found');
    expect(await audited('therapistB', 'plan.print', 'denied')).toBe(deniedBefore + 1);
    expect(await audited('therapistB', 'plan.print', 'allowed')).toBe(0);

    actAs(fx, 'therapistA');
    const missing = await rejection(
      getPrintablePlan({ clientId: fx.clients.a, version: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(missing.code).toBe('not-found');
    // A foreign client id is refused the same way.
    expect((await rejection(getPrintablePlan({ clientId: fx.clients.other }))).message).toBe(missing.message);
  });

  test('PDF exports are counted per person and refused over the limit, with the refusal audited', async () => {
    actAs(fx, 'therapistA');
    for (let i = 0; i < EXPORT_LIMITS['plan-pdf'].points; i++)
      await getPrintablePlan({ clientId: fx.clients.a, format: 'pdf' });
    const refused = await getPrintablePlan({ clientId: fx.clients.a, format: 'pdf' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(await audited('therapistA', 'export.limited', 'denied')).toBe(1);
    // The print page itself is not an export: still open.
    await expect(getPrintablePlan({ clientId: fx.clients.a })).resolves.toMatchObject({ audience: 'staff' });
  });
});

describe('the client’s own copy of their record', () => {
  test('holds their goals with history, their check-ins and scores and their signed plans', async () => {
    actAs(fx, 'clientA');
    const record = await exportMyRecord();
    expect(record.goals[0]!.versions.map((v) => v.wording)).toEqual([FIRST_WORDING, SECOND_WORDING]);
    expect(record.checkIns).toHaveLength(1);
    expect(record.checkIns[0]!.ratings).toEqual([{ goalWording: SECOND_WORDING, progress: 6, clarity: 4 }]);
    expect(record.checkIns[0]!.scores).toEqual([{ instrument: 'phq9', total: 8 }]);
    expect(record.signedPlans).toHaveLength(1);
    expect(record.signedPlans[0]!.goals).toEqual([FIRST_WORDING]);
    expect(await audited('clientA', 'record.export', 'allowed')).toBeGreaterThan(0);
  });

  test('never holds private session notes, flags, flag notes, therapist ratings or GAS scales', async () => {
    actAs(fx, 'clientA');
    const record = await exportMyRecord();
    const everything = JSON.stringify(record) + recordDocumentHtml(record);
    for (const secret of [PRIVATE_NOTE, FLAG_NOTE, GAS_TEXT, 'Test flag.']) expect(everything).not.toContain(secret);
    // The therapist's rating of 2 is not among the client's ratings.
    expect(record.checkIns.flatMap((c) => c.ratings.map((r) => r.progress))).toEqual([6]);
  });

  test('only the client themself may take it', async () => {
    actAs(fx, 'therapistA');
    expect((await rejection(exportMyRecord())).code).toBe('not-found');
  });
});
