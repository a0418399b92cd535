import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import { clinicianMetrics, flags, goalVersions, goals, organizations } from '@/db/schema';
import { saveBeforeCheckIn } from '@/lib/data/check-ins';
import { acknowledgeFlag } from '@/lib/data/flags';
import { saveTherapistRatings } from '@/lib/data/therapy-sessions';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { refreshClinicianMetrics } from '@/lib/rollups/clinician-metrics';
import { actAs, createFixture, type Fixture } from './fixtures';
import { expectOpenFlagCountsInStep } from './rollup-facts';
import { addGoal, addTherapySession, fromNow, HOUR } from './sessions-fixtures';

vi.mock('@/lib/mail', () => ({ sendMail: vi.fn(() => Promise.resolve({ delivered: 'log' })) }));

/*
 * "Not on track" on real PostgreSQL, through the client's check-ins (docs/clinical-rules.md):
 * judged on each new rating or score only; an open flag collects later triggering ratings;
 * after acknowledgement only a rating that meets a rule by itself opens a new flag.
 */

/** Client ratings as 0.0–10.0 marks summing to an ORS total. */
const ors = (total: number) => [total / 4, total / 4, total / 4, total / 4];
/** A PHQ-9 with the given total (question 9 always 0: no risk flag here). */
function phq9(total: number): number[] {
  const answers = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let left = total, i = 0; left > 0; i = (i + 1) % 8) {
    answers[i]! += 1;
    left -= 1;
  }
  return answers;
}

async function notOnTrackFlags(clientId: string, scope: 'goal' | 'client') {
  const db = await getDb();
  const rows = await db
    .select()
    .from(flags)
    .where(and(eq(flags.clientId, clientId), eq(flags.kind, 'not-on-track')))
    .orderBy(asc(flags.raisedAt));
  return rows.filter((row) => (scope === 'goal' ? row.goalId !== null : row.goalId === null));
}

describe('not on track, through the check-ins', () => {
  let f: Fixture;
  let goalId: string;
  const sessions: string[] = [];
  beforeAll(async () => {
    f = await createFixture('not-on-track');
    const db = await getDb();
    // PHQ-9 at every session, GAD-7 at intake only, ORS at every session.
    await db
      .update(organizations)
      .set({
        settings: {
          measureSchedule: {
            phq9: { atIntake: true, everyNthSession: 1 },
            gad7: { atIntake: true, everyNthSession: 0 },
          },
        },
      })
      .where(eq(organizations.id, f.orgA));
    goalId = (
      await addGoal(f.orgA, f.clients.a, f.users.therapistA.id, 'Go for a 30 minute bike ride three times a week')
    ).goalId;
    for (const hoursAgo of [23, 20, 17, 14, 11, 8])
      sessions.push(await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-hoursAgo * HOUR)));
    // The fixtures' caseloads were inserted directly: every clinician's rollup row, as opening the database would.
    await refreshClinicianMetrics(db, f.orgA, 'whole-organization');
  });

  /** Therapist A's stored open not-on-track flags, after checking every clinician's counts against the flags. */
  async function storedNotOnTrack(after: string): Promise<number> {
    await expectOpenFlagCountsInStep(f.orgA, after);
    const db = await getDb();
    const [row] = await db
      .select()
      .from(clinicianMetrics)
      .where(eq(clinicianMetrics.clinicianId, f.users.therapistA.id));
    return row!.openNotOnTrackFlags;
  }

  async function checkIn(session: number, rating: number, phq9Total: number, orsTotal: number) {
    actAs(f, 'clientA');
    await saveBeforeCheckIn({
      therapySessionId: sessions[session - 1]!,
      intent: 'submit',
      goals: [{ goalId, progress: rating, clarity: 4 }],
      phq9: phq9(phq9Total),
      ...(session === 1 ? { gad7: [0, 0, 0, 0, 0, 0, 0] } : {}),
      ors: ors(orsTotal),
    });
  }

  async function acknowledge(flagId: string) {
    actAs(f, 'therapistA');
    await acknowledgeFlag({ flagId, note: 'Talked it through in session.' });
  }

  test('session 1 (rating 6, PHQ-9 5, ORS 30): the baselines, no flag', async () => {
    await checkIn(1, 6, 5, 30);
    expect(await notOnTrackFlags(f.clients.a, 'goal')).toEqual([]);
    expect(await notOnTrackFlags(f.clients.a, 'client')).toEqual([]);
  });

  test('session 2 (6 → 3, PHQ-9 5 → 11): a drop of 3 opens the goal flag; a rise of 6 the client flag', async () => {
    await checkIn(2, 3, 11, 30);
    expect(await storedNotOnTrack('session 2')).toBe(2);
    const [goalFlag, ...moreGoal] = await notOnTrackFlags(f.clients.a, 'goal');
    expect(moreGoal).toEqual([]);
    expect(goalFlag).toMatchObject({
      goalId,
      therapySessionId: sessions[1],
      acknowledgedAt: null,
      reason: 'Drop: rated 3 at session 2, 3 points below the 6 at session 1.',
    });
    const [clientFlag, ...moreClient] = await notOnTrackFlags(f.clients.a, 'client');
    expect(moreClient).toEqual([]);
    expect(clientFlag).toMatchObject({
      therapySessionId: sessions[1],
      reason:
        'PHQ-9 rose 6 points, from 5 at session 1 to 11 at session 2; a rise of 6 or more is a reliable deterioration.',
    });
  });

  test('session 3 (rating 4, PHQ-9 10, ORS 24): nothing for the goal; the ORS fall of 6 is added to the open client flag', async () => {
    await checkIn(3, 4, 10, 24);
    expect(await storedNotOnTrack('session 3 (appended)')).toBe(2);
    const goalFlags = await notOnTrackFlags(f.clients.a, 'goal');
    expect(goalFlags.map((g) => g.reason)).toEqual(['Drop: rated 3 at session 2, 3 points below the 6 at session 1.']);
    const clientFlags = await notOnTrackFlags(f.clients.a, 'client');
    // PHQ-9 10 is a rise of 5 from 5: not reliable, not mentioned.
    expect(clientFlags.map((c) => c.reason)).toEqual([
      'PHQ-9 rose 6 points, from 5 at session 1 to 11 at session 2; a rise of 6 or more is a reliable deterioration. ' +
        'ORS fell 6.0 points, from 30.0 at session 1 to 24.0 at session 3; a fall of 5 or more is a reliable deterioration.',
    ]);
    expect(clientFlags[0]!.data).toMatchObject({ scope: 'client', therapySessionIds: [sessions[1], sessions[2]] });
  });

  test('session 4 (rating 1): no progress and a drop, added to the open goal flag instead of a second flag', async () => {
    await checkIn(4, 1, 8, 28);
    const goalFlags = await notOnTrackFlags(f.clients.a, 'goal');
    expect(goalFlags).toHaveLength(1);
    expect(goalFlags[0]!.reason).toBe(
      'Drop: rated 3 at session 2, 3 points below the 6 at session 1. ' +
        'No progress: rated 1 at session 4, not above the first rating of 6 at session 1, after 4 client ratings. ' +
        'Drop: rated 1 at session 4, 3 points below the 4 at session 3.',
    );
    expect(goalFlags[0]!.data).toMatchObject({ scope: 'goal', goalId, therapySessionIds: [sessions[1], sessions[3]] });
    // PHQ-9 8 (+3) and ORS 28 (−2): nothing added to the client flag.
    expect((await notOnTrackFlags(f.clients.a, 'client'))[0]!.data).toMatchObject({
      therapySessionIds: [sessions[1], sessions[2]],
    });
  });

  test("the therapist rating the session does not raise not on track (only the client's ratings do)", async () => {
    actAs(f, 'therapistA');
    await saveTherapistRatings({ therapySessionId: sessions[3]!, ratings: [{ goalId, progress: 1 }] });
    expect(await notOnTrackFlags(f.clients.a, 'goal')).toHaveLength(1);
  });

  test('after acknowledgement, session 5 (rating 7, PHQ-9 9, ORS 26) raises nothing: the old drops are not raised again', async () => {
    await acknowledge((await notOnTrackFlags(f.clients.a, 'goal'))[0]!.id);
    expect(await storedNotOnTrack('goal flag acknowledged')).toBe(1);
    await acknowledge((await notOnTrackFlags(f.clients.a, 'client'))[0]!.id);
    expect(await storedNotOnTrack('client flag acknowledged')).toBe(0);
    await checkIn(5, 7, 9, 26);
    const goalFlags = await notOnTrackFlags(f.clients.a, 'goal');
    expect(goalFlags.map((g) => g.acknowledgedAt !== null)).toEqual([true]);
    const clientFlags = await notOnTrackFlags(f.clients.a, 'client');
    expect(clientFlags.map((c) => c.acknowledgedAt !== null)).toEqual([true]);
  });

  test('session 6 (rating 4, PHQ-9 11): a rating and a score that meet a rule by themselves open new flags', async () => {
    await checkIn(6, 4, 11, 26);
    expect(await storedNotOnTrack('session 6')).toBe(2);
    const goalFlags = await notOnTrackFlags(f.clients.a, 'goal');
    expect(goalFlags.map((g) => [g.acknowledgedAt === null, g.therapySessionId])).toEqual([
      [false, sessions[1]],
      [true, sessions[5]],
    ]);
    expect(goalFlags[1]!.reason).toBe(
      'No progress: rated 4 at session 6, not above the first rating of 6 at session 1, after 6 client ratings. ' +
        'Drop: rated 4 at session 6, 3 points below the 7 at session 5.',
    );
    const clientFlags = await notOnTrackFlags(f.clients.a, 'client');
    expect(clientFlags.map((c) => [c.acknowledgedAt === null, c.reason])).toEqual([
      [false, expect.any(String)],
      [
        true,
        'PHQ-9 rose 6 points, from 5 at session 1 to 11 at session 6; a rise of 6 or more is a reliable deterioration.',
      ],
    ]);
  });
});

describe('the baseline across a re-wording', () => {
  test('the first rating, given under the first wording, stays the baseline after the goal is re-worded', async () => {
    const f = await createFixture('reworded');
    const { goalId } = await addGoal(f.orgA, f.clients.a, f.users.therapistA.id, 'Go for a walk three times a week');
    const sessions: string[] = [];
    for (const hoursAgo of [20, 15, 10, 5])
      sessions.push(await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(-hoursAgo * HOUR)));
    const rate = async (index: number, progress: number) => {
      actAs(f, 'clientA');
      await saveBeforeCheckIn({
        therapySessionId: sessions[index]!,
        intent: 'submit',
        goals: [{ goalId, progress, clarity: 4 }],
        ...(index === 0 ? { phq9: phq9(0), gad7: [0, 0, 0, 0, 0, 0, 0] } : {}),
        ors: ors(30),
      });
    };
    await rate(0, 5);
    await rate(1, 7);
    // Re-worded (version 2), agreed and signed again: the same goal, still active.
    const db = await getDb();
    const wording = 'Go for a 20-minute walk three times a week';
    const [version] = await db
      .insert(goalVersions)
      .values({
        organizationId: f.orgA,
        goalId,
        number: 2,
        authorUserId: f.users.therapistA.id,
        authorSide: 'therapist',
        wording,
        quality: checkGoalQuality({ wording }) as unknown as Record<string, unknown>,
        qualityCheckVersion: QUALITY_CHECK_VERSION,
      })
      .returning({ id: goalVersions.id });
    await db.update(goals).set({ currentVersionId: version!.id, currentVersionNumber: 2 }).where(eq(goals.id, goalId));
    await rate(2, 6);
    expect(await notOnTrackFlags(f.clients.a, 'goal')).toEqual([]);
    // Under the new wording alone (6, 5) this is neither 4 ratings nor a drop of 3; with the first wording's ratings
    // it is 4 ratings, 5 not above 5.
    await rate(3, 5);
    const [flag, ...more] = await notOnTrackFlags(f.clients.a, 'goal');
    expect(more).toEqual([]);
    expect(flag!.reason).toBe(
      'No progress: rated 5 at session 4, not above the first rating of 5 at session 1 (given before the goal ' +
        'was re-worded), after 4 client ratings.',
    );
  });
});
