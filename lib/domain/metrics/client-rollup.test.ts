import { describe, expect, it } from 'vitest';
import { planHash } from '../consensus/plan-hash';
import { type LifecycleStatus } from '../consensus/types';
import {
  clientMetricsFromFacts,
  PROGRESS_SERIES_LENGTH,
  statusAt,
  type ClientRollupFacts,
  type RollupGoal,
  type RollupTherapySession,
} from './client-rollup';

/*
 * A hand-checked client (times in UTC; Europe/London is UTC in January and February):
 *
 * sessions: s1 20 Jan attended · s2 27 Jan attended · s3 3 Feb attended · s4 10 Feb cancelled ·
 *           s5 17 Feb booked, not yet recorded (numbered, so its check-in counts as an outcome)
 *
 * | goal | now      | history                                                       | client ratings (progress / clarity)      |
 * | g1   | active   | proposed 20 Jan 10:10, agreed 21 Jan 09:00, active 21 Jan 12:00 | s2 2/3 · s3 5/4 · s5 6/5 · (s4 9/1, cancelled) |
 * | g2   | active   | proposed 20 Jan 10:20, agreed 20 Jan 10:40, active 21 Jan 12:00 | s2 3/4 · s5 4/—                          |
 * | g3   | proposed | proposed 3 Feb 10:20 (no ratings yet)                           | —                                        |
 * | g4   | on-hold  | proposed + agreed 1 Dec 11:00, active 2 Dec, on hold 30 Jan     | s1 1/2 · s3 9/5                          |
 * | g5   | entered-in-error | agreed 1 Nov (never a real goal)                        | s2 10/5                                  |
 *
 * Plan goals g1 g2 g3; agreed g1 g2; SMART g1. Clarity: g1 latest 5, g2 latest 4 → 9 / 2.
 * Progress (every goal but the one entered in error): g1 2→6 = +4 (reliable), g2 3→4 = +1,
 * g4 on hold 1→9 = +8 (reliable) → 13 over 3, 2 reliable; g5 (entered in error, +0) left out.
 * Rated regularly: s1 rates g4 (the only active goal) ✓; s2 rates g1 g2 of g1 g2 g4 ✗;
 * s3 rates g1 (and g4, on hold by then) of g1 g2 ✗ → 1 of 3.
 * Set from the start: first agreement 1 Dec (g4), before the second session ended → met.
 * Plan: both signed g1 g2 g4 on 21 Jan; the plan is now g1 g2 g3 → needs re-consent; review 21 Apr.
 */

const at = (iso: string): Date => new Date(iso);

const goal = (
  goalId: string,
  status: LifecycleStatus,
  fields: Partial<RollupGoal> & { events: [string, LifecycleStatus][] },
): RollupGoal => ({
  goalId,
  status,
  agreed: false,
  passesAllSmart: false,
  firstAgreedAt: null,
  currentVersionId: `${goalId}-v1`,
  createdAt: at(fields.events[0]![0]),
  statusEvents: fields.events.map(([iso, s]) => ({ at: at(iso), status: s })),
  ...fields,
});

const session = (
  id: string,
  iso: string,
  status: RollupTherapySession['status'] = 'attended',
): RollupTherapySession => ({ id, startsAt: at(iso), durationMinutes: 50, status });

const signedPlan = planHash([
  { goalId: 'g1', versionId: 'g1-v1' },
  { goalId: 'g2', versionId: 'g2-v1' },
  { goalId: 'g4', versionId: 'g4-v1' },
]);

const CLIENT: ClientRollupFacts = {
  clientId: 'A',
  goals: [
    goal('g1', 'active', {
      agreed: true,
      passesAllSmart: true,
      firstAgreedAt: at('2026-01-21T09:00:00Z'),
      events: [
        ['2026-01-20T10:10:00Z', 'proposed'],
        ['2026-01-21T09:00:00Z', 'accepted'],
        ['2026-01-21T12:00:00Z', 'active'],
      ],
    }),
    goal('g2', 'active', {
      agreed: true,
      firstAgreedAt: at('2026-01-20T10:40:00Z'),
      events: [
        ['2026-01-20T10:20:00Z', 'proposed'],
        ['2026-01-20T10:40:00Z', 'accepted'],
        ['2026-01-21T12:00:00Z', 'active'],
      ],
    }),
    goal('g3', 'proposed', { events: [['2026-02-03T10:20:00Z', 'proposed']] }),
    goal('g4', 'on-hold', {
      agreed: true,
      passesAllSmart: true,
      firstAgreedAt: at('2025-12-01T11:00:00Z'),
      events: [
        ['2025-12-01T10:00:00Z', 'proposed'],
        ['2025-12-01T11:00:00Z', 'accepted'],
        ['2025-12-02T09:00:00Z', 'active'],
        ['2026-01-30T09:00:00Z', 'on-hold'],
      ],
    }),
    goal('g5', 'entered-in-error', {
      agreed: true,
      firstAgreedAt: at('2025-11-01T09:00:00Z'),
      events: [
        ['2025-11-01T08:00:00Z', 'proposed'],
        ['2025-11-01T09:00:00Z', 'active'],
        ['2026-02-01T09:00:00Z', 'entered-in-error'],
      ],
    }),
  ],
  therapySessions: [
    // Deliberately out of order: sessions are ordered by start time, not by how they arrive.
    session('s3', '2026-02-03T10:00:00Z'),
    session('s1', '2026-01-20T10:00:00Z'),
    session('s2', '2026-01-27T10:00:00Z'),
    session('s4', '2026-02-10T10:00:00Z', 'cancelled'),
    session('s5', '2026-02-17T10:00:00Z', 'scheduled'),
  ],
  clientRatings: [
    { goalId: 'g1', therapySessionId: 's2', progress: 2, clarity: 3 },
    { goalId: 'g2', therapySessionId: 's2', progress: 3, clarity: 4 },
    { goalId: 'g5', therapySessionId: 's2', progress: 10, clarity: 5 },
    { goalId: 'g1', therapySessionId: 's3', progress: 5, clarity: 4 },
    { goalId: 'g4', therapySessionId: 's3', progress: 9, clarity: 5 },
    { goalId: 'g1', therapySessionId: 's4', progress: 9, clarity: 1 },
    { goalId: 'g1', therapySessionId: 's5', progress: 6, clarity: 5 },
    { goalId: 'g2', therapySessionId: 's5', progress: 4, clarity: null },
    { goalId: 'g4', therapySessionId: 's1', progress: 1, clarity: 2 },
  ],
  signatures: [
    { side: 'client', hash: signedPlan, signedAt: at('2026-01-21T11:00:00Z'), nextReviewDate: null },
    { side: 'therapist', hash: signedPlan, signedAt: at('2026-01-21T12:00:00Z'), nextReviewDate: '2026-04-21' },
  ],
  srs: [
    { therapySessionId: 's3', total: 38.5 },
    { therapySessionId: 's2', total: 36 },
    { therapySessionId: 's4', total: 20 },
  ],
};

const EMPTY_METRICS = {
  planGoals: 0,
  agreedPlanGoals: 0,
  smartPlanGoals: 0,
  claritySum: 0,
  clarityCount: 0,
  measuredGoals: 0,
  changeSum: 0,
  reliableImprovements: 0,
  attendedSessions: 0,
  ratedRegularlyNumerator: 0,
  ratedRegularlyDenominator: 0,
  setFromStartEligible: 0,
  setFromStartMet: 0,
  firstAgreedAt: null,
  lastSessionAt: null,
  planStatus: 'none',
  nextReviewDate: null,
  latestSrs: null,
  progressSeries: [],
};

describe('clientMetricsFromFacts: the hand-checked client', () => {
  const { metrics, months } = clientMetricsFromFacts(CLIENT, 'Europe/London');

  it('goal figures count plan goals only (on hold and entered in error are out)', () => {
    expect(metrics).toMatchObject({
      planGoals: 3,
      agreedPlanGoals: 2,
      smartPlanGoals: 1,
      claritySum: 9,
      clarityCount: 2,
    });
  });

  it('progress: +4, +1 and the on-hold goal +8 from client ratings at numbered sessions; cancelled session, goal in error ignored', () => {
    expect(metrics).toMatchObject({ measuredGoals: 3, changeSum: 13, reliableImprovements: 2 });
  });

  it('sessions: three attended, the last on 3 Feb; 1 of 3 rated every goal that was active then', () => {
    expect(metrics).toMatchObject({
      attendedSessions: 3,
      lastSessionAt: at('2026-02-03T10:00:00Z'),
      ratedRegularlyNumerator: 1,
      ratedRegularlyDenominator: 3,
    });
  });

  it('set from the start: eligible and met; the goal entered in error does not count as the first agreement', () => {
    expect(metrics).toMatchObject({
      setFromStartEligible: 1,
      setFromStartMet: 1,
      firstAgreedAt: at('2025-12-01T11:00:00Z'),
    });
  });

  it('plan: signed before g3 was added and g4 put on hold, so it needs re-consent; the review date is kept', () => {
    expect(metrics).toMatchObject({ planStatus: 'needs-re-consent', nextReviewDate: '2026-04-21' });
  });

  it('alliance: the latest SRS at a numbered session (38.5), not the cancelled one', () => {
    expect(metrics.latestSrs).toBe(38.5);
  });

  it('the sparkline is the mean rating at each rated session, oldest first', () => {
    expect(metrics.progressSeries).toEqual([
      { at: '2026-01-20T10:00:00.000Z', mean: 1 },
      { at: '2026-01-27T10:00:00.000Z', mean: 2.5 },
      { at: '2026-02-03T10:00:00.000Z', mean: 7 },
      { at: '2026-02-17T10:00:00.000Z', mean: 5 },
    ]);
  });

  it('months on the organisation calendar, oldest first', () => {
    expect(months).toEqual([
      {
        month: '2025-12',
        attendedSessions: 0,
        ratedRegularlyNumerator: 0,
        ratedRegularlyDenominator: 0,
        claritySum: 0,
        clarityCount: 0,
        gboSum: 0,
        gboCount: 0,
        goalsAgreed: 1,
      },
      {
        month: '2026-01',
        attendedSessions: 2,
        ratedRegularlyNumerator: 1,
        ratedRegularlyDenominator: 2,
        claritySum: 9,
        clarityCount: 3,
        gboSum: 6,
        gboCount: 3,
        goalsAgreed: 2,
      },
      {
        month: '2026-02',
        attendedSessions: 1,
        ratedRegularlyNumerator: 0,
        ratedRegularlyDenominator: 1,
        claritySum: 14,
        clarityCount: 3,
        gboSum: 24,
        gboCount: 4,
        goalsAgreed: 0,
      },
    ]);
  });

  it('the months add up to the whole', () => {
    const sum = (key: 'attendedSessions' | 'ratedRegularlyNumerator' | 'ratedRegularlyDenominator') =>
      months.reduce((total, month) => total + month[key], 0);
    expect(sum('attendedSessions')).toBe(metrics.attendedSessions);
    expect(sum('ratedRegularlyNumerator')).toBe(metrics.ratedRegularlyNumerator);
    expect(sum('ratedRegularlyDenominator')).toBe(metrics.ratedRegularlyDenominator);
  });

  it('does not depend on the order facts arrive in', () => {
    const shuffled: ClientRollupFacts = {
      ...CLIENT,
      goals: [...CLIENT.goals].reverse().map((g) => ({ ...g, statusEvents: [...g.statusEvents].reverse() })),
      therapySessions: [...CLIENT.therapySessions].reverse(),
      clientRatings: [...CLIENT.clientRatings].reverse(),
      signatures: [...CLIENT.signatures].reverse(),
      srs: [...CLIENT.srs].reverse(),
    };
    expect(clientMetricsFromFacts(shuffled, 'Europe/London')).toEqual(clientMetricsFromFacts(CLIENT, 'Europe/London'));
  });
});

describe('clientMetricsFromFacts: edge cases', () => {
  it('a new client with nothing yet: zeros, nulls and no months', () => {
    expect(
      clientMetricsFromFacts(
        { clientId: 'N', goals: [], therapySessions: [], clientRatings: [], signatures: [], srs: [] },
        'UTC',
      ),
    ).toEqual({ clientId: 'N', metrics: EMPTY_METRICS, months: [] });
  });

  it('a discharged client: goals closed, so no plan figures, but their progress (completed 3 → 8) and sessions still count', () => {
    const discharged: ClientRollupFacts = {
      clientId: 'D',
      goals: [
        goal('d1', 'completed', {
          agreed: true,
          passesAllSmart: true,
          firstAgreedAt: at('2025-03-03T10:30:00Z'),
          events: [
            ['2025-03-03T10:10:00Z', 'proposed'],
            ['2025-03-03T10:30:00Z', 'accepted'],
            ['2025-03-04T09:00:00Z', 'active'],
            ['2025-06-02T11:00:00Z', 'completed'],
          ],
        }),
        goal('d2', 'cancelled', {
          events: [
            ['2025-03-10T10:10:00Z', 'proposed'],
            ['2025-04-01T10:00:00Z', 'cancelled'],
          ],
        }),
      ],
      therapySessions: [
        session('x1', '2025-03-03T10:00:00Z'),
        session('x2', '2025-03-10T10:00:00Z'),
        session('x3', '2025-03-17T10:00:00Z'),
      ],
      clientRatings: [
        { goalId: 'd1', therapySessionId: 'x2', progress: 3, clarity: 4 },
        { goalId: 'd1', therapySessionId: 'x3', progress: 8, clarity: 5 },
      ],
      signatures: [],
      srs: [],
    };
    const { metrics } = clientMetricsFromFacts(discharged, 'UTC');
    expect(metrics).toMatchObject({
      planGoals: 0,
      agreedPlanGoals: 0,
      clarityCount: 0,
      measuredGoals: 1,
      changeSum: 5,
      reliableImprovements: 1,
      planStatus: 'none',
      attendedSessions: 3,
      ratedRegularlyNumerator: 2,
      ratedRegularlyDenominator: 2,
      setFromStartEligible: 1,
      setFromStartMet: 1,
    });
    expect(metrics.progressSeries.map((point) => point.mean)).toEqual([3, 8]);
  });

  it('a goal with no ratings yet: in the plan, but no clarity and no progress', () => {
    const { metrics } = clientMetricsFromFacts(
      {
        clientId: 'U',
        goals: [
          goal('u1', 'accepted', {
            agreed: true,
            firstAgreedAt: at('2026-03-02T10:40:00Z'),
            events: [
              ['2026-03-02T10:10:00Z', 'proposed'],
              ['2026-03-02T10:40:00Z', 'accepted'],
            ],
          }),
        ],
        therapySessions: [session('y1', '2026-03-02T10:00:00Z')],
        clientRatings: [],
        signatures: [],
        srs: [],
      },
      'UTC',
    );
    expect(metrics).toMatchObject({
      planGoals: 1,
      agreedPlanGoals: 1,
      claritySum: 0,
      clarityCount: 0,
      measuredGoals: 0,
      changeSum: 0,
      planStatus: 'unsigned',
      setFromStartEligible: 0,
      ratedRegularlyDenominator: 0,
    });
  });

  it('one side signing is not a signed plan; both signing the current plan is', () => {
    const facts = (signatures: ClientRollupFacts['signatures']): ClientRollupFacts => ({
      clientId: 'S',
      goals: [goal('p1', 'accepted', { agreed: true, events: [['2026-01-01T10:00:00Z', 'proposed']] })],
      therapySessions: [],
      clientRatings: [],
      signatures,
      srs: [],
    });
    const hash = planHash([{ goalId: 'p1', versionId: 'p1-v1' }]);
    expect(
      clientMetricsFromFacts(
        facts([{ side: 'therapist', hash, signedAt: at('2026-01-02T10:00:00Z'), nextReviewDate: null }]),
        'UTC',
      ).metrics.planStatus,
    ).toBe('unsigned');
    expect(
      clientMetricsFromFacts(
        facts([
          { side: 'therapist', hash, signedAt: at('2026-01-02T10:00:00Z'), nextReviewDate: null },
          { side: 'client', hash, signedAt: at('2026-01-02T11:00:00Z'), nextReviewDate: '2026-04-02' },
        ]),
        'UTC',
      ).metrics,
    ).toMatchObject({ planStatus: 'signed', nextReviewDate: '2026-04-02' });
  });

  it('the sparkline keeps the last eight rated sessions', () => {
    const sessions = Array.from({ length: 11 }, (_, i) =>
      session(`w${i}`, new Date(Date.UTC(2026, 0, 5 + 7 * i, 10)).toISOString()),
    );
    const { metrics } = clientMetricsFromFacts(
      {
        clientId: 'L',
        goals: [goal('l1', 'active', { agreed: true, events: [['2026-01-01T10:00:00Z', 'active']] })],
        therapySessions: sessions,
        clientRatings: sessions.map((s, i) => ({ goalId: 'l1', therapySessionId: s.id, progress: i % 11, clarity: 3 })),
        signatures: [],
        srs: [],
      },
      'UTC',
    );
    expect(metrics.progressSeries).toHaveLength(PROGRESS_SERIES_LENGTH);
    expect(metrics.progressSeries.map((point) => point.mean)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(metrics).toMatchObject({
      ratedRegularlyNumerator: 11,
      ratedRegularlyDenominator: 11,
      measuredGoals: 1,
      changeSum: 10,
      reliableImprovements: 1,
    });
  });

  it('months follow the organisation time zone: late on 31 January UTC is February in Berlin', () => {
    const facts: ClientRollupFacts = {
      clientId: 'Z',
      goals: [],
      therapySessions: [session('z1', '2026-01-31T23:30:00Z')],
      clientRatings: [],
      signatures: [],
      srs: [],
    };
    expect(clientMetricsFromFacts(facts, 'UTC').months.map((m) => m.month)).toEqual(['2026-01']);
    expect(clientMetricsFromFacts(facts, 'Europe/Berlin').months.map((m) => m.month)).toEqual(['2026-02']);
  });
});

describe('statusAt', () => {
  const g = goal('t', 'active', {
    events: [
      ['2026-01-01T10:00:00Z', 'proposed'],
      ['2026-01-05T10:00:00Z', 'accepted'],
      ['2026-01-09T10:00:00Z', 'active'],
    ],
  });
  it('reads the latest event at or before the instant', () => {
    expect(statusAt(g, at('2025-12-31T10:00:00Z'))).toBeNull();
    expect(statusAt(g, at('2026-01-05T10:00:00Z'))).toBe('accepted');
    expect(statusAt(g, at('2026-01-08T10:00:00Z'))).toBe('accepted');
    expect(statusAt(g, at('2026-02-01T10:00:00Z'))).toBe('active');
  });
  it('a goal written without events has its current status from its creation', () => {
    const bare: RollupGoal = { ...g, statusEvents: [], createdAt: at('2026-01-03T00:00:00Z') };
    expect(statusAt(bare, at('2026-01-02T00:00:00Z'))).toBeNull();
    expect(statusAt(bare, at('2026-01-04T00:00:00Z'))).toBe('active');
  });
});
