import { describe, expect, it } from 'vitest';

import { planHash } from './plan-hash';
import { type PlanSignature, type PlanStateGoal, type PlanStateInput, planStanding, planState } from './plan-state';

const sleep: PlanStateGoal = {
  goalId: 'g-sleep',
  title: 'Sleep',
  status: 'accepted',
  agreed: true,
  currentVersionId: 'v1',
};
const walk: PlanStateGoal = {
  goalId: 'g-walk',
  title: 'Walk',
  status: 'accepted',
  agreed: true,
  currentVersionId: 'v1',
};
const speak: PlanStateGoal = {
  goalId: 'g-speak',
  title: 'Speak up',
  status: 'accepted',
  agreed: true,
  currentVersionId: 'v1',
};

const threeGoalHash = planHash([
  { goalId: 'g-sleep', versionId: 'v1' },
  { goalId: 'g-walk', versionId: 'v1' },
  { goalId: 'g-speak', versionId: 'v1' },
]);

const signed = (side: 'client' | 'therapist', hash: string, iso: string): PlanSignature => ({
  side,
  hash,
  signedAt: new Date(iso),
});

function stateOf(overrides: Partial<PlanStateInput>) {
  return planState({
    goals: [sleep, walk, speak],
    signatures: [],
    minimumGoals: 3,
    now: new Date('2024-03-01T00:00:00Z'),
    timeZone: 'UTC',
    ...overrides,
  });
}

describe('planState: draft and ready', () => {
  it('an empty plan is a draft that cannot be signed', () => {
    const state = stateOf({ goals: [] });
    expect(state).toMatchObject({
      status: 'draft',
      canSign: false,
      goalCount: 0,
      blockers: ['The plan has no goals yet'],
    });
    expect(state.hash).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('a plan with an unagreed goal is a draft and names the goal', () => {
    const state = stateOf({ goals: [sleep, { ...walk, status: 'proposed', agreed: false }, speak] });
    expect(state).toMatchObject({ status: 'draft', canSign: false, blockers: ['Goal "Walk" is not agreed yet'] });
  });

  it('a plan of agreed goals meeting the minimum is ready to sign', () => {
    const state = stateOf({});
    expect(state).toMatchObject({
      status: 'ready-to-sign',
      canSign: true,
      blockers: [],
      hash: threeGoalHash,
      signedBy: {},
    });
  });

  it('leaves on-hold and closed goals out of the plan and its hash', () => {
    const state = stateOf({
      goals: [
        sleep,
        walk,
        speak,
        { goalId: 'g-held', title: 'Held', status: 'on-hold', agreed: false, currentVersionId: 'v3' },
        { goalId: 'g-done', title: 'Done', status: 'completed', agreed: true, currentVersionId: 'v2' },
        { goalId: 'g-err', title: 'Error', status: 'entered-in-error', agreed: false, currentVersionId: 'v1' },
      ],
    });
    expect(state).toMatchObject({ hash: threeGoalHash, goalCount: 3, status: 'ready-to-sign' });
  });
});

describe('planState: minimum number of goals', () => {
  const twoGoals = [sleep, walk];

  it('below the minimum without a reason is a blocker', () => {
    expect(stateOf({ goals: twoGoals })).toMatchObject({
      status: 'draft',
      canSign: false,
      blockers: ['Plan has 2 goals; the organisation asks for 3 — give a reason'],
    });
  });

  it('says "1 goal" in the singular', () => {
    expect(stateOf({ goals: [sleep] }).blockers).toEqual([
      'Plan has 1 goal; the organisation asks for 3 — give a reason',
    ]);
  });

  it('a blank reason is no reason', () => {
    expect(stateOf({ goals: twoGoals, shortfallReason: '   ' }).canSign).toBe(false);
  });

  it('a stated reason lifts the blocker', () => {
    expect(stateOf({ goals: twoGoals, shortfallReason: 'Client wants to focus on two things' })).toMatchObject({
      status: 'ready-to-sign',
      canSign: true,
      blockers: [],
    });
  });

  it('lists unagreed goals before the shortfall', () => {
    expect(stateOf({ goals: [sleep, { ...walk, agreed: false }] }).blockers).toEqual([
      'Goal "Walk" is not agreed yet',
      'Plan has 2 goals; the organisation asks for 3 — give a reason',
    ]);
  });
});

describe('planState: signing', () => {
  it('one side signed the current hash: partly signed', () => {
    const clientSigned = signed('client', threeGoalHash, '2024-02-01T10:00:00Z');
    const state = stateOf({ signatures: [clientSigned] });
    expect(state).toMatchObject({ status: 'partly-signed', canSign: true, signedBy: { client: clientSigned } });
    expect(state.lastFullySignedHash).toBeNull();
  });

  it('both sides signed the current hash: signed', () => {
    const client = signed('client', threeGoalHash, '2024-02-01T10:00:00Z');
    const therapist = signed('therapist', threeGoalHash, '2024-02-01T10:05:00Z');
    const state = stateOf({ signatures: [therapist, client] });
    expect(state).toMatchObject({
      status: 'signed',
      signedBy: { client, therapist },
      lastFullySignedHash: threeGoalHash,
      lastFullySignedAt: new Date('2024-02-01T10:05:00Z'),
    });
  });

  it('signatures on another hash do not count as signing this one', () => {
    const state = stateOf({
      signatures: [
        signed('client', 'other', '2024-02-01T10:00:00Z'),
        signed('therapist', threeGoalHash, '2024-02-01T10:00:00Z'),
      ],
    });
    expect(state.status).toBe('partly-signed');
    expect(Object.keys(state.signedBy)).toEqual(['therapist']);
  });

  it('a review re-signing the same plan keeps it signed and shows the latest signature', () => {
    const later = signed('client', threeGoalHash, '2024-05-01T10:00:00Z');
    const state = stateOf({
      signatures: [
        signed('client', threeGoalHash, '2024-02-01T10:00:00Z'),
        signed('therapist', threeGoalHash, '2024-02-01T10:05:00Z'),
        later,
      ],
    });
    expect(state.status).toBe('signed');
    expect(state.canSign).toBe(true);
    expect(state.signedBy.client).toBe(later);
  });
});

describe('planState: needs re-consent', () => {
  const fullySignedEarlier = [
    signed('client', threeGoalHash, '2024-02-01T10:00:00Z'),
    signed('therapist', threeGoalHash, '2024-02-01T10:05:00Z'),
  ];

  it('after a goal is re-worded (new version, back to proposed)', () => {
    const state = stateOf({
      goals: [sleep, { ...walk, status: 'proposed', agreed: false, currentVersionId: 'v2' }, speak],
      signatures: fullySignedEarlier,
    });
    expect(state).toMatchObject({
      status: 'needs-re-consent',
      canSign: false,
      blockers: ['Goal "Walk" is not agreed yet'],
      signedBy: {},
      lastFullySignedHash: threeGoalHash,
    });
    expect(state.hash).not.toBe(threeGoalHash);
  });

  it('after a new goal is added, even once agreed', () => {
    const newGoal: PlanStateGoal = {
      goalId: 'g-new',
      title: 'Cook',
      status: 'accepted',
      agreed: true,
      currentVersionId: 'v1',
    };
    expect(stateOf({ goals: [sleep, walk, speak, newGoal], signatures: fullySignedEarlier })).toMatchObject({
      status: 'needs-re-consent',
      canSign: true,
    });
  });

  it('stays needs re-consent while only one side has signed the new version', () => {
    const goals = [
      sleep,
      walk,
      speak,
      { goalId: 'g-new', title: 'Cook', status: 'accepted', agreed: true, currentVersionId: 'v1' } as const,
    ];
    const newHash = planHash(goals.map((goal) => ({ goalId: goal.goalId, versionId: goal.currentVersionId })));
    const clientResigned = signed('client', newHash, '2024-03-01T10:00:00Z');
    expect(stateOf({ goals, signatures: [...fullySignedEarlier, clientResigned] })).toMatchObject({
      status: 'needs-re-consent',
      signedBy: { client: clientResigned },
    });
  });

  it('is signed again once both sign the new version', () => {
    const goals = [
      sleep,
      walk,
      speak,
      { goalId: 'g-new', title: 'Cook', status: 'accepted', agreed: true, currentVersionId: 'v1' } as const,
    ];
    const newHash = planHash(goals.map((goal) => ({ goalId: goal.goalId, versionId: goal.currentVersionId })));
    const state = stateOf({
      goals,
      signatures: [
        ...fullySignedEarlier,
        signed('therapist', newHash, '2024-03-02T09:00:00Z'),
        signed('client', newHash, '2024-03-01T10:00:00Z'),
      ],
    });
    expect(state).toMatchObject({
      status: 'signed',
      lastFullySignedHash: newHash,
      lastFullySignedAt: new Date('2024-03-02T09:00:00Z'),
    });
  });

  it('a goal leaving the plan also changes the hash (what was signed is exactly what is shown)', () => {
    const state = stateOf({
      goals: [sleep, walk, { ...speak, status: 'completed' }],
      signatures: fullySignedEarlier,
      shortfallReason: 'One goal achieved',
    });
    expect(state.status).toBe('needs-re-consent');
  });

  it('a plan emptied by discharge is a draft, not awaiting re-consent', () => {
    expect(stateOf({ goals: [{ ...sleep, status: 'completed' }], signatures: fullySignedEarlier }).status).toBe(
      'draft',
    );
  });
});

describe('planState: review overdue', () => {
  it('is false without a review date', () => {
    expect(stateOf({ nextReviewDate: null }).reviewOverdue).toBe(false);
    expect(stateOf({}).reviewOverdue).toBe(false);
  });

  it('is false through the review day and true from the next day, in the organisation time zone', () => {
    const zone = 'Pacific/Auckland'; // NZST, UTC+12 in June
    const atReviewDayEnd = new Date('2024-06-01T11:59:59Z'); // 23:59:59 on 1 June in Auckland
    const atNextDayStart = new Date('2024-06-01T12:00:00Z'); // 00:00 on 2 June in Auckland
    expect(stateOf({ nextReviewDate: '2024-06-01', now: atReviewDayEnd, timeZone: zone }).reviewOverdue).toBe(false);
    expect(stateOf({ nextReviewDate: '2024-06-01', now: atNextDayStart, timeZone: zone }).reviewOverdue).toBe(true);
  });
});

describe('planStanding: one status and who the plan waits for', () => {
  const none = { client: false, therapist: false };
  it('says nobody is awaited before anyone has signed, or once both have', () => {
    expect(planStanding('draft', none)).toEqual({ status: 'draft', waitingFor: null });
    expect(planStanding('ready-to-sign', none)).toEqual({ status: 'ready-to-sign', waitingFor: null });
    expect(planStanding('signed', none)).toEqual({ status: 'signed', waitingFor: null });
    expect(planStanding('needs-re-consent', none)).toEqual({ status: 'needs-re-consent', waitingFor: null });
  });

  it('after one side signs (first signing, re-consent or review), waits for the other', () => {
    expect(planStanding('partly-signed', { client: true, therapist: false })).toEqual({
      status: 'partly-signed',
      waitingFor: 'therapist',
    });
    expect(planStanding('partly-signed', { client: false, therapist: true })).toEqual({
      status: 'partly-signed',
      waitingFor: 'client',
    });
    // The case: the client signs a changed plan; it still needs the therapist, and says so.
    expect(planStanding('needs-re-consent', { client: true, therapist: false })).toEqual({
      status: 'needs-re-consent',
      waitingFor: 'therapist',
    });
    expect(planStanding('signed', { client: false, therapist: true })).toEqual({
      status: 'signed',
      waitingFor: 'client',
    });
  });

  it('blockers carry the goal they are about, so pages can link to it', () => {
    const state = stateOf({ goals: [sleep, { ...walk, agreed: false }, speak] });
    expect(state.blockerItems).toEqual([{ message: 'Goal "Walk" is not agreed yet', goalId: 'g-walk' }]);
    expect(stateOf({ goals: [sleep] }).blockerItems).toEqual([
      { message: 'Plan has 1 goal; the organisation asks for 3 — give a reason', goalId: null },
    ]);
  });
});
