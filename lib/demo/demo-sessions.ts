import { and, count, eq, isNull } from 'drizzle-orm';
import { addCalendarDays, calendarDateIn, toIsoDate } from '@/lib/time/local-date';
import { planHash } from '@/lib/domain/consensus/plan-hash';
import {
  allianceFlag,
  appendToOpenClientFlag,
  notOnTrackClientFlag,
  perspectivesDifferFlag,
  phq9RiskFlag,
  replayNotOnTrackGoal,
  type NotOnTrackClientData,
} from '@/lib/domain/flags';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { scoreGad7, scoreOrs, scorePhq9, scoreSrs } from '@/lib/domain/scoring';
import { wallTimeToInstant } from '@/lib/domain/therapy-sessions';
import {
  caseloadAssignments,
  checkIns,
  clients,
  flags,
  goalPositions,
  goalRatings,
  goals,
  goalStatusEvents,
  goalVersions,
  measureResponses,
  objectives,
  objectiveTicks,
  organizations,
  planSignatures,
  therapySessions,
  users,
} from '@/db/schema';
import type { Executor } from '@/db/types';
import { DEMO_CLIENT_NAMES } from './demo-people';
import { analogueMarks, frequencyAnswers, seedDemoTimelineSessions, type TimelineClient } from './demo-timelines';

/*
 * Demo therapy sessions, check-ins, measures, steps and flags that tell varied stories:
 *  - Jordan Ellis (Sam): improving, with an upcoming session whose check-in is open now;
 *  - Hannah Schmidt (Aisha): a check-in saved this morning with PHQ-9 question 9 answered
 *    "several days", so a risk flag is waiting for Aisha (and her supervisor Dana);
 *  - Benjamin Cohen (Tom): ratings flat for four sessions, so "not on track";
 *  - Poppy Harris (Lena): improving, with a dip in how sessions feel (acknowledged alliance flag);
 *  - Callum Reid (Jonah): client and therapist see progress differently;
 *  - Matilda Scott (Grace): recovered on PHQ-9 and GAD-7.
 * Everyone else has a history of sessions and a next booking. Goals are created only for
 * clients with none (the collaborative-goals seed may already have made some); ratings are made
 * only for goals that are active. Deterministic for a given `today`.
 */

const TIME_ZONE = 'Europe/London';

interface GoalSpec {
  wording: string;
  theme: string;
  value: string;
  measure: string;
  target: string;
  frequency: string;
  confidence: number;
  objective: { description: string; timesPerPeriod: number; period: 'day' | 'week' | 'month' };
}

interface Story {
  client: string;
  goals: [GoalSpec, GoalSpec];
  /** Days from today of the attended sessions, oldest first. */
  past: number[];
  /** Days from today of the next booking. */
  upcoming: number;
  /** Per goal, the client's rating at each past session. */
  clientRatings: [number[], number[]];
  therapistRatings: [(number | null)[], (number | null)[]];
  clarity: number;
  /** PHQ-9 / GAD-7 totals by past-session index (the schedule: sessions 1, 5, 9 …). */
  phq9: Record<number, number>;
  gad7: Record<number, number>;
  /** ORS total at each past session. */
  ors: number[];
  /** SRS total at each past session. */
  srs: number[];
  /** Times each step was done in each of the last four weeks (oldest first; this week last). */
  ticks: [number[], number[]];
  /** A draft for the upcoming session with PHQ-9 question 9 above 0, saved hours ago. */
  riskDraftHoursAgo?: number;
  /** Acknowledge the alliance flags with this note (by the therapist). */
  allianceNote?: string;
}

const goal = (
  wording: string,
  theme: string,
  value: string,
  measure: string,
  target: string,
  frequency: string,
  objective: GoalSpec['objective'],
): GoalSpec => ({
  wording,
  theme,
  value,
  measure,
  target,
  frequency,
  confidence: 7,
  objective,
});

const WEEKLY = [-35, -28, -21, -14, -7];

const STORIES: Story[] = [
  {
    client: 'Jordan Ellis',
    goals: [
      goal(
        'Go for a 30-minute bike ride three times a week',
        'developing-coping-strategies',
        'Feeling strong and clear-headed',
        'bike rides a week',
        '3 rides a week',
        'three times a week',
        { description: '30-minute bike ride', timesPerPeriod: 3, period: 'week' },
      ),
      goal(
        'Speak up at least once a day in team meetings',
        'increasing-self-esteem',
        'Being heard at work',
        'meetings where I spoke up',
        'once a day',
        'once a day',
        { description: 'Say one thing in a team meeting', timesPerPeriod: 5, period: 'week' },
      ),
    ],
    past: WEEKLY,
    upcoming: 2,
    clientRatings: [
      [2, 3, 4, 5, 6],
      [3, 3, 4, 4, 5],
    ],
    therapistRatings: [
      [3, 3, 4, 5, 6],
      [2, 3, 3, 4, 5],
    ],
    clarity: 4,
    phq9: { 0: 14, 4: 8 },
    gad7: { 0: 11, 4: 6 },
    ors: [18.5, 21, 23.4, 26, 28.2],
    srs: [36.5, 37, 38.2, 38.5, 39],
    ticks: [
      [1, 2, 3, 1],
      [2, 3, 4, 2],
    ],
  },
  {
    client: 'Hannah Schmidt',
    goals: [
      goal(
        'Go to bed by 11pm on weeknights',
        'improving-sleep',
        'Having energy for my kids',
        'weeknights in bed by 11pm',
        '5 nights a week',
        'on weeknights',
        { description: 'In bed by 11pm', timesPerPeriod: 5, period: 'week' },
      ),
      goal(
        'Reach out to one friend per week for 6 weeks',
        'addressing-challenging-dynamics',
        'Feeling connected',
        'friends contacted',
        'one a week',
        'once a week',
        { description: 'Message or call a friend', timesPerPeriod: 1, period: 'week' },
      ),
    ],
    past: [-28, -21, -14, -7],
    upcoming: 1,
    clientRatings: [
      [3, 4, 3, 4],
      [2, 3, 3, 3],
    ],
    therapistRatings: [
      [3, 4, 4, 4],
      [2, 2, 3, 3],
    ],
    clarity: 3,
    phq9: { 0: 15 },
    gad7: { 0: 12 },
    ors: [17.2, 19.8, 18.6, 20.1],
    srs: [37, 37.5, 38, 38],
    ticks: [
      [3, 4, 2, 1],
      [1, 1, 0, 0],
    ],
    riskDraftHoursAgo: 3,
  },
  {
    client: 'Benjamin Cohen',
    goals: [
      goal(
        'Take a 20-minute walk at lunchtime on workdays',
        'developing-coping-strategies',
        'Looking after my health',
        'lunchtime walks',
        '5 a week',
        'on workdays',
        { description: '20-minute lunchtime walk', timesPerPeriod: 5, period: 'week' },
      ),
      goal(
        'Cook a meal at home three evenings a week',
        'changing-harmful-habits',
        'Eating well',
        'home-cooked meals',
        '3 a week',
        'three evenings a week',
        { description: 'Cook dinner at home', timesPerPeriod: 3, period: 'week' },
      ),
    ],
    past: [-28, -21, -14, -7],
    upcoming: 5,
    clientRatings: [
      [5, 5, 4, 5],
      [4, 5, 5, 6],
    ],
    therapistRatings: [
      [5, 6, 6, 6],
      [4, 5, 6, 6],
    ],
    clarity: 4,
    phq9: { 0: 11 },
    gad7: { 0: 9 },
    ors: [22, 22.5, 21.8, 22.3],
    srs: [38, 38.4, 38.1, 38.6],
    ticks: [
      [2, 1, 2, 1],
      [2, 3, 2, 1],
    ],
  },
  {
    client: 'Poppy Harris',
    goals: [
      goal(
        'Practise a 10-minute breathing exercise each morning',
        'practising-mindfulness',
        'Starting the day calm',
        'mornings with the exercise',
        'every morning',
        'each morning',
        { description: '10-minute breathing exercise', timesPerPeriod: 1, period: 'day' },
      ),
      goal(
        'Say no to one extra request at work each week',
        'learning-to-set-boundaries',
        'Protecting my time',
        'requests I said no to',
        'one a week',
        'each week',
        { description: 'Say no to one extra request', timesPerPeriod: 1, period: 'week' },
      ),
    ],
    past: WEEKLY,
    upcoming: 6,
    clientRatings: [
      [3, 4, 5, 6, 7],
      [2, 3, 3, 5, 6],
    ],
    therapistRatings: [
      [3, 4, 5, 5, 7],
      [2, 3, 4, 5, 5],
    ],
    clarity: 5,
    phq9: { 0: 12, 4: 6 },
    gad7: { 0: 13, 4: 7 },
    ors: [19.5, 22, 24.6, 27, 29.5],
    srs: [38, 38.5, 38, 36.4, 38.2],
    ticks: [
      [5, 6, 7, 3],
      [1, 1, 2, 1],
    ],
    allianceNote: 'Talked about the pace of our sessions; agreed to slow down and check in at the start.',
  },
  {
    client: 'Callum Reid',
    goals: [
      goal(
        'Get out of bed by 8:00 on weekdays',
        'improving-sleep',
        'Feeling in control of my day',
        'weekdays up by 8:00',
        '5 a week',
        'on weekdays',
        { description: 'Up by 8:00', timesPerPeriod: 5, period: 'week' },
      ),
      goal(
        'Spend one evening a week on a hobby',
        'discovering-more-about-who-you-are',
        'Doing things I enjoy',
        'evenings on a hobby',
        'one a week',
        'once a week',
        { description: 'An evening on a hobby', timesPerPeriod: 1, period: 'week' },
      ),
    ],
    past: [-21, -14, -7],
    upcoming: 3,
    clientRatings: [
      [4, 6, 7],
      [3, 5, 4],
    ],
    therapistRatings: [
      [4, 4, 3],
      [3, 4, 5],
    ],
    clarity: 4,
    phq9: { 0: 9 },
    gad7: { 0: 7 },
    ors: [24, 25.2, 26.1],
    srs: [37.4, 37.8, 38.3],
    ticks: [
      [3, 4, 2, 2],
      [1, 0, 1, 0],
    ],
  },
  {
    client: 'Matilda Scott',
    goals: [
      goal(
        'Join one social activity each week',
        'increasing-self-esteem',
        'Making friends in a new city',
        'social activities',
        'one a week',
        'each week',
        { description: 'Go to one social activity', timesPerPeriod: 1, period: 'week' },
      ),
      goal(
        'Write three things that went well each evening',
        'practising-mindfulness',
        'Noticing the good',
        'evenings with the list written',
        'every evening',
        'each evening',
        { description: 'Write three good things', timesPerPeriod: 1, period: 'day' },
      ),
    ],
    past: [-42, -35, -28, -21, -14, -7],
    upcoming: 4,
    clientRatings: [
      [2, 4, 5, 6, 8, 8],
      [3, 5, 6, 7, 8, 9],
    ],
    therapistRatings: [
      [2, 3, 5, 6, 7, 8],
      [3, 4, 6, 7, 8, 8],
    ],
    clarity: 5,
    phq9: { 0: 16, 4: 7 },
    gad7: { 0: 10, 4: 5 },
    ors: [16.4, 19, 23.5, 27.8, 30.2, 31],
    srs: [37, 38, 38.5, 39, 39.2, 39.5],
    ticks: [
      [1, 1, 1, 1],
      [5, 6, 7, 4],
    ],
  },
];

/**
 * A story's rating of goal `g` at past session `i`. The stories script two goals; a plan's third
 * goal is rated too (every active goal is rated at each check-in), midway between the two.
 */
function ratingFor(series: [(number | null)[], (number | null)[]], g: number, i: number): number | null | undefined {
  if (g < 2) return series[g as 0 | 1][i];
  const first = series[0][i];
  const second = series[1][i];
  return first === undefined || second === undefined || first === null || second === null
    ? (first ?? second)
    : Math.round((first + second) / 2);
}

/** Sessions are booked a week ahead, as a real diary would have them. */
function bookedAt(scheduledAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime(), scheduledAt.getTime() - 7 * 24 * 3600_000));
}

export async function seedDemoSessions(db: Executor, organizationId: string, now: Date): Promise<void> {
  const todayIso = toIsoDate(calendarDateIn(now, TIME_ZONE));
  const at = (dayOffset: number, time = '10:00') => {
    const day = toIsoDate(addCalendarDays(calendarDateIn(new Date(`${todayIso}T12:00:00Z`), 'UTC'), dayOffset));
    return wallTimeToInstant(`${day}T${time}`, TIME_ZONE) ?? new Date(`${day}T10:00:00Z`);
  };
  const hoursBefore = (instant: Date, hours: number) => new Date(instant.getTime() - hours * 3600_000);

  const [org] = await db
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!org) return;
  const roster = await db
    .select({
      id: clients.id,
      name: clients.displayName,
      intakeDate: clients.intakeDate,
      portalUserId: clients.portalUserId,
      clinicianId: caseloadAssignments.clinicianId,
    })
    .from(clients)
    .innerJoin(
      caseloadAssignments,
      and(eq(caseloadAssignments.clientId, clients.id), isNull(caseloadAssignments.endedAt)),
    )
    .where(eq(clients.organizationId, organizationId))
    .orderBy(clients.displayName);

  const names: readonly string[] = DEMO_CLIENT_NAMES;
  const timelineClients: TimelineClient[] = [];
  for (const person of roster) {
    const story = STORIES.find((s) => s.client === person.name);
    if (story && person.portalUserId) {
      await seedStory(
        db,
        organizationId,
        person as typeof person & { portalUserId: string },
        story,
        at,
        hoursBefore,
        now,
      );
      continue;
    }
    // Everyone else: a treatment history from intake to the next booking (demo-timelines.ts).
    timelineClients.push({
      id: person.id,
      name: person.name,
      index: Math.max(0, names.indexOf(person.name)),
      intakeDate: person.intakeDate,
      clinicianId: person.clinicianId,
      portalUserId: person.portalUserId,
    });
  }
  await seedDemoTimelineSessions(db, organizationId, timelineClients, now, org.timeZone);
}

/** Goals that were active at the first session but are not now (re-worded since), with the version rated then. */
async function formerlyActiveGoals(
  db: Executor,
  clientId: string,
  activeIds: string[],
  firstSession: Date,
): Promise<{ goalId: string; versionId: string }[]> {
  const everActive = await db
    .selectDistinct({ goalId: goals.id, sortOrder: goals.sortOrder })
    .from(goals)
    .innerJoin(goalStatusEvents, and(eq(goalStatusEvents.goalId, goals.id), eq(goalStatusEvents.toStatus, 'active')))
    .where(eq(goals.clientId, clientId))
    .orderBy(goals.sortOrder);
  const result: { goalId: string; versionId: string }[] = [];
  for (const goal of everActive.filter((g) => !activeIds.includes(g.goalId))) {
    const versions = await db
      .select({ id: goalVersions.id, createdAt: goalVersions.createdAt })
      .from(goalVersions)
      .where(eq(goalVersions.goalId, goal.goalId))
      .orderBy(goalVersions.number);
    const then = versions.filter((v) => v.createdAt <= firstSession).pop();
    if (then) result.push({ goalId: goal.goalId, versionId: then.id });
  }
  return result;
}

type RosterClient = { id: string; name: string; portalUserId: string; clinicianId: string };

async function ensureActiveGoals(
  db: Executor,
  organizationId: string,
  person: RosterClient,
  story: Story,
  signedAt: Date,
): Promise<{ goalId: string; versionId: string; objectiveId: string | null; wording: string }[]> {
  const [existing] = await db.select({ n: count() }).from(goals).where(eq(goals.clientId, person.id));
  if ((existing?.n ?? 0) === 0) {
    const pairs: { goalId: string; versionId: string }[] = [];
    for (const [order, spec] of story.goals.entries()) {
      const quality = checkGoalQuality({
        wording: spec.wording,
        theme: spec.theme as never,
        value: spec.value,
        measure: spec.measure,
        target: spec.target,
        frequency: spec.frequency,
        confidence: spec.confidence,
      });
      const [created] = await db
        .insert(goals)
        .values({
          organizationId,
          clientId: person.id,
          lifecycleStatus: 'active',
          achievementStatus: 'in-progress',
          agreed: true,
          agreedAt: signedAt,
          firstAgreedAt: signedAt,
          passesAllSmart: quality.passesAllSmart,
          createdBy: person.clinicianId,
          createdBySide: 'therapist',
          sortOrder: order,
          createdAt: signedAt,
        })
        .returning({ id: goals.id });
      const [version] = await db
        .insert(goalVersions)
        .values({
          organizationId,
          goalId: created!.id,
          number: 1,
          authorUserId: person.clinicianId,
          authorSide: 'therapist',
          wording: spec.wording,
          theme: spec.theme,
          value: spec.value,
          measure: spec.measure,
          target: spec.target,
          frequency: spec.frequency,
          confidence: spec.confidence,
          firstStep: spec.objective.description,
          objectives: [
            {
              text: spec.objective.description,
              timesPerPeriod: spec.objective.timesPerPeriod,
              period: spec.objective.period,
            },
          ],
          quality: quality as unknown as Record<string, unknown>,
          qualityCheckVersion: QUALITY_CHECK_VERSION,
          createdAt: signedAt,
        })
        .returning({ id: goalVersions.id });
      await db
        .update(goals)
        .set({ currentVersionId: version!.id })
        .where(and(eq(goals.organizationId, organizationId), eq(goals.id, created!.id)));
      await db.insert(objectives).values({
        organizationId,
        goalId: created!.id,
        ...spec.objective,
        createdInVersionId: version!.id,
        createdAt: signedAt,
      });
      await db.insert(goalPositions).values([
        {
          organizationId,
          goalId: created!.id,
          goalVersionId: version!.id,
          side: 'therapist',
          userId: person.clinicianId,
          position: 'agree',
          createdAt: signedAt,
        },
        {
          organizationId,
          goalId: created!.id,
          goalVersionId: version!.id,
          side: 'client',
          userId: person.portalUserId,
          position: 'agree',
          createdAt: signedAt,
        },
      ]);
      pairs.push({ goalId: created!.id, versionId: version!.id });
    }
    const hash = planHash(pairs);
    const [clinician] = await db.select({ name: users.name }).from(users).where(eq(users.id, person.clinicianId));
    await db.insert(planSignatures).values([
      {
        organizationId,
        clientId: person.id,
        planHash: hash,
        goalVersions: pairs,
        signerRole: 'client',
        userId: person.portalUserId,
        typedName: person.name,
        signedAt,
      },
      {
        organizationId,
        clientId: person.id,
        planHash: hash,
        goalVersions: pairs,
        signerRole: 'therapist',
        userId: person.clinicianId,
        typedName: clinician?.name ?? 'Therapist',
        signedAt,
      },
    ]);
  }
  const active = await db
    .select({ goalId: goals.id, versionId: goalVersions.id, wording: goalVersions.wording })
    .from(goals)
    .innerJoin(
      goalVersions,
      and(eq(goalVersions.organizationId, goals.organizationId), eq(goalVersions.id, goals.currentVersionId)),
    )
    .where(and(eq(goals.clientId, person.id), eq(goals.lifecycleStatus, 'active')))
    .orderBy(goals.sortOrder, goals.createdAt);
  const steps = await db
    .select({ id: objectives.id, goalId: objectives.goalId })
    .from(objectives)
    .where(isNull(objectives.retiredAt));
  return active.map((g) => ({ ...g, objectiveId: steps.find((s) => s.goalId === g.goalId)?.id ?? null }));
}

async function seedStory(
  db: Executor,
  organizationId: string,
  person: RosterClient,
  story: Story,
  at: (dayOffset: number, time?: string) => Date,
  hoursBefore: (instant: Date, hours: number) => Date,
  now: Date,
): Promise<void> {
  const sessionTimes = story.past.map((offset) => at(offset));
  const activeGoals = await ensureActiveGoals(db, organizationId, person, story, hoursBefore(sessionTimes[0]!, 72));
  // Every goal active at the sessions is rated at each check-in, in the wording the client saw
  // then: also a goal re-worded since (Jordan's), after the goals active now.
  const ratedGoals = [
    ...activeGoals,
    ...(await formerlyActiveGoals(
      db,
      person.id,
      activeGoals.map((g) => g.goalId),
      sessionTimes[0]!,
    )),
  ];
  const sessionRows = await db
    .insert(therapySessions)
    .values([
      ...sessionTimes.map((scheduledAt) => ({
        organizationId,
        clientId: person.id,
        clinicianId: person.clinicianId,
        scheduledAt,
        status: 'attended' as const,
        createdBy: person.clinicianId,
        createdAt: bookedAt(scheduledAt, now),
      })),
      {
        organizationId,
        clientId: person.id,
        clinicianId: person.clinicianId,
        scheduledAt: at(story.upcoming),
        status: 'scheduled' as const,
        createdBy: person.clinicianId,
        createdAt: now,
      },
    ])
    .returning({ id: therapySessions.id, scheduledAt: therapySessions.scheduledAt });
  const past = sessionRows.slice(0, story.past.length);
  const upcoming = sessionRows[sessionRows.length - 1]!;

  const raise = (values: Omit<typeof flags.$inferInsert, 'organizationId' | 'clientId'>) =>
    db.insert(flags).values({ organizationId, clientId: person.id, notifiedAt: values.raisedAt, ...values });

  // Each session's new PHQ-9, GAD-7 and ORS totals, for the client-level not-on-track flag.
  const measureTotals: { instrument: 'phq9' | 'gad7' | 'ors'; therapySessionNumber: number; total: number }[] = [];
  const track = (instrument: 'phq9' | 'gad7' | 'ors', therapySessionNumber: number, total: number) =>
    measureTotals.push({ instrument, therapySessionNumber, total });

  for (const [i, session] of past.entries()) {
    const checkedInAt = hoursBefore(session.scheduledAt, 20);
    const [before] = await db
      .insert(checkIns)
      .values({
        organizationId,
        clientId: person.id,
        therapySessionId: session.id,
        kind: 'before',
        status: 'submitted',
        createdAt: checkedInAt,
        updatedAt: checkedInAt,
        submittedAt: checkedInAt,
      })
      .returning({ id: checkIns.id });
    const afterAt = new Date(session.scheduledAt.getTime() + 2 * 3600_000);
    const [after] = await db
      .insert(checkIns)
      .values({
        organizationId,
        clientId: person.id,
        therapySessionId: session.id,
        kind: 'after',
        status: 'submitted',
        createdAt: afterAt,
        updatedAt: afterAt,
        submittedAt: afterAt,
      })
      .returning({ id: checkIns.id });
    for (const [g, active] of ratedGoals.entries()) {
      const clientRating = ratingFor(story.clientRatings, g, i);
      const therapistRating = ratingFor(story.therapistRatings, g, i);
      if (clientRating !== undefined && clientRating !== null) {
        await db.insert(goalRatings).values({
          organizationId,
          clientId: person.id,
          goalId: active.goalId,
          goalVersionId: active.versionId,
          therapySessionId: session.id,
          side: 'client',
          checkInId: before!.id,
          progress: clientRating,
          clarity: story.clarity,
          isDraft: false,
          ratedBy: person.portalUserId,
          ratedAt: checkedInAt,
        });
      }
      if (therapistRating !== undefined && therapistRating !== null) {
        await db.insert(goalRatings).values({
          organizationId,
          clientId: person.id,
          goalId: active.goalId,
          goalVersionId: active.versionId,
          therapySessionId: session.id,
          side: 'therapist',
          progress: therapistRating,
          isDraft: false,
          ratedBy: person.clinicianId,
          ratedAt: afterAt,
        });
      }
      if (clientRating != null && therapistRating != null) {
        const differ = perspectivesDifferFlag({
          goalId: active.goalId,
          therapySessionNumber: i + 1,
          clientRating,
          therapistRating,
        });
        if (differ)
          await raise({
            kind: 'perspectives-differ',
            goalId: active.goalId,
            therapySessionId: session.id,
            reason: differ.reason,
            data: { ...differ.data },
            dedupeKey: `perspectives:${active.goalId}:${session.id}`,
            raisedAt: afterAt,
          });
      }
    }
    const responses: {
      instrument: 'phq9' | 'gad7' | 'ors' | 'srs';
      answers: number[];
      checkInId: string;
      when: Date;
    }[] = [];
    const phq9Total = story.phq9[i];
    if (phq9Total !== undefined)
      responses.push({
        instrument: 'phq9',
        answers: frequencyAnswers(phq9Total, 9),
        checkInId: before!.id,
        when: checkedInAt,
      });
    const gad7Total = story.gad7[i];
    if (gad7Total !== undefined)
      responses.push({
        instrument: 'gad7',
        answers: frequencyAnswers(gad7Total, 7, 1),
        checkInId: before!.id,
        when: checkedInAt,
      });
    const orsTotal = story.ors[i];
    if (orsTotal !== undefined)
      responses.push({ instrument: 'ors', answers: analogueMarks(orsTotal), checkInId: before!.id, when: checkedInAt });
    const srsTotal = story.srs[i];
    if (srsTotal !== undefined)
      responses.push({ instrument: 'srs', answers: analogueMarks(srsTotal), checkInId: after!.id, when: afterAt });
    for (const response of responses) {
      const scored =
        response.instrument === 'phq9'
          ? scorePhq9(response.answers)
          : response.instrument === 'gad7'
            ? scoreGad7(response.answers)
            : response.instrument === 'ors'
              ? scoreOrs(response.answers, null)
              : scoreSrs(response.answers);
      await db.insert(measureResponses).values({
        organizationId,
        clientId: person.id,
        therapySessionId: session.id,
        checkInId: response.checkInId,
        instrument: response.instrument,
        answers: response.answers,
        complete: scored.complete,
        total: scored.total,
        band: 'band' in scored ? scored.band : null,
        isDraft: false,
        createdAt: response.when,
        updatedAt: response.when,
        submittedAt: response.when,
      });
      if (response.instrument !== 'srs' && scored.total !== null) track(response.instrument, i + 1, scored.total);
    }
    if (srsTotal !== undefined && i > 0) {
      const alliance = allianceFlag({
        therapySessionNumber: i + 1,
        srsTotal,
        previousSrsTotal: story.srs[i - 1] ?? null,
      });
      if (alliance) {
        await raise({
          kind: 'alliance',
          therapySessionId: session.id,
          reason: alliance.reason,
          data: { ...alliance.data },
          dedupeKey: `alliance:${session.id}`,
          raisedAt: afterAt,
          ...(story.allianceNote
            ? {
                acknowledgedAt: new Date(afterAt.getTime() + 26 * 3600_000),
                acknowledgedBy: person.clinicianId,
                acknowledgementNote: story.allianceNote,
              }
            : {}),
        });
      }
    }
  }

  // Not on track, per goal, from the client's ratings: what the live check-in would have left
  // open (raised by the first triggering rating, later ones appended), none acknowledged.
  for (const [g, active] of activeGoals.entries()) {
    const ratings = story.past
      .map((_, i) => ratingFor(story.clientRatings, g, i))
      .flatMap((rating, i) =>
        rating === undefined || rating === null ? [] : [{ therapySessionNumber: i + 1, rating }],
      );
    const replay = replayNotOnTrackGoal({ goalId: active.goalId, clientRatings: ratings });
    const opened = replay ? past[replay.openedAtTherapySession - 1] : undefined;
    if (replay && opened) {
      await raise({
        kind: 'not-on-track',
        goalId: active.goalId,
        therapySessionId: opened.id,
        reason: replay.flag.reason,
        data: { scope: 'goal', ...replay.flag.data },
        dedupeKey: `not-on-track:goal:${active.goalId}:${opened.id}`,
        raisedAt: hoursBefore(opened.scheduledAt, 20),
      });
    }
  }
  // Client level, the same way: each new score against the first, appended to the open flag.
  let clientFlag: { reason: string; data: NotOnTrackClientData; openedAt: number } | null = null;
  for (const [i] of past.entries()) {
    const pair = (instrument: 'phq9' | 'gad7' | 'ors') => {
      const first = measureTotals.find((m) => m.instrument === instrument);
      const latest = measureTotals.find((m) => m.instrument === instrument && m.therapySessionNumber === i + 1);
      return first && latest && latest.therapySessionNumber > first.therapySessionNumber
        ? {
            first: first.total,
            firstTherapySession: first.therapySessionNumber,
            latest: latest.total,
            latestTherapySession: latest.therapySessionNumber,
          }
        : null;
    };
    const raised = notOnTrackClientFlag({
      clientId: person.id,
      phq9: pair('phq9'),
      gad7: pair('gad7'),
      ors: pair('ors'),
    });
    if (raised)
      clientFlag = clientFlag
        ? { ...appendToOpenClientFlag(clientFlag, raised), openedAt: clientFlag.openedAt }
        : { reason: raised.reason, data: raised.data, openedAt: i };
  }
  const clientOpenedAt = clientFlag ? past[clientFlag.openedAt] : undefined;
  if (clientFlag && clientOpenedAt) {
    await raise({
      kind: 'not-on-track',
      therapySessionId: clientOpenedAt.id,
      reason: clientFlag.reason,
      data: { scope: 'client', ...clientFlag.data },
      dedupeKey: `not-on-track:client:${clientOpenedAt.id}`,
      raisedAt: hoursBefore(clientOpenedAt.scheduledAt, 20),
    });
  }

  // A draft check-in for the upcoming session with question 9 above 0: the risk flag is waiting.
  if (story.riskDraftHoursAgo !== undefined) {
    const savedAt = new Date(now.getTime() - story.riskDraftHoursAgo * 3600_000);
    const [draft] = await db
      .insert(checkIns)
      .values({
        organizationId,
        clientId: person.id,
        therapySessionId: upcoming.id,
        kind: 'before',
        status: 'draft',
        createdAt: savedAt,
        updatedAt: savedAt,
      })
      .returning({ id: checkIns.id });
    const answers = [2, 2, 1, 2, 1, 2, 1, 0, 1];
    const scored = scorePhq9(answers);
    const [response] = await db
      .insert(measureResponses)
      .values({
        organizationId,
        clientId: person.id,
        therapySessionId: upcoming.id,
        checkInId: draft!.id,
        instrument: 'phq9',
        answers,
        complete: true,
        total: scored.total,
        band: scored.band,
        isDraft: true,
        createdAt: savedAt,
        updatedAt: savedAt,
      })
      .returning({ id: measureResponses.id });
    const risk = phq9RiskFlag({ answers, answeredOn: toIsoDate(calendarDateIn(savedAt, TIME_ZONE)) });
    if (risk) {
      await raise({
        kind: 'risk',
        therapySessionId: upcoming.id,
        sourceResponseId: response!.id,
        reason: risk.reason,
        data: { ...risk.data },
        dedupeKey: `risk:${response!.id}:${risk.data.answer}`,
        raisedAt: savedAt,
      });
    }
  }

  // Steps ticked off over the last four weeks, spread over the days of each week.
  const todayIso = toIsoDate(calendarDateIn(now, TIME_ZONE));
  const monday = new Date(`${todayIso}T12:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const tickRows: (typeof objectiveTicks.$inferInsert)[] = [];
  for (const [g, active] of activeGoals.slice(0, 2).entries()) {
    const objectiveId = active.objectiveId;
    if (!objectiveId) continue;
    const perWeek = story.ticks[g] ?? [];
    perWeek.forEach((times, w) => {
      const weekStart = new Date(monday);
      weekStart.setUTCDate(weekStart.getUTCDate() - 7 * (perWeek.length - 1 - w));
      for (let t = 0; t < times; t += 1) {
        const day = new Date(weekStart);
        day.setUTCDate(day.getUTCDate() + ((t * 2) % 7));
        const doneOn = day.toISOString().slice(0, 10);
        if (doneOn > todayIso) continue;
        tickRows.push({
          organizationId,
          clientId: person.id,
          goalId: active.goalId,
          objectiveId,
          doneOn,
          submissionKey: crypto.randomUUID(),
          createdBy: person.portalUserId,
          note: t === 0 && w === perWeek.length - 1 ? 'Felt good afterwards' : null,
        });
      }
    });
  }
  if (tickRows.length > 0) await db.insert(objectiveTicks).values(tickRows);
}
