import { randomUUID } from 'node:crypto';
import { nextReviewDate } from '@/lib/domain/consensus/review';
import { planHash } from '@/lib/domain/consensus/plan-hash';
import { replayNotOnTrackGoal } from '@/lib/domain/flags';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import type {
  caseloadAssignments,
  checkIns,
  clients,
  flags,
  goalPositions,
  goalRatings,
  goals,
  goalStatusEvents,
  goalVersions,
  planSignatures,
  supervisionLinks,
  therapySessions,
  users,
} from '@/db/schema';

/**
 * The benchmark clinic, generated in memory with realistic distributions and then bulk-loaded:
 * 1 organisation, 20 supervisors, 200 therapists, 20,000 clients, 60,000 goals and about
 * 1,000,000 goal ratings and check-ins. Deterministic (seeded PRNG) so two runs measure the same
 * data. Rows follow the same rules as the data layer: goals agreed by both sides on a version,
 * plans signed by both on the plan hash, ratings only of active goals, flags from the flag rules.
 */

export const SHAPE = { supervisors: 20, therapists: 200, clients: 20_000, goalsPerClient: 3 } as const;
/** Two therapists with fixed caseloads, for the "statements at caseload 10 and 100" check. */
export const SMALL_CASELOAD = 10;
export const LARGE_CASELOAD = 100;

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export interface BenchPerson {
  id: string;
  email: string;
  name: string;
}

export interface GeneratedClinic {
  organizationId: string;
  admin: BenchPerson;
  supervisors: BenchPerson[];
  therapists: BenchPerson[];
  /** Therapist 0 carries SMALL_CASELOAD clients, therapist 1 LARGE_CASELOAD; supervisor 0 supervises therapists 0–9. */
  rows: {
    users: Insert<typeof users>[];
    supervisionLinks: Insert<typeof supervisionLinks>[];
    clients: Insert<typeof clients>[];
    caseloadAssignments: Insert<typeof caseloadAssignments>[];
    goals: Insert<typeof goals>[];
    goalVersions: Insert<typeof goalVersions>[];
    goalPositions: Insert<typeof goalPositions>[];
    goalStatusEvents: Insert<typeof goalStatusEvents>[];
    planSignatures: Insert<typeof planSignatures>[];
    therapySessions: Insert<typeof therapySessions>[];
    checkIns: Insert<typeof checkIns>[];
    goalRatings: Insert<typeof goalRatings>[];
    flags: Insert<typeof flags>[];
  };
}

/** mulberry32: small, fast, good enough for synthetic data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
    normal: (mean: number, sd: number) =>
      mean + sd * Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next()),
  };
}

const DAY = 24 * 3600 * 1000;
const FIRST = [
  'Alex',
  'Sam',
  'Jordan',
  'Priya',
  'Maya',
  'Noah',
  'Zara',
  'Liam',
  'Ava',
  'Omar',
  'Isla',
  'Kofi',
  'Mia',
  'Ravi',
  'Leah',
  'Hugo',
  'Nadia',
  'Finn',
  'Ruby',
  'Yusuf',
  'Esme',
  'Theo',
  'Amara',
  'Kai',
];
const LAST = [
  'Ellis',
  'Patel',
  'Nwosu',
  'Schmidt',
  'Rossi',
  'Kaur',
  'Murphy',
  'Demir',
  'Walsh',
  'Evans',
  'García',
  'Mensah',
  'Harris',
  'Singh',
  'Laurent',
  'Haddad',
  'Byrne',
  'Hughes',
  'Novak',
  'Boateng',
];

/** A small library of goals; each wording's quality report is computed once and reused. */
const GOAL_LIBRARY = [
  {
    wording: 'Go to bed by 11pm on weeknights',
    theme: 'improving-sleep',
    value: 'Having energy for my family',
    frequency: 'on weeknights',
    measure: 'nights in bed by 11pm',
    target: '5 a week',
  },
  {
    wording: 'Reach out to one friend each week',
    theme: 'improving-communication-skills',
    value: 'Feeling connected',
    frequency: 'each week',
    measure: 'friends contacted',
    target: '1 a week',
  },
  {
    wording: 'Go for a 30 minute walk three times a week',
    theme: 'developing-coping-strategies',
    value: 'Looking after my body',
    frequency: 'three times a week',
    measure: 'walks',
    target: '3 a week',
  },
  {
    wording: 'Speak up at least once in each team meeting',
    theme: 'increasing-self-esteem',
    value: 'Being heard at work',
    frequency: 'each meeting',
    measure: 'meetings where I spoke',
    target: 'every meeting',
  },
  {
    wording: 'Practise ten minutes of breathing exercises every morning',
    theme: 'practising-mindfulness',
    value: 'Starting the day calm',
    frequency: 'every morning',
    measure: 'mornings practised',
    target: '7 a week',
  },
  {
    wording: 'Say no to one extra request a week when I am at capacity',
    theme: 'learning-to-set-boundaries',
    value: 'Protecting my time',
    frequency: 'each week',
    measure: 'requests declined',
    target: '1 a week',
  },
  {
    wording: 'Write down three things that went well each evening',
    theme: 'reducing-symptom-intensity',
    value: 'Noticing the good',
    frequency: 'each evening',
    measure: 'evenings written',
    target: '7 a week',
  },
  {
    wording: 'Cook a meal at home four nights a week',
    theme: 'changing-harmful-habits',
    value: 'Eating well',
    frequency: 'four nights a week',
    measure: 'meals cooked',
    target: '4 a week',
  },
  {
    wording: 'Have one calm conversation about chores with my partner each week',
    theme: 'addressing-challenging-dynamics',
    value: 'A fair home',
    frequency: 'each week',
    measure: 'conversations',
    target: '1 a week',
  },
] as const;

export function generateClinic(
  organizationId: string,
  passwordHash: string,
  now = new Date(),
  seed = 20_261_128,
): GeneratedClinic {
  const rng = prng(seed);
  const timeZone = 'Europe/London';
  const qualities = GOAL_LIBRARY.map((goal) => {
    const report = checkGoalQuality({ ...goal, confidence: 8 });
    return { report: report as unknown as Record<string, unknown>, passes: report.passesAllSmart };
  });
  const rows: GeneratedClinic['rows'] = {
    users: [],
    supervisionLinks: [],
    clients: [],
    caseloadAssignments: [],
    goals: [],
    goalVersions: [],
    goalPositions: [],
    goalStatusEvents: [],
    planSignatures: [],
    therapySessions: [],
    checkIns: [],
    goalRatings: [],
    flags: [],
  };
  const person = (role: 'admin' | 'supervisor' | 'therapist' | 'client', name: string, email: string): BenchPerson => {
    const id = randomUUID();
    rows.users.push({
      id,
      organizationId,
      role,
      name,
      email,
      passwordHash,
      createdAt: new Date(now.getTime() - 800 * DAY),
    });
    return { id, email, name };
  };

  const admin = person('admin', 'Bench Admin', 'admin@bench.example');
  const supervisors = Array.from({ length: SHAPE.supervisors }, (_, i) =>
    person('supervisor', `Supervisor ${i + 1}`, `supervisor${i + 1}@bench.example`),
  );
  const therapists = Array.from({ length: SHAPE.therapists }, (_, i) =>
    person('therapist', `Therapist ${i + 1}`, `therapist${i + 1}@bench.example`),
  );
  therapists.forEach((therapist, i) => {
    rows.supervisionLinks.push({
      organizationId,
      supervisorId: supervisors[Math.floor(i / 10)]!.id,
      therapistId: therapist.id,
      startedAt: new Date(now.getTime() - 800 * DAY),
    });
  });

  // Caseloads: therapist 0 has 10 clients, therapist 1 has 100, the rest share the remainder.
  const clinicianOf = (index: number): BenchPerson => {
    if (index < SMALL_CASELOAD) return therapists[0]!;
    if (index < SMALL_CASELOAD + LARGE_CASELOAD) return therapists[1]!;
    return therapists[2 + ((index - SMALL_CASELOAD - LARGE_CASELOAD) % (SHAPE.therapists - 2))]!;
  };

  for (let index = 0; index < SHAPE.clients; index++) {
    const therapist = clinicianOf(index);
    const clientId = randomUUID();
    const portalUser = person('client', `${rng.pick(FIRST)} ${rng.pick(LAST)}`, `client${index + 1}@bench.example`);
    const intake = new Date(now.getTime() - rng.int(10, 730) * DAY);
    intake.setUTCHours(9 + rng.int(0, 8), 0, 0, 0);
    const discharged = rng.chance(0.08);
    rows.clients.push({
      id: clientId,
      organizationId,
      displayName: portalUser.name,
      intakeDate: intake.toISOString().slice(0, 10),
      status: discharged ? 'discharged' : 'active',
      portalUserId: portalUser.id,
      createdBy: therapist.id,
      createdAt: intake,
      updatedAt: intake,
    });
    rows.caseloadAssignments.push({
      organizationId,
      clientId,
      clinicianId: therapist.id,
      startedAt: intake,
      startedBy: therapist.id,
    });

    // Weekly sessions from intake; most attended.
    const weeksSince = Math.floor((now.getTime() - intake.getTime()) / (7 * DAY));
    const sessionCount = Math.max(1, Math.min(weeksSince, Math.round(rng.normal(13.5, 5))));
    const sessions: { id: string; at: Date; attended: boolean }[] = [];
    for (let s = 0; s < sessionCount; s++) {
      const at = new Date(intake.getTime() + s * 7 * DAY);
      const roll = rng.next();
      const status = roll < 0.86 ? 'attended' : roll < 0.95 ? 'cancelled' : 'no-show';
      const id = randomUUID();
      sessions.push({ id, at, attended: status === 'attended' });
      rows.therapySessions.push({
        id,
        organizationId,
        clientId,
        clinicianId: therapist.id,
        scheduledAt: at,
        durationMinutes: 50,
        status,
        createdBy: therapist.id,
        createdAt: new Date(at.getTime() - 7 * DAY),
        updatedAt: at,
      });
    }
    if (!discharged) {
      const next = new Date(now.getTime() + rng.int(1, 7) * DAY);
      next.setUTCHours(10, 0, 0, 0);
      rows.therapySessions.push({
        id: randomUUID(),
        organizationId,
        clientId,
        clinicianId: therapist.id,
        scheduledAt: next,
        durationMinutes: 50,
        status: 'scheduled',
        createdBy: therapist.id,
        createdAt: now,
        updatedAt: now,
      });
    }

    // Goals: proposed by the therapist at the first or second attended session; most agreed then and the plan signed.
    const attended = sessions.filter((s) => s.attended);
    const plan = rng.next();
    const kind = attended.length === 0 ? 'none' : plan < 0.82 ? 'signed' : plan < 0.94 ? 'waiting' : 'proposed';
    const setAt = attended[rng.chance(0.7) || attended.length < 2 ? 0 : 1]?.at ?? intake;
    const proposedAt = new Date(setAt.getTime() + 20 * 60 * 1000);
    const agreedAt = new Date(setAt.getTime() + 40 * 60 * 1000);
    const goalIds: {
      goalId: string;
      versionId: string;
      libraryIndex: number;
      status: 'active' | 'accepted' | 'proposed' | 'completed';
    }[] = [];
    for (let g = 0; g < SHAPE.goalsPerClient; g++) {
      const libraryIndex = (index + g * 3) % GOAL_LIBRARY.length;
      const library = GOAL_LIBRARY[libraryIndex]!;
      const goalId = randomUUID();
      const versionId = randomUUID();
      const agreed = kind === 'signed' || (kind === 'waiting' && g < 2);
      const status =
        discharged && kind === 'signed' ? 'completed' : kind === 'signed' ? 'active' : agreed ? 'accepted' : 'proposed';
      goalIds.push({ goalId, versionId, libraryIndex, status });
      rows.goals.push({
        id: goalId,
        organizationId,
        clientId,
        currentVersionId: versionId,
        currentVersionNumber: 1,
        lifecycleStatus: status,
        achievementStatus: status === 'completed' ? 'achieved' : status === 'active' ? 'in-progress' : null,
        agreed,
        agreedAt: agreed ? agreedAt : null,
        firstAgreedAt: agreed ? agreedAt : null,
        passesAllSmart: qualities[libraryIndex]!.passes,
        createdBy: therapist.id,
        createdBySide: 'therapist',
        sortOrder: g,
        createdAt: proposedAt,
        updatedAt: agreedAt,
      });
      rows.goalVersions.push({
        id: versionId,
        organizationId,
        goalId,
        number: 1,
        authorUserId: therapist.id,
        authorSide: 'therapist',
        wording: library.wording,
        theme: library.theme,
        value: library.value,
        goalType: 'process',
        confidence: 8,
        measure: library.measure,
        target: library.target,
        frequency: library.frequency,
        quality: qualities[libraryIndex]!.report,
        qualityCheckVersion: QUALITY_CHECK_VERSION,
        createdAt: proposedAt,
      });
      rows.goalPositions.push({
        organizationId,
        goalId,
        goalVersionId: versionId,
        side: 'therapist',
        userId: therapist.id,
        position: 'agree',
        createdAt: proposedAt,
      });
      if (agreed) {
        rows.goalPositions.push({
          organizationId,
          goalId,
          goalVersionId: versionId,
          side: 'client',
          userId: portalUser.id,
          position: 'agree',
          createdAt: agreedAt,
        });
        rows.goalStatusEvents.push({
          organizationId,
          goalId,
          fromStatus: 'proposed',
          toStatus: 'accepted',
          reason: 'Both agreed on the wording.',
          userId: portalUser.id,
          createdAt: agreedAt,
        });
      }
      if (kind === 'signed')
        rows.goalStatusEvents.push({
          organizationId,
          goalId,
          fromStatus: 'accepted',
          toStatus: 'active',
          reason: 'Plan signed by both.',
          userId: therapist.id,
          createdAt: agreedAt,
        });
      if (status === 'completed')
        rows.goalStatusEvents.push({
          organizationId,
          goalId,
          fromStatus: 'active',
          toStatus: 'completed',
          achievementStatus: 'achieved',
          reason: 'Discharged: goal met.',
          userId: therapist.id,
          createdAt: sessions.at(-1)!.at,
        });
    }
    if (kind === 'signed') {
      const pairs = goalIds.map(({ goalId, versionId }) => ({ goalId, versionId }));
      const hash = planHash(pairs);
      rows.planSignatures.push({
        organizationId,
        clientId,
        planHash: hash,
        goalVersions: pairs,
        signerRole: 'client',
        userId: portalUser.id,
        typedName: portalUser.name,
        signedAt: agreedAt,
      });
      rows.planSignatures.push({
        organizationId,
        clientId,
        planHash: hash,
        goalVersions: pairs,
        signerRole: 'therapist',
        userId: therapist.id,
        typedName: therapist.name,
        signedAt: new Date(agreedAt.getTime() + 60_000),
        nextReviewDate: nextReviewDate(agreedAt, 90, timeZone),
      });
    }

    // Ratings: each attended session after the plan is signed; GBO trajectories improve for most.
    if (kind !== 'signed') continue;
    const trend = rng.chance(0.7) ? rng.normal(0.45, 0.2) : rng.normal(-0.05, 0.15);
    const ratedSessions = attended.filter((s) => s.at.getTime() >= setAt.getTime());
    // About nine in ten sessions have the client's check-in, which rates every plan goal.
    const checkInIds = ratedSessions.map((session) => {
      if (!rng.chance(0.9)) return null;
      const id = randomUUID();
      const at = new Date(session.at.getTime() - 3 * 3600 * 1000);
      rows.checkIns.push({
        id,
        organizationId,
        clientId,
        therapySessionId: session.id,
        kind: 'before',
        status: 'submitted',
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
      });
      return id;
    });
    goalIds.forEach(({ goalId, versionId }) => {
      const start = rng.int(1, 5);
      const clientSeries: { therapySessionNumber: number; rating: number }[] = [];
      ratedSessions.forEach((session, n) => {
        const progress = Math.max(0, Math.min(10, Math.round(start + trend * n + rng.normal(0, 0.6))));
        const checkInId = checkInIds[n];
        if (checkInId) {
          rows.goalRatings.push({
            organizationId,
            clientId,
            goalId,
            goalVersionId: versionId,
            therapySessionId: session.id,
            side: 'client',
            checkInId,
            progress,
            clarity: Math.max(1, Math.min(5, Math.round(3 + n * 0.15 + rng.normal(0, 0.7)))),
            isDraft: false,
            ratedBy: portalUser.id,
            ratedAt: new Date(session.at.getTime() - 3 * 3600 * 1000),
          });
          clientSeries.push({ therapySessionNumber: n + 1, rating: progress });
        }
        if (rng.chance(0.75)) {
          const therapistProgress = Math.max(0, Math.min(10, Math.round(progress + rng.normal(0, 1.1))));
          rows.goalRatings.push({
            organizationId,
            clientId,
            goalId,
            goalVersionId: versionId,
            therapySessionId: session.id,
            side: 'therapist',
            progress: therapistProgress,
            isDraft: false,
            ratedBy: therapist.id,
            ratedAt: new Date(session.at.getTime() + 3600 * 1000),
          });
        }
      });
      const replay = replayNotOnTrackGoal({ goalId, clientRatings: clientSeries });
      if (replay && !discharged) {
        const flag = replay.flag;
        rows.flags.push({
          organizationId,
          clientId,
          kind: 'not-on-track',
          goalId,
          reason: flag.reason,
          data: { scope: 'goal', ...flag.data },
          dedupeKey: `not-on-track:${goalId}:${replay.openedAtTherapySession}`,
          raisedAt: ratedSessions[replay.openedAtTherapySession - 1]?.at ?? now,
        });
      }
    });
    if (rng.chance(0.01) && !discharged) {
      rows.flags.push({
        organizationId,
        clientId,
        kind: 'risk',
        reason: 'PHQ-9 item 9 answered 1 (several days).',
        data: { item9: 1 },
        dedupeKey: `risk:${clientId}`,
        raisedAt: new Date(now.getTime() - rng.int(0, 5) * DAY),
        notifiedAt: now,
      });
    }
  }
  return { organizationId, admin, supervisors, therapists, rows };
}
