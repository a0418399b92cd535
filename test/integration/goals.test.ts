import { and, count, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import {
  auditEvents,
  brainstormAnswers,
  goalPositions,
  goals,
  goalStatusEvents,
  goalVersions,
  objectives,
} from '@/db/schema';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { toQualityInput } from '@/lib/domain/goal-form';
import { getBrainstorm, saveBrainstormAnswers } from '@/lib/data/brainstorm';
import { getCarePlan } from '@/lib/data/care-plan';
import { saveFormulation } from '@/lib/data/formulation';
import {
  changeGoalStatus,
  commentOnGoal,
  createGoal,
  getGoal,
  respondToGoal,
  reviseGoal,
  setGoalFocus,
} from '@/lib/data/goals';
import type { GoalView } from '@/lib/data/internal/goal-records';
import { actAs, createFixture, type Fixture } from './fixtures';
import { createGoalAs, expectSummaryInStep, goalInput } from './goal-fixtures';
import { rejection } from './rejection';

let fixture: Fixture;
beforeAll(async () => {
  fixture = await createFixture('goals');
});

async function rowCounts() {
  const db = await getDb();
  const n = async (
    table: typeof goals | typeof goalVersions | typeof goalPositions | typeof goalStatusEvents | typeof objectives,
  ) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    goals: await n(goals),
    versions: await n(goalVersions),
    positions: await n(goalPositions),
    events: await n(goalStatusEvents),
    objectives: await n(objectives),
  };
}

describe('agreeing a goal', () => {
  test('the therapist drafts, the client asks for a change, the therapist revises, both agree', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Go to bed by 10pm every night',
    });
    actAs(fixture, 'clientA');
    let detail = await getGoal(goalId);
    expect(detail.goal.lifecycleStatus).toBe('proposed');
    expect(detail.goal.positionOnCurrent).toEqual({ therapist: 'agree', client: null });
    expect(detail.goal.awaiting).toEqual(['client']);
    await expectSummaryInStep(goalId);

    await respondToGoal({
      goalId,
      versionNumber: 1,
      position: 'wants-changes',
      comment: 'Weekends are different for me',
    });
    await expectSummaryInStep(goalId);
    actAs(fixture, 'therapistA');
    const plan = await getCarePlan(fixture.clients.a);
    expect(plan.waiting).toContainEqual({
      kind: 'changes-requested',
      goalId,
      title: 'Go to bed by 10pm every night',
      comment: 'Weekends are different for me',
    });

    await reviseGoal(
      goalInput({
        goalId,
        expectedVersion: 1,
        wording: 'Go to bed by 10pm on weeknights',
        changeNote: 'Weekends left out, as asked',
      }),
    );
    await expectSummaryInStep(goalId);
    actAs(fixture, 'clientA');
    const portal = await getCarePlan();
    expect(portal.waiting).toContainEqual({
      kind: 'changed-goal',
      goalId,
      title: 'Go to bed by 10pm on weeknights',
      comment: 'Weekends left out, as asked',
    });

    await respondToGoal({ goalId, versionNumber: 2, position: 'agree' });
    detail = await getGoal(goalId);
    expect(detail.goal).toMatchObject({ lifecycleStatus: 'accepted', agreed: true });
    expect(detail.goal.agreedAt).not.toBeNull();
    expect(detail.goal.firstAgreedAt).not.toBeNull();
    expect(detail.goal.current.changedFields).toEqual(['wording']);
    expect(detail.goal.current.previousWording).toBe('Go to bed by 10pm every night');
    expect(detail.goal.positions.map((p) => [p.side, p.position, p.versionNumber])).toEqual([
      ['client', 'agree', 2],
      ['client', 'wants-changes', 1],
    ]);
    await expectSummaryInStep(goalId);
  });

  test('the client proposes, the therapist agrees', async () => {
    const goalId = await createGoalAs(fixture, 'clientA', fixture.clients.a, {
      wording: 'Call my sister every Sunday',
    });
    actAs(fixture, 'therapistA');
    expect((await getCarePlan(fixture.clients.a)).waiting).toContainEqual(
      expect.objectContaining({ kind: 'new-goal', goalId }),
    );
    const result = await respondToGoal({ goalId, versionNumber: 1, position: 'agree' });
    expect(result.agreed).toBe(true);
    await expectSummaryInStep(goalId);
  });

  test('any wording edit reopens an agreed goal; the earlier agreement is kept but no longer counts', async () => {
    const goalId = await createGoalAs(fixture, 'clientA', fixture.clients.a, { wording: 'Swim once a week' });
    actAs(fixture, 'therapistA');
    await respondToGoal({ goalId, versionNumber: 1, position: 'agree' });
    const firstAgreedAt = (await getGoal(goalId)).goal.firstAgreedAt;
    await reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: 'Swim twice a week' }));
    const { goal } = await getGoal(goalId);
    expect(goal).toMatchObject({ lifecycleStatus: 'proposed', agreed: false, agreedAt: null, firstAgreedAt });
    expect(goal.positionOnCurrent).toEqual({ therapist: 'agree', client: null });
    expect(goal.positions).toHaveLength(1);
    await expectSummaryInStep(goalId);
  });

  test('a disagreement is recorded with its comment, and the goal is not agreed', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, { wording: 'Run 5km by June' });
    actAs(fixture, 'clientA');
    await respondToGoal({ goalId, versionNumber: 1, position: 'disagree', comment: 'Running is not for me' });
    const { goal } = await getGoal(goalId);
    expect(goal.latestStated.client).toMatchObject({
      position: 'disagree',
      comment: 'Running is not for me',
      versionNumber: 1,
    });
    expect(goal.agreed).toBe(false);
    await expectSummaryInStep(goalId);
  });
});

describe('status changes', () => {
  test('are events with a reason; illegal ones are refused and change nothing', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Journal three evenings a week',
    });
    actAs(fixture, 'therapistA');
    const before = await rowCounts();
    const completed = await rejection(changeGoalStatus({ goalId, target: 'completed', reason: 'Done' }));
    expect(completed.code).toBe('invalid');
    expect(completed.fieldErrors?.target?.[0]).toMatch(/Cannot complete a proposed goal/);
    const noReason = await rejection(changeGoalStatus({ goalId, target: 'cancelled', reason: '   ' }));
    expect(noReason.fieldErrors?.reason).toBeDefined();
    expect(await rowCounts()).toEqual(before);

    actAs(fixture, 'clientA');
    await respondToGoal({ goalId, versionNumber: 1, position: 'agree' });
    actAs(fixture, 'therapistA');
    await changeGoalStatus({ goalId, target: 'on-hold', reason: 'Pausing while work is busy' });
    let detail = await getGoal(goalId);
    expect(detail.goal.lifecycleStatus).toBe('on-hold');
    expect(detail.goal.inPlan).toBe(false);
    expect(detail.goal.current.number).toBe(1); // not a new version
    expect(detail.goal.statusEvents[0]).toMatchObject({
      fromStatus: 'accepted',
      toStatus: 'on-hold',
      reason: 'Pausing while work is busy',
      userName: 'TherapistA',
    });
    await changeGoalStatus({ goalId, target: 'active', reason: 'Work has calmed down' });
    detail = await getGoal(goalId);
    expect(detail.goal.lifecycleStatus).toBe('accepted'); // back in the plan; active once the plan is signed again
    await expectSummaryInStep(goalId);
  });

  test('only the treating clinician changes status', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Read for 20 minutes a day',
    });
    for (const actor of ['clientA', 'supervisorOfA', 'therapistB', 'admin'] as const) {
      actAs(fixture, actor);
      expect((await rejection(changeGoalStatus({ goalId, target: 'cancelled', reason: 'x' }))).code).toBe('not-found');
    }
  });
});

describe('edits that collide', () => {
  test('a stale edit is refused with the newer text; nothing is overwritten', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Take a lunch break away from my desk',
    });
    actAs(fixture, 'clientA');
    await reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: 'Take a 30-minute lunch break outside' }));
    actAs(fixture, 'therapistA');
    const error = await rejection(
      reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: 'Take lunch away from my desk 3 days a week' })),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/changed while you were editing/);
    expect((error.current as GoalView).current.fields.wording).toBe('Take a 30-minute lunch break outside');
    const db = await getDb();
    const versions = await db
      .select({ number: goalVersions.number, wording: goalVersions.wording })
      .from(goalVersions)
      .where(eq(goalVersions.goalId, goalId));
    expect(versions.sort((a, b) => a.number - b.number)).toEqual([
      { number: 1, wording: 'Take a lunch break away from my desk' },
      { number: 2, wording: 'Take a 30-minute lunch break outside' },
    ]);
  });

  test('a position on a replaced wording is refused with the newer wording', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Meditate for 5 minutes each morning',
    });
    actAs(fixture, 'therapistA');
    await reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: 'Meditate for 10 minutes each morning' }));
    actAs(fixture, 'clientA');
    const error = await rejection(respondToGoal({ goalId, versionNumber: 1, position: 'agree' }));
    expect(error.code).toBe('conflict');
    expect((error.current as GoalView).current.fields.wording).toBe('Meditate for 10 minutes each morning');
    expect((await getGoal(goalId)).goal.agreed).toBe(false);
  });

  test('saving the same wording again is refused: a version always changes something', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Cook dinner at home 4 nights a week',
    });
    actAs(fixture, 'therapistA');
    const error = await rejection(
      reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: 'Cook dinner at home 4 nights a week' })),
    );
    expect(error.code).toBe('invalid');
    expect((await getGoal(goalId)).goal.versions).toHaveLength(1);
  });
});

describe('history', () => {
  test('every past state can be read back exactly, with what changed and who wrote it', async () => {
    const steps: { actor: 'therapistA' | 'clientA'; input: Record<string, unknown> }[] = [
      {
        actor: 'therapistA',
        input: goalInput({
          wording: 'Exercise more',
          confidence: 5,
          measure: '',
          target: '',
          frequency: '',
          objectives: [],
        }),
      },
      {
        actor: 'clientA',
        input: goalInput({
          wording: 'Go for a 30-minute bike ride three times a week',
          confidence: 6,
          measure: '',
          target: '',
          frequency: '',
          objectives: [],
        }),
      },
      {
        actor: 'therapistA',
        input: goalInput({
          wording: 'Go for a 30-minute bike ride three times a week',
          confidence: 8,
          measure: 'Rides a week',
          target: '3',
          frequency: '',
          objectives: [{ description: '30-minute bike ride', timesPerPeriod: 3, period: 'week', durationWeeks: 6 }],
        }),
      },
      {
        actor: 'clientA',
        input: goalInput({
          wording: 'Go for a 30-minute bike ride three times a week',
          confidence: 8,
          measure: 'Rides a week',
          target: '3',
          frequency: '',
          objectives: [],
        }),
      },
    ];
    actAs(fixture, steps[0]!.actor);
    const { id: goalId } = await createGoal({ ...steps[0]!.input, clientId: fixture.clients.a });
    for (const [index, step] of steps.slice(1).entries()) {
      actAs(fixture, step.actor);
      await reviseGoal({ ...step.input, goalId, expectedVersion: index + 1, changeNote: `Step ${index + 2}` });
    }
    actAs(fixture, 'supervisorOfA');
    const { goal } = await getGoal(goalId);
    const oldestFirst = [...goal.versions].reverse();
    expect(oldestFirst.map((v) => [v.number, v.authorSide, v.authorName])).toEqual([
      [1, 'therapist', 'TherapistA'],
      [2, 'client', 'ClientA'],
      [3, 'therapist', 'TherapistA'],
      [4, 'client', 'ClientA'],
    ]);
    for (const [index, version] of oldestFirst.entries()) {
      const input = steps[index]!.input;
      expect(version.fields.wording).toBe(input.wording);
      expect(version.fields.confidence).toBe(input.confidence);
      expect(version.objectives.map((o) => o.description)).toEqual(
        (input.objectives as { description: string }[]).map((o) => o.description),
      );
      // The stored report is exactly what the rules give for that version.
      expect(version.quality).toEqual(
        checkGoalQuality(
          toQualityInput({ ...version.fields, objectives: version.objectives }),
          version.createdAt.slice(0, 10),
        ),
      );
      expect(version.qualityCheckVersion).toBe(QUALITY_CHECK_VERSION);
    }
    expect(oldestFirst.map((v) => v.changedFields)).toEqual([
      [],
      ['wording', 'confidence'],
      ['confidence', 'measure', 'target', 'objectives'],
      ['objectives'],
    ]);
    expect(oldestFirst[3]!.changeNote).toBe('Step 4');
    expect(goal.passesAllSmart).toBe(oldestFirst[3]!.quality.passesAllSmart);
    // The step removed in version 4 is retired, not deleted.
    const db = await getDb();
    const steps3 = await db.select().from(objectives).where(eq(objectives.goalId, goalId));
    expect(steps3).toHaveLength(1);
    expect(steps3[0]!.retiredAt).not.toBeNull();
    await expectSummaryInStep(goalId);
  });

  test('steps keep their ids across versions; edited ones change in place, new ones are added', async () => {
    actAs(fixture, 'therapistA');
    const { id: goalId } = await createGoal(
      goalInput({
        clientId: fixture.clients.a,
        objectives: [{ description: 'Walk 20 minutes', timesPerPeriod: 3, period: 'week' }],
      }),
    );
    const db = await getDb();
    const [first] = await db.select().from(objectives).where(eq(objectives.goalId, goalId));
    await reviseGoal(
      goalInput({
        goalId,
        expectedVersion: 1,
        // As the form's `objectives.0.id`, `objectives.0.description`, … arrive, nested by formAction.
        objectives: [
          { id: first!.id, description: 'Walk 30 minutes', timesPerPeriod: '3', period: 'week' },
          { description: 'Stretch after each walk' },
        ],
      }),
    );
    const rows = await db
      .select()
      .from(objectives)
      .where(and(eq(objectives.goalId, goalId), isNull(objectives.retiredAt)));
    expect(rows.map((r) => [r.description, r.id === first!.id]).sort()).toEqual([
      ['Stretch after each walk', false],
      ['Walk 30 minutes', true],
    ]);
    const { goal } = await getGoal(goalId);
    expect(goal.versions[1]!.objectives[0]).toMatchObject({ id: first!.id, description: 'Walk 20 minutes' });
  });
});

describe('bad input: a clear field error and nothing saved', () => {
  const badGoals: [string, Record<string, unknown>, string][] = [
    ['an empty goal', { wording: '   ' }, 'wording'],
    ['a 5,000-character goal', { wording: 'x'.repeat(5000) }, 'wording'],
    ['a script tag', { wording: '<script>alert(1)</script>' }, 'wording'],
    ['a goal that is not text', { wording: 42 }, 'wording'],
    ['confidence 11', { confidence: 11 }, 'confidence'],
    ['confidence -1', { confidence: '-1' }, 'confidence'],
    ['confidence 7.5', { confidence: '7.5' }, 'confidence'],
    ['a due date in the past', { dueDate: '2020-01-01' }, 'dueDate'],
    ['a due date that is not a date', { dueDate: '2026-02-30' }, 'dueDate'],
    ['an unknown theme', { theme: 'world-peace' }, 'theme'],
    ['an unknown goal type', { goalType: 'vibes' }, 'goalType'],
    ['a value of 201 characters', { value: 'v'.repeat(201) }, 'value'],
    [
      'a step with a count but no period',
      { objectives: [{ description: 'Swim', timesPerPeriod: 2 }] },
      'objectives.0.period',
    ],
    [
      'a step with no description',
      { objectives: [{ description: '', timesPerPeriod: 2, period: 'week' }] },
      'objectives.0.description',
    ],
    [
      'a step 51 times a week',
      { objectives: [{ description: 'Swim', timesPerPeriod: 51, period: 'week' }] },
      'objectives.0.timesPerPeriod',
    ],
    [
      'eleven steps',
      { objectives: Array.from({ length: 11 }, (_, i) => ({ description: `Step ${i}` })) },
      'objectives',
    ],
  ];

  test.each(badGoals)('refuses %s', async (_label, overrides, field) => {
    actAs(fixture, 'therapistA');
    const before = await rowCounts();
    const error = await rejection(createGoal(goalInput({ clientId: fixture.clients.a, ...overrides })));
    expect(error.code).toBe('invalid');
    expect(error.fieldErrors?.[field]?.[0]).toEqual(expect.any(String));
    expect(await rowCounts()).toEqual(before);
  });

  test('the same checks apply to a revision, and the goal is unchanged', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Drink water with every meal',
    });
    actAs(fixture, 'clientA');
    const before = await rowCounts();
    for (const [, overrides, field] of badGoals) {
      const error = await rejection(reviseGoal(goalInput({ goalId, expectedVersion: 1, ...overrides })));
      expect(error.fieldErrors?.[field]?.[0], field).toEqual(expect.any(String));
    }
    expect(await rowCounts()).toEqual(before);
  });

  test("another client's goal id, or one from another organisation, is not found and changes nothing", async () => {
    const otherGoal = await createGoalAs(fixture, 'therapistB', fixture.clients.b, {
      wording: 'Walk the dog every morning',
    });
    const before = await rowCounts();
    for (const actor of ['clientA', 'therapistA', 'otherOrgUser'] as const) {
      actAs(fixture, actor);
      expect(
        (await rejection(reviseGoal(goalInput({ goalId: otherGoal, expectedVersion: 1, wording: 'Hijacked' })))).code,
      ).toBe('not-found');
      expect((await rejection(respondToGoal({ goalId: otherGoal, versionNumber: 1, position: 'agree' }))).code).toBe(
        'not-found',
      );
      expect((await rejection(getGoal(otherGoal))).code).toBe('not-found');
    }
    actAs(fixture, 'clientA');
    expect((await rejection(createGoal(goalInput({ clientId: fixture.clients.b })))).code).toBe('not-found');
    expect(await rowCounts()).toEqual(before);
  });

  test('a position must be one of the three and a comment must be text', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Phone a friend on Fridays',
    });
    actAs(fixture, 'clientA');
    expect(
      (await rejection(respondToGoal({ goalId, versionNumber: 1, position: 'maybe' }))).fieldErrors?.position,
    ).toBeDefined();
    expect(
      (await rejection(respondToGoal({ goalId, versionNumber: 1, position: 'agree', comment: 'c'.repeat(1001) })))
        .fieldErrors?.comment,
    ).toBeDefined();
    expect(
      (await rejection(respondToGoal({ goalId, versionNumber: 'one', position: 'agree' }))).fieldErrors?.versionNumber,
    ).toBeDefined();
  });
});

describe('focus', () => {
  test('the client may focus on up to three goals in their plan', async () => {
    const fx = await createFixture('focus');
    const ids: string[] = [];
    for (const wording of ['Walk at lunch', 'Sleep by 11pm', 'Call a friend weekly', 'Cook twice a week'])
      ids.push(await createGoalAs(fx, 'therapistA', fx.clients.a, { wording }));
    actAs(fx, 'clientA');
    for (const id of ids.slice(0, 3)) await setGoalFocus({ goalId: id, focus: 'true' });
    const error = await rejection(setGoalFocus({ goalId: ids[3], focus: 'true' }));
    expect(error.fieldErrors?.focus?.[0]).toMatch(/up to 3 goals/);
    await setGoalFocus({ goalId: ids[0], focus: 'false' });
    await setGoalFocus({ goalId: ids[3], focus: 'true' });
    expect((await getCarePlan()).focusCount).toBe(3);
    actAs(fx, 'therapistA');
    expect((await rejection(setGoalFocus({ goalId: ids[1], focus: 'false' }))).code).toBe('not-found');
  });
});

describe('supervision', () => {
  test('a supervisor comments on a goal; the therapist sees it, the client does not', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Say no to one extra shift a month',
    });
    actAs(fixture, 'supervisorOfA');
    await commentOnGoal({ goalId, versionNumber: 1, body: 'Worth linking this to the boundaries theme.' });
    actAs(fixture, 'therapistA');
    expect((await getGoal(goalId)).goal.comments.map((c) => [c.body, c.authorName, c.versionNumber])).toEqual([
      ['Worth linking this to the boundaries theme.', 'SupervisorOfA', 1],
    ]);
    actAs(fixture, 'clientA');
    expect((await getGoal(goalId)).goal.comments).toEqual([]);
    expect((await getCarePlan()).goals.every((goal) => goal.comments.length === 0)).toBe(true);
  });

  test('a supervisor reads but never writes goals', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Walk to work twice a week',
    });
    actAs(fixture, 'supervisorOfA');
    expect(
      (await rejection(reviseGoal(goalInput({ goalId, expectedVersion: 1, wording: 'Supervisor edit' })))).code,
    ).toBe('not-found');
    expect((await rejection(respondToGoal({ goalId, versionNumber: 1, position: 'agree' }))).code).toBe('not-found');
    expect((await rejection(createGoal(goalInput({ clientId: fixture.clients.a })))).code).toBe('not-found');
  });
});

describe('formulation', () => {
  test('versioned, refused when stale, hidden from the client until shared', async () => {
    const fx = await createFixture('formulation');
    actAs(fx, 'therapistA');
    const v1 = await saveFormulation({
      clientId: fx.clients.a,
      version: 0,
      presenting: 'Low mood since redundancy',
      protective: 'Close to sister',
    });
    expect(v1.version).toBe(1);
    const stale = await rejection(
      saveFormulation({ clientId: fx.clients.a, version: 0, presenting: 'Second first save' }),
    );
    expect(stale.code).toBe('conflict');
    const v2 = await saveFormulation({
      clientId: fx.clients.a,
      version: 1,
      presenting: 'Low mood since redundancy in March',
      protective: 'Close to sister',
    });
    expect(v2.history.map((h) => [h.version, h.fields.presenting])).toEqual([
      [2, 'Low mood since redundancy in March'],
      [1, 'Low mood since redundancy'],
    ]);
    expect((await rejection(saveFormulation({ clientId: fx.clients.a, version: 1, presenting: 'Stale' }))).code).toBe(
      'conflict',
    );

    actAs(fx, 'supervisorOfA');
    expect((await getCarePlan(fx.clients.a)).formulation?.presenting).toBe('Low mood since redundancy in March');
    expect((await rejection(saveFormulation({ clientId: fx.clients.a, version: 2, presenting: 'x' }))).code).toBe(
      'not-found',
    );
    actAs(fx, 'clientA');
    expect((await getCarePlan()).formulation).toBeNull();

    actAs(fx, 'therapistA');
    await saveFormulation({
      clientId: fx.clients.a,
      version: 2,
      presenting: 'Low mood since redundancy in March',
      protective: 'Close to sister',
      sharedWithClient: 'on',
    });
    actAs(fx, 'clientA');
    const shared = (await getCarePlan()).formulation;
    expect(shared?.protective).toBe('Close to sister');
    expect(shared?.history).toEqual([]);
  });

  test('bad formulation input is refused', async () => {
    actAs(fixture, 'therapistA');
    expect(
      (await rejection(saveFormulation({ clientId: fixture.clients.a, version: 0, presenting: 'p'.repeat(4001) })))
        .fieldErrors?.presenting,
    ).toBeDefined();
    expect(
      (
        await rejection(
          saveFormulation({ clientId: fixture.clients.a, version: 0, protective: '<img src=x onerror=alert(1)>' }),
        )
      ).fieldErrors?.protective,
    ).toBeDefined();
  });
});

describe('brainstorm', () => {
  test('the client answers; only changed answers are added; the therapist reads them; an answer becomes a goal', async () => {
    const fx = await createFixture('brainstorm');
    actAs(fx, 'clientA');
    let answers = await saveBrainstormAnswers({
      changes: 'Sleep through the night',
      'going-well': 'My job',
      'tired-of': '',
      'bucket-list': 'See the northern lights',
      'prompted-therapy': 'Panic attacks at work',
    });
    expect(answers.filter((a) => a.answer !== null)).toHaveLength(4);
    answers = await saveBrainstormAnswers({
      changes: 'Sleep through the night',
      'going-well': '',
      'bucket-list': 'See the northern lights',
      'prompted-therapy': 'Panic attacks at work',
    });
    expect(answers.find((a) => a.prompt === 'going-well')?.answer).toBeNull();
    const db = await getDb();
    const rows = await db.select().from(brainstormAnswers).where(eq(brainstormAnswers.clientId, fx.clients.a));
    expect(rows).toHaveLength(5); // four answers, then one cleared: the old answer is kept

    const fromAnswer = answers.find((a) => a.prompt === 'changes')!;
    const { id } = await createGoal(
      goalInput({ wording: fromAnswer.answer, fromBrainstormAnswerId: fromAnswer.answerId }),
    );
    const [goal] = await db.select().from(goals).where(eq(goals.id, id));
    expect(goal).toMatchObject({ fromBrainstormAnswerId: fromAnswer.answerId, createdBySide: 'client' });

    actAs(fx, 'therapistA');
    expect((await getBrainstorm(fx.clients.a)).find((a) => a.prompt === 'prompted-therapy')?.answer).toBe(
      'Panic attacks at work',
    );
    expect((await getCarePlan(fx.clients.a)).brainstorm.find((a) => a.prompt === 'bucket-list')?.answer).toBe(
      'See the northern lights',
    );
    expect((await rejection(saveBrainstormAnswers({ changes: 'Therapist words' }))).code).toBe('not-found');

    // Another client's answer cannot seed a goal.
    actAs(fx, 'clientB');
    expect((await rejection(createGoal(goalInput({ fromBrainstormAnswerId: fromAnswer.answerId })))).code).toBe(
      'not-found',
    );
    expect((await rejection(saveBrainstormAnswers({ changes: 'a'.repeat(2001) }))).fieldErrors?.changes).toBeDefined();
  });
});

describe('audit', () => {
  test('goal writes are audited by id, never with the goal text', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'A very private goal wording',
    });
    actAs(fixture, 'clientA');
    await respondToGoal({ goalId, versionNumber: 1, position: 'agree', comment: 'A private comment' });
    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.entityId, goalId));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['goal.create', 'goal.respond']));
    expect(JSON.stringify(events)).not.toMatch(/private/);
  });
});

describe('a client without a portal account', () => {
  test('the treating clinician records the answer they gave in session, marked as recorded by them', async () => {
    const goalId = await createGoalAs(fixture, 'supervisorOfA', fixture.clients.supervisorOwn, {
      wording: 'Take the stairs at work every day',
    });
    actAs(fixture, 'supervisorOfA');
    expect((await getGoal(goalId)).canRecordForClient).toBe(true);
    const result = await respondToGoal({ goalId, versionNumber: 1, position: 'agree', onBehalfOfClient: 'on' });
    expect(result.agreed).toBe(true);
    const { goal } = await getGoal(goalId);
    expect(goal.latestStated.client).toMatchObject({ position: 'agree', recordedBy: 'SupervisorOfA' });
    await expectSummaryInStep(goalId);
  });

  test('a client with a portal account always answers for themselves', async () => {
    const goalId = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
      wording: 'Eat breakfast before work',
    });
    actAs(fixture, 'therapistA');
    expect((await getGoal(goalId)).canRecordForClient).toBe(false);
    const error = await rejection(
      respondToGoal({ goalId, versionNumber: 1, position: 'agree', onBehalfOfClient: 'on' }),
    );
    expect(error.fieldErrors?.position?.[0]).toMatch(/in the portal/);
    actAs(fixture, 'clientA');
    expect(
      (await rejection(respondToGoal({ goalId, versionNumber: 1, position: 'agree', onBehalfOfClient: 'on' }))).code,
    ).toBe('not-found');
    expect((await getGoal(goalId)).goal.positions).toEqual([]);
  });
});
