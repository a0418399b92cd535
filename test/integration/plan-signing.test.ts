import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { goals, organizations, planSignatures } from '@/db/schema';
import { calendarDateIn, toIsoDate, addCalendarDays } from '@/lib/time/local-date';
import { getCarePlan, signPlan } from '@/lib/data/care-plan';
import { respondToGoal, reviseGoal } from '@/lib/data/goals';
import { actAs, createFixture, type Fixture } from './fixtures';
import {
  agreeToEverything,
  createGoalAs,
  currentPlanHash,
  expectSummaryInStep,
  goalInput,
  goalsOf,
} from './goal-fixtures';
import { rejection } from './rejection';

const SIDES = { client: 'clientA', therapist: 'therapistA' } as const;

/** A fresh organisation with client A's plan of three goals (two by the therapist, one by the client). */
async function planOfThree(label: string): Promise<{ fx: Fixture; goalIds: string[] }> {
  const fx = await createFixture(label);
  const goalIds = [
    await createGoalAs(fx, 'therapistA', fx.clients.a, { wording: 'Go to bed by 11pm on weeknights' }),
    await createGoalAs(fx, 'therapistA', fx.clients.a, { wording: 'Walk for 30 minutes three times a week' }),
    await createGoalAs(fx, 'clientA', fx.clients.a, { wording: 'Call my sister every Sunday' }),
  ];
  return { fx, goalIds };
}

async function sign(
  fx: Fixture,
  actor: 'clientA' | 'therapistA' | 'supervisorOfA',
  name: string,
  extra: Record<string, unknown> = {},
) {
  actAs(fx, actor);
  return signPlan({ clientId: fx.clients.a, planHash: await currentPlanHash(fx.clients.a), typedName: name, ...extra });
}

describe('signing a plan', () => {
  test('only when every goal is agreed; then both sign the same version and its goals become active', async () => {
    const { fx, goalIds } = await planOfThree('sign');
    const refused = await rejection(sign(fx, 'therapistA', 'TherapistA'));
    expect(refused.code).toBe('invalid');
    expect(refused.message).toMatch(/not agreed yet/);

    await agreeToEverything(fx, fx.clients.a, SIDES);
    actAs(fx, 'therapistA');
    expect((await getCarePlan(fx.clients.a)).plan).toMatchObject({
      status: 'ready-to-sign',
      canSign: true,
      blockers: [],
    });
    actAs(fx, 'clientA');
    expect((await getCarePlan()).waiting).toContainEqual({ kind: 'sign', goalId: null, title: null, comment: null });

    expect(await sign(fx, 'clientA', '  clienta ')).toMatchObject({ role: 'client', completed: false });
    expect((await getCarePlan()).plan.standing).toEqual({ status: 'partly-signed', waitingFor: 'therapist' });
    expect((await rejection(sign(fx, 'clientA', 'ClientA'))).message).toMatch(/already signed/);

    expect(await sign(fx, 'therapistA', 'TherapistA')).toMatchObject({ role: 'therapist', completed: true });
    actAs(fx, 'therapistA');
    const { plan } = await getCarePlan(fx.clients.a);
    expect(plan.status).toBe('signed');
    expect(plan.current.client?.typedName).toBe('clienta');
    expect(plan.current.therapist?.typedName).toBe('TherapistA');
    const today = calendarDateIn(new Date(), 'Europe/London');
    expect(plan.nextReviewDate).toBe(toIsoDate(addCalendarDays(today, 90)));
    expect(plan.reviewOverdue).toBe(false);
    for (const goal of await goalsOf(fx.clients.a)) expect(goal.lifecycleStatus).toBe('active');
    for (const id of goalIds) await expectSummaryInStep(id);

    // The supervisor co-signs the same version, once.
    expect(await sign(fx, 'supervisorOfA', 'SupervisorOfA')).toMatchObject({ role: 'supervisor' });
    expect((await rejection(sign(fx, 'supervisorOfA', 'SupervisorOfA'))).message).toMatch(/already co-signed/);
    actAs(fx, 'therapistA');
    expect((await getCarePlan(fx.clients.a)).plan.current.supervisor?.userName).toBe('SupervisorOfA');
  });

  test('a supervisor co-signs only once both have signed', async () => {
    const { fx } = await planOfThree('cosign-early');
    await agreeToEverything(fx, fx.clients.a, SIDES);
    expect((await rejection(sign(fx, 'supervisorOfA', 'SupervisorOfA'))).message).toMatch(/both sign the plan first/);
  });

  test('the typed name must be the signer’s own; a stale plan is refused; nothing is signed', async () => {
    const { fx } = await planOfThree('sign-bad');
    await agreeToEverything(fx, fx.clients.a, SIDES);
    const wrongName = await rejection(sign(fx, 'clientA', 'Someone Else'));
    expect(wrongName.fieldErrors?.typedName?.[0]).toMatch(/ClientA/);
    const badHash = await rejection(signPlan({ clientId: fx.clients.a, planHash: 'nope', typedName: 'ClientA' }));
    expect(badHash.fieldErrors?.planHash).toBeDefined();
    actAs(fx, 'clientA');
    const stale = await rejection(signPlan({ planHash: 'a'.repeat(64), typedName: 'ClientA' }));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/plan changed while you were reading it/);
    const db = await getDb();
    expect(await db.select().from(planSignatures).where(eq(planSignatures.clientId, fx.clients.a))).toEqual([]);
  });

  test('a plan below the minimum needs a stated reason, which is kept with the signature', async () => {
    const fx = await createFixture('short');
    await createGoalAs(fx, 'therapistA', fx.clients.a, { wording: 'Go to bed by 11pm on weeknights' });
    await agreeToEverything(fx, fx.clients.a, SIDES);
    const refused = await rejection(sign(fx, 'therapistA', 'TherapistA'));
    expect(refused.fieldErrors?.shortfallReason?.[0]).toMatch(/fewer than 3 goals/);
    await sign(fx, 'therapistA', 'TherapistA', { shortfallReason: 'Sleep first; we add more goals next month' });
    // The client signs the same version without restating it: the reason is on file.
    expect(await sign(fx, 'clientA', 'ClientA')).toMatchObject({ completed: true });
    actAs(fx, 'clientA');
    const { plan } = await getCarePlan();
    expect(plan).toMatchObject({
      status: 'signed',
      belowMinimum: true,
      shortfallReasonOnFile: 'Sleep first; we add more goals next month',
    });
  });

  test('the organisation’s minimum and review cadence apply', async () => {
    const fx = await createFixture('settings');
    const db = await getDb();
    await db
      .update(organizations)
      .set({ settings: { minimumGoalsPerPlan: 1, reviewCadenceDays: 30 }, timeZone: 'Pacific/Auckland' })
      .where(eq(organizations.id, fx.orgA));
    await createGoalAs(fx, 'therapistA', fx.clients.a, { wording: 'Go to bed by 11pm on weeknights' });
    await agreeToEverything(fx, fx.clients.a, SIDES);
    await sign(fx, 'therapistA', 'TherapistA');
    await sign(fx, 'clientA', 'ClientA');
    actAs(fx, 'clientA');
    const { plan } = await getCarePlan();
    expect(plan.belowMinimum).toBe(false);
    expect(plan.nextReviewDate).toBe(toIsoDate(addCalendarDays(calendarDateIn(new Date(), 'Pacific/Auckland'), 30)));
  });
});

describe('after signing', () => {
  test('a re-worded goal puts the plan in "needs re-consent" until both agree and sign again', async () => {
    const { fx, goalIds } = await planOfThree('reconsent');
    await agreeToEverything(fx, fx.clients.a, SIDES);
    await sign(fx, 'clientA', 'ClientA');
    await sign(fx, 'therapistA', 'TherapistA');
    actAs(fx, 'therapistA');
    await reviseGoal(
      goalInput({ goalId: goalIds[1], expectedVersion: 1, wording: 'Walk for 30 minutes four times a week' }),
    );
    let plan = (await getCarePlan(fx.clients.a)).plan;
    expect(plan.status).toBe('needs-re-consent');
    expect(plan.canSign).toBe(false);
    actAs(fx, 'clientA');
    const portal = await getCarePlan();
    expect(portal.waiting.map((w) => w.kind)).toEqual(['changed-goal']);
    await respondToGoal({ goalId: goalIds[1], versionNumber: 2, position: 'agree' });
    expect((await getCarePlan()).waiting.map((w) => w.kind)).toEqual(['re-consent']);
    await sign(fx, 'clientA', 'ClientA');
    // One standing for both pages: still needing re-consent, and now waiting for the therapist.
    expect((await getCarePlan()).plan.standing).toEqual({ status: 'needs-re-consent', waitingFor: 'therapist' });
    actAs(fx, 'therapistA');
    expect((await getCarePlan(fx.clients.a)).plan.standing).toEqual({
      status: 'needs-re-consent',
      waitingFor: 'therapist',
    });
    await sign(fx, 'therapistA', 'TherapistA');
    actAs(fx, 'clientA');
    plan = (await getCarePlan()).plan;
    expect(plan.standing).toEqual({ status: 'signed', waitingFor: null });
    expect((await goalsOf(fx.clients.a)).map((g) => g.lifecycleStatus)).toEqual(['active', 'active', 'active']);
    for (const id of goalIds) await expectSummaryInStep(id);
  });

  test('a new goal after signing also needs re-consent', async () => {
    const { fx } = await planOfThree('newgoal');
    await agreeToEverything(fx, fx.clients.a, SIDES);
    await sign(fx, 'clientA', 'ClientA');
    await sign(fx, 'therapistA', 'TherapistA');
    await createGoalAs(fx, 'clientA', fx.clients.a, { wording: 'Join a choir by September' });
    actAs(fx, 'therapistA');
    expect((await getCarePlan(fx.clients.a)).plan.status).toBe('needs-re-consent');
  });

  test('a plan past its review date is flagged; a review is both signing again, which sets the next date', async () => {
    const { fx } = await planOfThree('review');
    await agreeToEverything(fx, fx.clients.a, SIDES);
    await sign(fx, 'clientA', 'ClientA');
    await sign(fx, 'therapistA', 'TherapistA');
    const db = await getDb();
    await db
      .update(planSignatures)
      .set({ nextReviewDate: '2020-01-31' })
      .where(and(eq(planSignatures.clientId, fx.clients.a), isNotNull(planSignatures.nextReviewDate)));
    actAs(fx, 'therapistA');
    let view = await getCarePlan(fx.clients.a);
    expect(view.plan).toMatchObject({ status: 'signed', reviewOverdue: true, nextReviewDate: '2020-01-31' });
    expect(view.waiting.map((w) => w.kind)).toEqual(['review']);

    await sign(fx, 'therapistA', 'TherapistA');
    view = await getCarePlan(fx.clients.a);
    expect(view.plan.reviewOverdue).toBe(true); // half a review is not a review
    actAs(fx, 'clientA');
    expect((await getCarePlan()).waiting.map((w) => w.kind)).toEqual(['review']);
    expect(await sign(fx, 'clientA', 'ClientA')).toMatchObject({ completed: true });
    view = await getCarePlan();
    expect(view.plan.reviewOverdue).toBe(false);
    expect(view.plan.nextReviewDate! > '2020-01-31').toBe(true);
    expect(view.waiting).toEqual([]);
  });

  test('the client and the therapist signing at the same moment complete the plan exactly once', async () => {
    const { fx } = await planOfThree('race');
    await agreeToEverything(fx, fx.clients.a, SIDES);
    const hash = await currentPlanHash(fx.clients.a);
    // Each call reads who is asking when it starts, so start them one after the other without awaiting.
    actAs(fx, 'clientA');
    const byClient = signPlan({ planHash: hash, typedName: 'ClientA' });
    actAs(fx, 'therapistA');
    const byTherapist = signPlan({ clientId: fx.clients.a, planHash: hash, typedName: 'TherapistA' });
    const results = await Promise.all([byClient, byTherapist]);
    expect(results.filter((r) => r.completed)).toHaveLength(1);
    const db = await getDb();
    const completing = await db
      .select()
      .from(planSignatures)
      .where(and(eq(planSignatures.clientId, fx.clients.a), isNotNull(planSignatures.nextReviewDate)));
    expect(completing).toHaveLength(1);
    expect(
      (await db.select().from(goals).where(eq(goals.clientId, fx.clients.a))).every(
        (g) => g.lifecycleStatus === 'active',
      ),
    ).toBe(true);
  });
});
