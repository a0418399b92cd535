import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { addCalendarDays, calendarDateIn, toIsoDate } from '@/lib/time/local-date';
import type { LifecycleStatus } from '@/lib/domain/consensus/types';
import { allianceFlag, perspectivesDifferFlag, phq9RiskFlag, replayNotOnTrackGoal } from '@/lib/domain/flags';
import { statusAt } from '@/lib/domain/metrics/client-rollup';
import { scoreGad7, scoreOrs, scorePhq9, scoreSrs } from '@/lib/domain/scoring';
import { wallTimeToInstant } from '@/lib/domain/therapy-sessions';
import { checkIns, flags, goalRatings, goals, goalStatusEvents, measureResponses, therapySessions } from '@/db/schema';
import type { Executor } from '@/db/types';

/*
 * A believable treatment history for every demo client who is not one of the six portal
 * stories (demo-sessions.ts tells those): a first session on the intake day, weekly sessions
 * for eight weeks, then fortnightly, then monthly, and the next booking; goals set together in
 * the first session or two (later for some, so "set from the start" varies), plans signed in
 * the portal and reviewed; check-ins with the client's progress and clarity ratings before
 * sessions and the Session Rating Scale after; the therapist's ratings; and the flags those
 * ratings raise. Deterministic for a given `now`: every "random" choice comes from a seeded
 * generator per client.
 *
 * The goals (and their signatures) are written by demo-goals.ts from the same session plan
 * (`demoSessionPlan`), so goal events happen during sessions; this file then writes the
 * sessions and everything rated in them, reading which goals were active at each session.
 */

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
/** Sessions this recent always have their check-in (upkeep would flag a missing one as overdue). */
const ALWAYS_CHECKED_IN_DAYS = 14;

export type DemoGoalScenario =
  | 'none'
  | 'suggested-client'
  | 'agreed-waiting-sign'
  | 'signed-first'
  | 'signed-second'
  | 'signed-late'
  | 'reconsent'
  | 'review-overdue';
export type DemoTrajectory = 'improving' | 'flat' | 'dip' | 'recovered';

export interface DemoTimeline {
  scenario: DemoGoalScenario;
  trajectory: DemoTrajectory;
  /** A session that felt worse (SRS below 36): acknowledged long ago, or open now. */
  allianceDip?: 'acknowledged' | 'open';
  /** PHQ-9 question 9 above 0: at a past session (acknowledged), or in a draft check-in hours ago (open). */
  risk?: 'acknowledged' | 'open';
}

const SCENARIOS: Partial<Record<string, DemoGoalScenario>> = {
  'Ethan Clarke': 'none',
  'Felix Wagner': 'none',
  'Rory Kennedy': 'none',
  'Omar Farouk': 'none',
  'Esme Campbell': 'suggested-client',
  'Iris Novak': 'agreed-waiting-sign',
  'Zara Hussain': 'signed-late',
  'Yusuf Demir': 'signed-late',
  'Nadia Haddad': 'signed-late',
  'Harvey Collins': 'signed-late',
  'Elliot Shaw': 'signed-late',
  'Noah Williams': 'signed-second',
  'Leah Murphy': 'signed-second',
  'Arjun Singh': 'signed-second',
  'Aaliyah Brooks': 'signed-second',
  'Kofi Boateng': 'signed-second',
  'Jasper Quinn': 'signed-second',
  'Maya Thompson': 'signed-second',
  'Lucas Ferreira': 'signed-second',
  'Sofia Rossi': 'reconsent',
  'Mateo García': 'reconsent',
  'Toby Fletcher': 'reconsent',
  'Daniel Osei': 'review-overdue',
  'Ruby Evans': 'review-overdue',
  'Reuben Green': 'review-overdue',
};

const TRAJECTORIES: Partial<Record<string, DemoTrajectory>> = {
  'Liam O’Connor': 'flat',
  'Oliver Brown': 'flat',
  'Emily Walsh': 'flat',
  'Grace O’Neill': 'flat',
  'Hugo Moreau': 'flat',
  'Anya Petrova': 'flat',
  'Samuel Adeyemi': 'dip',
  'Layla Ahmed': 'dip',
  'Nora Lindgren': 'dip',
  'Amara Nwosu': 'recovered',
  'Joseph Mensah': 'recovered',
  'Theo Laurent': 'recovered',
  'Willow Carter': 'recovered',
};

export function demoTimeline(clientName: string): DemoTimeline {
  return {
    scenario: SCENARIOS[clientName] ?? 'signed-first',
    trajectory: TRAJECTORIES[clientName] ?? 'improving',
    allianceDip:
      clientName === 'Freya Lindqvist'
        ? 'open'
        : clientName === 'Noah Williams' || clientName === 'Imogen Price'
          ? 'acknowledged'
          : undefined,
    risk:
      clientName === 'Nadia Haddad'
        ? 'open'
        : clientName === 'Niamh Byrne' || clientName === 'Ibrahim Ali'
          ? 'acknowledged'
          : undefined,
  };
}

export interface PlannedSession {
  at: Date;
  status: 'attended' | 'cancelled' | 'no-show' | 'scheduled';
}

const SESSION_TIMES = ['09:30', '11:00', '14:00', '16:30'] as const;

/**
 * The client's sessions from intake to the next booking: weekly for the first eight attended,
 * fortnightly to the twentieth, then monthly. Now and then one is cancelled or missed (never in
 * the last two weeks, and never the first two).
 */
export function demoSessionPlan(index: number, intakeDate: string, now: Date, timeZone: string): PlannedSession[] {
  const time = SESSION_TIMES[index % SESSION_TIMES.length]!;
  const intake = calendarDateIn(new Date(`${intakeDate}T12:00:00Z`), 'UTC');
  const sessions: PlannedSession[] = [];
  let offset = 0;
  let attended = 0;
  for (let n = 0; n < 200; n += 1) {
    const day = toIsoDate(addCalendarDays(intake, offset));
    const at = wallTimeToInstant(`${day}T${time}`, timeZone) ?? new Date(`${day}T12:00:00Z`);
    if (at > now) {
      sessions.push({ at, status: 'scheduled' });
      break;
    }
    const recent = now.getTime() - at.getTime() < ALWAYS_CHECKED_IN_DAYS * DAY;
    const status =
      !recent && n >= 2 && (n + index) % 9 === 0
        ? 'cancelled'
        : !recent && n >= 2 && (n + index) % 23 === 0
          ? 'no-show'
          : 'attended';
    sessions.push({ at, status });
    if (status === 'attended') attended += 1;
    // A cancelled session is rebooked a few days later; otherwise the cadence sets the next date.
    offset += status === 'cancelled' ? 3 : attended < 8 ? 7 : attended < 20 ? 14 : 28;
  }
  return sessions;
}

/** A small seeded generator (mulberry32), so the demo is the same every time. */
function randomFor(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, value));

/** The client's rating (0–10) of goal `g` at their `k`-th rated session of `total`. */
function rating(trajectory: DemoTrajectory, g: number, k: number, total: number, base: number, noise: number): number {
  switch (trajectory) {
    case 'recovered':
      return clamp(Math.round(base + k * 0.8 + noise), 0, 9);
    case 'flat':
      // Ups and downs around where they started, ending no higher.
      return k === total - 1 ? base : clamp(base + (k % 3 === 1 ? 1 : 0) - (k % 4 === 3 ? 1 : 0), 0, 9);
    case 'dip': {
      const dropAt = Math.max(3, Math.floor(total * 0.7));
      const up = clamp(Math.round(base + Math.min(k, dropAt - 1) * 0.5 + noise * 0.5), 0, 9);
      return k >= dropAt ? clamp(up - 3 - (g % 2), 0, 9) : up;
    }
    case 'improving':
      return clamp(Math.round(base + k * (0.3 + 0.05 * g) + noise), 0, 9);
  }
}

/** Spreads a questionnaire total over its items (0–3 each), the last item answered separately. */
export function frequencyAnswers(total: number, count: number, lastItem = 0): number[] {
  const answers = Array<number>(count).fill(0);
  answers[count - 1] = lastItem;
  let remaining = total - lastItem;
  for (let round = 0; round < 3 && remaining > 0; round += 1) {
    for (let i = 0; i < count - 1 && remaining > 0; i += 1) {
      answers[i] = answers[i]! + 1;
      remaining -= 1;
    }
  }
  return answers;
}

/** Splits an ORS/SRS total (one decimal) into four marks (one decimal each). */
export function analogueMarks(total: number): number[] {
  const tenths = Math.round(total * 10);
  const base = Math.floor(tenths / 4);
  return [0, 1, 2, 3].map((i) => (base + (i < tenths - base * 4 ? 1 : 0)) / 10);
}

export interface TimelineClient {
  id: string;
  name: string;
  index: number;
  intakeDate: string;
  clinicianId: string;
  portalUserId: string | null;
}

interface Rows {
  sessions: (typeof therapySessions.$inferInsert)[];
  checkIns: (typeof checkIns.$inferInsert)[];
  ratings: (typeof goalRatings.$inferInsert)[];
  measures: (typeof measureResponses.$inferInsert)[];
  flags: (typeof flags.$inferInsert)[];
}

interface GoalHistory {
  id: string;
  versionId: string;
  createdAt: Date;
  status: LifecycleStatus;
  events: { at: Date; status: LifecycleStatus }[];
}

const ACK_NOTES = {
  risk: 'Called the same afternoon. Safe, with a plan for the evenings; reviewed together at the next session.',
  alliance: 'Talked about how the session felt; we agreed to slow down and check in at the start of each session.',
  perspectives: 'Compared notes in session: we see this goal differently, and agreed what would show progress.',
  notOnTrack: 'Discussed in session: we made the first step smaller and will look again in three weeks.',
};

function buildClient(
  rows: Rows,
  organizationId: string,
  client: TimelineClient,
  goalHistory: GoalHistory[],
  now: Date,
  timeZone: string,
): void {
  const timeline = demoTimeline(client.name);
  const random = randomFor(client.index * 7919 + 17);
  const plan = demoSessionPlan(client.index, client.intakeDate, now, timeZone);
  const raise = (values: Omit<typeof flags.$inferInsert, 'organizationId' | 'clientId'>) =>
    rows.flags.push({ organizationId, clientId: client.id, notifiedAt: values.raisedAt, ...values });
  const portal = client.portalUserId !== null;

  const sessionIds = plan.map(() => randomUUID());
  plan.forEach((session, i) =>
    rows.sessions.push({
      id: sessionIds[i],
      organizationId,
      clientId: client.id,
      clinicianId: client.clinicianId,
      scheduledAt: session.at,
      status: session.status,
      createdBy: client.clinicianId,
      // Booked a week ahead, as a diary would be (the next booking was made at the last session).
      createdAt: new Date(Math.min(now.getTime(), session.at.getTime() - 7 * DAY)),
    }),
  );

  // Which goals each attended session rates: those active when it started.
  const attended = plan
    .map((session, i) => ({ ...session, id: sessionIds[i]!, number: 0 }))
    .filter((s) => s.status === 'attended');
  const numbered = plan
    .map((session, i) => ({ ...session, id: sessionIds[i]! }))
    .filter((s) => s.status !== 'cancelled' && s.status !== 'no-show');
  for (const session of attended) session.number = numbered.findIndex((s) => s.id === session.id) + 1;
  const toRate = attended.map((session) =>
    goalHistory.filter(
      (goal) =>
        statusAt(
          {
            goalId: goal.id,
            status: goal.status,
            agreed: true,
            passesAllSmart: false,
            firstAgreedAt: null,
            currentVersionId: goal.versionId,
            createdAt: goal.createdAt,
            statusEvents: goal.events,
          },
          session.at,
        ) === 'active',
    ),
  );
  const ratedTotals = new Map<string, number>();
  toRate.forEach((list) => list.forEach((goal) => ratedTotals.set(goal.id, (ratedTotals.get(goal.id) ?? 0) + 1)));
  const ratedSoFar = new Map<string, number>();
  const series = new Map<string, { number: number; rating: number; sessionId: string; at: Date }[]>();
  const bases = goalHistory.map((_, g) => 2 + ((client.index + g) % 3));
  const dipAt = timeline.allianceDip === 'open' ? attended.length - 1 : Math.floor(attended.length * 0.6);
  let srsPrevious: number | null = null;
  const clarityStart = 1 + (client.index % 3);
  const clarityCap = timeline.trajectory === 'flat' ? 3 : 3 + (client.index % 3);
  let phqStart = 11 + (client.index % 6);

  attended.forEach((session, s) => {
    const recent = now.getTime() - session.at.getTime() < ALWAYS_CHECKED_IN_DAYS * DAY;
    const goalsNow = toRate[s]!;
    const checkedInAt = new Date(session.at.getTime() - 20 * HOUR);
    const afterAt = new Date(session.at.getTime() + 3 * HOUR);
    const skipCheckIn = portal && !recent && random() < 0.08;
    const partial = portal && !recent && !skipCheckIn && random() < 0.06;
    const beforeId = randomUUID();
    if (portal && !skipCheckIn)
      rows.checkIns.push({
        id: beforeId,
        organizationId,
        clientId: client.id,
        therapySessionId: session.id,
        kind: 'before',
        status: 'submitted',
        createdAt: checkedInAt,
        updatedAt: checkedInAt,
        submittedAt: checkedInAt,
      });

    goalsNow.forEach((goal, g) => {
      const k = ratedSoFar.get(goal.id) ?? 0;
      ratedSoFar.set(goal.id, k + 1);
      const noise = random() < 0.25 ? -1 : random() < 0.25 ? 1 : 0;
      const clientRating = rating(
        timeline.trajectory,
        g,
        k,
        ratedTotals.get(goal.id) ?? 1,
        bases[goalHistory.indexOf(goal)] ?? 3,
        noise,
      );
      // Clarity grows as goals are talked about; some clients' goals stay less clear than others'.
      const clarity = clamp(clarityStart + Math.floor(k / 4) + (g === 1 ? 1 : 0), 1, clarityCap);
      const rated = portal && !skipCheckIn && !(partial && g === goalsNow.length - 1);
      if (rated) {
        rows.ratings.push({
          organizationId,
          clientId: client.id,
          goalId: goal.id,
          goalVersionId: goal.versionId,
          therapySessionId: session.id,
          side: 'client',
          checkInId: beforeId,
          progress: clientRating,
          clarity,
          isDraft: false,
          ratedBy: client.portalUserId,
          ratedAt: checkedInAt,
        });
        const list = series.get(goal.id) ?? [];
        list.push({ number: session.number, rating: clientRating, sessionId: session.id, at: checkedInAt });
        series.set(goal.id, list);
      }
      // The therapist's rating sits close to the client's; now and then they see it differently.
      const differ = rated && random() < 0.04;
      const therapistRating = clamp(
        differ
          ? clientRating + (clientRating > 5 ? -3 : 3)
          : clientRating + (random() < 0.3 ? 1 : random() < 0.2 ? -1 : 0),
        0,
        10,
      );
      rows.ratings.push({
        organizationId,
        clientId: client.id,
        goalId: goal.id,
        goalVersionId: goal.versionId,
        therapySessionId: session.id,
        side: 'therapist',
        progress: therapistRating,
        isDraft: false,
        ratedBy: client.clinicianId,
        ratedAt: afterAt,
      });
      if (rated) {
        const flag = perspectivesDifferFlag({
          goalId: goal.id,
          therapySessionNumber: session.number,
          clientRating,
          therapistRating,
        });
        if (flag) {
          raise({
            kind: 'perspectives-differ',
            goalId: goal.id,
            therapySessionId: session.id,
            reason: flag.reason,
            data: { ...flag.data },
            dedupeKey: `perspectives:${goal.id}:${session.id}`,
            raisedAt: afterAt,
            ...(recent
              ? {}
              : {
                  acknowledgedAt: new Date(afterAt.getTime() + DAY),
                  acknowledgedBy: client.clinicianId,
                  acknowledgementNote: ACK_NOTES.perspectives,
                }),
          });
        }
      }
    });

    if (!portal || skipCheckIn) return;
    // Questionnaires: PHQ-9 and GAD-7 at the first session and every fourth after; ORS every time.
    const improving = timeline.trajectory === 'improving' || timeline.trajectory === 'recovered';
    if ((session.number - 1) % 4 === 0) {
      const phq = clamp(phqStart - (improving ? Math.floor(s / 2) : 0), 2, 24);
      const item9 = timeline.risk === 'acknowledged' && session.number === 5 ? 1 : 0;
      const phqAnswers = frequencyAnswers(Math.max(phq, item9), 9, item9);
      const gadAnswers = frequencyAnswers(clamp(phq - 2, 1, 20), 7, 1);
      const phqId = randomUUID();
      for (const [id, instrument, answers, scored] of [
        [phqId, 'phq9', phqAnswers, scorePhq9(phqAnswers)],
        [randomUUID(), 'gad7', gadAnswers, scoreGad7(gadAnswers)],
      ] as const) {
        rows.measures.push({
          id,
          organizationId,
          clientId: client.id,
          therapySessionId: session.id,
          checkInId: beforeId,
          instrument,
          answers: [...answers],
          complete: true,
          total: scored.total,
          band: scored.band,
          isDraft: false,
          createdAt: checkedInAt,
          updatedAt: checkedInAt,
          submittedAt: checkedInAt,
        });
      }
      const risk = phq9RiskFlag({ answers: phqAnswers, answeredOn: toIsoDate(calendarDateIn(checkedInAt, timeZone)) });
      if (risk) {
        raise({
          kind: 'risk',
          therapySessionId: session.id,
          sourceResponseId: phqId,
          reason: risk.reason,
          data: { ...risk.data },
          dedupeKey: `risk:${phqId}:${risk.data.answer}`,
          raisedAt: checkedInAt,
          acknowledgedAt: new Date(checkedInAt.getTime() + 3 * HOUR),
          acknowledgedBy: client.clinicianId,
          acknowledgementNote: ACK_NOTES.risk,
        });
      }
      if (s === 0) phqStart = phq;
    }
    const ors = clamp(19 + (improving ? s * 0.6 : 0.3 * (s % 3)), 10, 36);
    const orsAnswers = analogueMarks(Math.round(ors * 10) / 10);
    rows.measures.push({
      organizationId,
      clientId: client.id,
      therapySessionId: session.id,
      checkInId: beforeId,
      instrument: 'ors',
      answers: orsAnswers,
      complete: true,
      total: scoreOrs(orsAnswers, null).total,
      isDraft: false,
      createdAt: checkedInAt,
      updatedAt: checkedInAt,
      submittedAt: checkedInAt,
    });

    // After the session: how it felt (SRS), steady and high, with a dip for a few.
    const afterId = randomUUID();
    rows.checkIns.push({
      id: afterId,
      organizationId,
      clientId: client.id,
      therapySessionId: session.id,
      kind: 'after',
      status: 'submitted',
      createdAt: afterAt,
      updatedAt: afterAt,
      submittedAt: afterAt,
    });
    const srsTotal =
      timeline.allianceDip && s === dipAt ? 34.8 : Math.round((36.6 + Math.min(2.8, s * 0.15)) * 10) / 10;
    const srsAnswers = analogueMarks(srsTotal);
    const srsScored = scoreSrs(srsAnswers);
    rows.measures.push({
      organizationId,
      clientId: client.id,
      therapySessionId: session.id,
      checkInId: afterId,
      instrument: 'srs',
      answers: srsAnswers,
      complete: true,
      total: srsScored.total,
      isDraft: false,
      createdAt: afterAt,
      updatedAt: afterAt,
      submittedAt: afterAt,
    });
    const alliance = allianceFlag({
      therapySessionNumber: session.number,
      srsTotal: srsScored.total!,
      previousSrsTotal: srsPrevious,
    });
    if (alliance) {
      raise({
        kind: 'alliance',
        therapySessionId: session.id,
        reason: alliance.reason,
        data: { ...alliance.data },
        dedupeKey: `alliance:${session.id}`,
        raisedAt: afterAt,
        ...(timeline.allianceDip === 'open'
          ? {}
          : {
              acknowledgedAt: new Date(afterAt.getTime() + DAY),
              acknowledgedBy: client.clinicianId,
              acknowledgementNote: ACK_NOTES.alliance,
            }),
      });
    }
    srsPrevious = srsScored.total;
  });

  // Not on track, per goal, from the client's ratings: what the live check-in would have left
  // open (raised by the first triggering rating, later ones appended).
  for (const [goalId, points] of series) {
    const replay = replayNotOnTrackGoal({
      goalId,
      clientRatings: points.map(({ number, rating: value }) => ({ therapySessionNumber: number, rating: value })),
    });
    const opened = replay ? points.find((p) => p.number === replay.openedAtTherapySession) : undefined;
    if (replay && opened) {
      raise({
        kind: 'not-on-track',
        goalId,
        therapySessionId: opened.sessionId,
        reason: replay.flag.reason,
        data: { scope: 'goal', ...replay.flag.data },
        dedupeKey: `not-on-track:goal:${goalId}:${opened.sessionId}`,
        raisedAt: opened.at,
      });
    }
  }

  // A check-in saved as a draft a few hours ago, PHQ-9 question 9 above 0: the risk flag waits for the therapist.
  const next = plan[plan.length - 1];
  // (Only when that check-in is open: the next session is within seven days.)
  if (
    timeline.risk === 'open' &&
    next?.status === 'scheduled' &&
    portal &&
    next.at.getTime() - now.getTime() < 7 * DAY
  ) {
    const savedAt = new Date(now.getTime() - 5 * HOUR);
    const draftId = randomUUID();
    const responseId = randomUUID();
    const answers = [2, 1, 2, 1, 1, 2, 0, 1, 1];
    const scored = scorePhq9(answers);
    rows.checkIns.push({
      id: draftId,
      organizationId,
      clientId: client.id,
      therapySessionId: sessionIds[sessionIds.length - 1]!,
      kind: 'before',
      status: 'draft',
      createdAt: savedAt,
      updatedAt: savedAt,
    });
    rows.measures.push({
      id: responseId,
      organizationId,
      clientId: client.id,
      therapySessionId: sessionIds[sessionIds.length - 1]!,
      checkInId: draftId,
      instrument: 'phq9',
      answers,
      complete: true,
      total: scored.total,
      band: scored.band,
      isDraft: true,
      createdAt: savedAt,
      updatedAt: savedAt,
    });
    const risk = phq9RiskFlag({ answers, answeredOn: toIsoDate(calendarDateIn(savedAt, timeZone)) });
    if (risk)
      raise({
        kind: 'risk',
        therapySessionId: sessionIds[sessionIds.length - 1]!,
        sourceResponseId: responseId,
        reason: risk.reason,
        data: { ...risk.data },
        dedupeKey: `risk:${responseId}:${risk.data.answer}`,
        raisedAt: savedAt,
      });
  }
}

/**
 * Writes the sessions, check-ins, ratings, questionnaires and flags of the timeline clients
 * (their goals are already written), in a handful of multi-row inserts.
 */
export async function seedDemoTimelineSessions(
  db: Executor,
  organizationId: string,
  timelineClients: readonly TimelineClient[],
  now: Date,
  timeZone: string,
): Promise<void> {
  if (timelineClients.length === 0) return;
  const ids = timelineClients.map((client) => client.id);
  const goalRows = await db
    .select({
      id: goals.id,
      clientId: goals.clientId,
      versionId: goals.currentVersionId,
      createdAt: goals.createdAt,
      status: goals.lifecycleStatus,
      sortOrder: goals.sortOrder,
    })
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), inArray(goals.clientId, ids)));
  const events =
    goalRows.length === 0
      ? []
      : await db
          .select({
            goalId: goalStatusEvents.goalId,
            at: goalStatusEvents.createdAt,
            status: goalStatusEvents.toStatus,
          })
          .from(goalStatusEvents)
          .where(
            inArray(
              goalStatusEvents.goalId,
              goalRows.map((goal) => goal.id),
            ),
          );
  const rows: Rows = { sessions: [], checkIns: [], ratings: [], measures: [], flags: [] };
  for (const client of timelineClients) {
    const history: GoalHistory[] = goalRows
      .filter((goal) => goal.clientId === client.id)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((goal) => ({
        id: goal.id,
        versionId: goal.versionId!,
        createdAt: goal.createdAt,
        status: goal.status,
        events: events
          .filter((event) => event.goalId === goal.id)
          .map((event) => ({ at: event.at, status: event.status })),
      }));
    buildClient(rows, organizationId, client, history, now, timeZone);
  }
  const insert = async (
    table: typeof therapySessions | typeof checkIns | typeof goalRatings | typeof measureResponses | typeof flags,
    values: Record<string, unknown>[],
  ) => {
    for (let i = 0; i < values.length; i += 400) await db.insert(table).values(values.slice(i, i + 400) as never[]);
  };
  await insert(therapySessions, rows.sessions);
  await insert(checkIns, rows.checkIns);
  await insert(goalRatings, rows.ratings);
  await insert(measureResponses, rows.measures);
  await insert(flags, rows.flags);
}
