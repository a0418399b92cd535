import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { isAgreed, type GoalConsensus } from '@/lib/domain/consensus/agreement';
import { transition } from '@/lib/domain/consensus/lifecycle';
import { isInPlan } from '@/lib/domain/consensus/plan-goals';
import { planHash } from '@/lib/domain/consensus/plan-hash';
import { nextReviewDate } from '@/lib/domain/consensus/review';
import type { LifecycleStatus, Position, Side } from '@/lib/domain/consensus/types';
import { toQualityInput } from '@/lib/domain/goal-form';
import { checkGoalQuality, QUALITY_CHECK_VERSION } from '@/lib/domain/goal-quality';
import { calendarDateIn, toIsoDate } from '@/lib/time/local-date';
import {
  brainstormAnswers,
  caseloadAssignments,
  clients,
  formulations,
  formulationVersions,
  goalComments,
  goalPositions,
  goals,
  goalStatusEvents,
  goalVersions,
  objectives,
  organizations,
  planSignatures,
  supervisionLinks,
  users,
} from '@/db/schema';
import type { Db } from '@/db/types';
import { DEMO_GOALS, type DemoGoal } from './demo-goal-library';
import { DEMO_CLIENT_NAMES, DEMO_ORGANIZATION } from './demo-people';
import { demoSessionPlan, demoTimeline } from './demo-timelines';

/**
 * Demo goals for the demo clinic: realistic, plain first-person goals in every state the
 * product knows, written as rows the way the data layer writes them (versions, positions,
 * status events, signatures), with the summary columns in step. Deterministic and fast: a
 * handful of multi-row inserts.
 *
 * Portal clients (the first client of each therapist) show the journeys:
 * - Jordan Ellis: a signed plan, then Sam re-worded the sleep goal: waiting for Jordan.
 * - Hannah Schmidt: a signed plan of three active goals, reviewed once, co-signed by Dana.
 * - Benjamin Cohen: a signed plan (his sessions show it is not on track).
 * - Poppy Harris: a signed plan whose review is overdue.
 * - Callum Reid: a signed plan (he and Jonah see his progress differently).
 * - Matilda Scott: a signed plan (her sessions show recovery).
 * Other portal clients set goals on their treatment timeline (see buildTimelineClient). Clients
 * without a portal account (their answers were given in session) rotate through: three agreed
 * goals, two agreed and one waiting for the client, one suggested goal, and none.
 */

const DAY = 24 * 3600 * 1000;

interface Context {
  organizationId: string;
  timeZone: string;
  clientId: string;
  clinicianId: string;
  portalUserId: string | null;
  supervisorId: string | null;
  clientName: string;
  clinicianName: string;
  supervisorName: string | null;
}

interface Rows {
  goals: (typeof goals.$inferInsert)[];
  versions: (typeof goalVersions.$inferInsert)[];
  positions: (typeof goalPositions.$inferInsert)[];
  events: (typeof goalStatusEvents.$inferInsert)[];
  objectives: (typeof objectives.$inferInsert)[];
  signatures: (typeof planSignatures.$inferInsert)[];
  comments: (typeof goalComments.$inferInsert)[];
  brainstorm: (typeof brainstormAnswers.$inferInsert)[];
  formulations: (typeof formulations.$inferInsert)[];
  formulationVersions: (typeof formulationVersions.$inferInsert)[];
}

/** One goal's life, built event by event with the same rules the data layer uses. */
class GoalStory {
  readonly id = randomUUID();
  private status: LifecycleStatus = 'proposed';
  private consensus: GoalConsensus<null> = { versions: [], positions: {} };
  private agreedAt: Date | null = null;
  private firstAgreedAt: Date | null = null;
  private passesAllSmart = false;
  private versionId = '';
  private number = 0;
  private readonly objectiveIds: string[];

  constructor(
    private readonly ctx: Context,
    private readonly goal: DemoGoal,
    private readonly rows: Rows,
    private readonly sortOrder: number,
  ) {
    this.objectiveIds = goal.objectives.map(() => randomUUID());
  }

  get currentVersionId(): string {
    return this.versionId;
  }
  get lifecycle(): LifecycleStatus {
    return this.status;
  }

  private userOf(side: Side): string {
    // A client without a portal account gave their answer in session; the clinician recorded it.
    return side === 'client' ? (this.ctx.portalUserId ?? this.ctx.clinicianId) : this.ctx.clinicianId;
  }

  /** Like the data layer: an event for the first status and for every change of status. */
  private moveTo(next: LifecycleStatus, reason: string, at: Date, userId: string | null): void {
    const first = !this.rows.events.some((event) => event.goalId === this.id);
    if (!first && next === this.status) return;
    this.rows.events.push({
      organizationId: this.ctx.organizationId,
      goalId: this.id,
      fromStatus: first ? null : this.status,
      toStatus: next,
      reason,
      userId,
      createdAt: at,
    });
    this.status = next;
  }

  private writeVersion(by: Side, at: Date, wording: string, note: string | null, frequency: string | null): void {
    this.number += 1;
    this.versionId = randomUUID();
    const fields = {
      wording,
      theme: this.goal.theme,
      value: this.goal.value,
      goalType: this.goal.goalType,
      formulationFactor: this.goal.formulationFactor,
      reality: this.goal.reality,
      options: this.goal.options,
      obstacles: this.goal.obstacles,
      firstStep: this.goal.firstStep,
      confidence: this.goal.confidence,
      measure: this.goal.measure,
      target: this.goal.target,
      dueDate: null,
      frequency,
    };
    const objectiveList = this.goal.objectives.map((objective, index) => ({
      id: this.objectiveIds[index]!,
      ...objective,
    }));
    const quality = checkGoalQuality(
      toQualityInput({ ...fields, objectives: objectiveList }),
      toIsoDate(calendarDateIn(at, this.ctx.timeZone)),
    );
    this.passesAllSmart = quality.passesAllSmart;
    this.rows.versions.push({
      id: this.versionId,
      organizationId: this.ctx.organizationId,
      goalId: this.id,
      number: this.number,
      authorUserId: this.userOf(by),
      authorSide: by,
      ...fields,
      objectives: objectiveList,
      changeNote: note,
      quality: quality as unknown as Record<string, unknown>,
      qualityCheckVersion: QUALITY_CHECK_VERSION,
      createdAt: at,
    });
    this.consensus = {
      versions: [...this.consensus.versions, { id: this.versionId, number: this.number, authorSide: by, text: null }],
      positions: { ...this.consensus.positions, [by]: { position: 'agree', versionId: this.versionId } },
    };
  }

  propose(by: Side, at: Date): this {
    this.writeVersion(by, at, this.goal.wording, null, this.goal.frequency);
    this.goal.objectives.forEach((objective, index) => {
      this.rows.objectives.push({
        id: this.objectiveIds[index]!,
        organizationId: this.ctx.organizationId,
        goalId: this.id,
        ...objective,
        sortOrder: index,
        createdInVersionId: this.versionId,
        createdAt: at,
      });
    });
    this.moveTo('proposed', `Proposed by ${by === 'client' ? 'the client' : 'the therapist'}`, at, this.userOf(by));
    return this;
  }

  respond(side: Side, position: Position, at: Date, comment: string | null = null): this {
    this.rows.positions.push({
      organizationId: this.ctx.organizationId,
      goalId: this.id,
      goalVersionId: this.versionId,
      side,
      userId: this.userOf(side),
      position,
      comment,
      createdAt: at,
    });
    this.consensus = {
      ...this.consensus,
      positions: { ...this.consensus.positions, [side]: { position, comment, versionId: this.versionId } },
    };
    const agreed = isAgreed(this.consensus);
    const moved = transition({ status: this.status, agreed }, { type: 'position' });
    if (!moved.ok) throw new Error(`demo seed: ${moved.error}`);
    if (agreed) {
      this.agreedAt ??= at;
      this.firstAgreedAt ??= at;
    } else this.agreedAt = null;
    this.moveTo(
      moved.status,
      agreed ? `Both agreed to version ${this.number}` : `The ${side} responded to version ${this.number}`,
      at,
      this.userOf(side),
    );
    return this;
  }

  revise(by: Side, at: Date): this {
    const revision = this.goal.revision;
    if (!revision) throw new Error(`demo seed: goal ${this.goal.key} has no revision`);
    this.writeVersion(by, at, revision.wording, revision.note, revision.frequency ?? this.goal.frequency);
    this.agreedAt = null;
    const moved = transition({ status: this.status, agreed: false }, { type: 'new-version' });
    if (!moved.ok) throw new Error(`demo seed: ${moved.error}`);
    this.moveTo(
      moved.status,
      `Re-worded by ${by === 'client' ? 'the client' : 'the therapist'} (version ${this.number})`,
      at,
      this.userOf(by),
    );
    return this;
  }

  activate(at: Date): void {
    if (this.status !== 'accepted') return;
    this.moveTo('active', 'The plan was signed by the client and the therapist', at, this.ctx.clinicianId);
  }

  finish(): void {
    const times = [...this.rows.versions, ...this.rows.positions, ...this.rows.events]
      .filter((row) => row.goalId === this.id)
      .map((row) => row.createdAt!.getTime());
    const updatedAt = new Date(Math.max(...times));
    this.rows.goals.push({
      id: this.id,
      organizationId: this.ctx.organizationId,
      clientId: this.ctx.clientId,
      currentVersionId: this.versionId,
      currentVersionNumber: this.number,
      lifecycleStatus: this.status,
      agreed: isAgreed(this.consensus),
      agreedAt: isAgreed(this.consensus) ? this.agreedAt : null,
      firstAgreedAt: this.firstAgreedAt,
      passesAllSmart: this.passesAllSmart,
      createdBy: this.userOf(this.consensus.versions[0]!.authorSide),
      createdBySide: this.consensus.versions[0]!.authorSide,
      sortOrder: this.sortOrder,
      createdAt: this.rows.versions.find((v) => v.goalId === this.id)!.createdAt,
      updatedAt,
    });
  }
}

function sign(
  rows: Rows,
  ctx: Context,
  stories: GoalStory[],
  role: 'client' | 'therapist' | 'supervisor',
  at: Date,
  completes: boolean,
  cadenceDays = 90,
): void {
  const pairs = stories
    .filter((story) => isInPlan(story.lifecycle))
    .map((story) => ({ goalId: story.id, versionId: story.currentVersionId }));
  const userId = role === 'client' ? ctx.portalUserId! : role === 'therapist' ? ctx.clinicianId : ctx.supervisorId!;
  const typedName = role === 'client' ? ctx.clientName : role === 'therapist' ? ctx.clinicianName : ctx.supervisorName!;
  rows.signatures.push({
    organizationId: ctx.organizationId,
    clientId: ctx.clientId,
    planHash: planHash(pairs),
    goalVersions: pairs,
    signerRole: role,
    userId,
    typedName,
    nextReviewDate: completes ? nextReviewDate(at, cadenceDays, ctx.timeZone) : null,
    signedAt: at,
  });
  if (completes) for (const story of stories) story.activate(at);
}

type Scenario =
  | 'signed'
  | 'signed-reviewed'
  | 'review-overdue'
  | 'reconsent-waiting'
  | 'agreed-therapist-signed'
  | 'agreed'
  | 'one-waiting'
  | 'suggested'
  | 'none';

const PORTAL_SCENARIOS: Record<string, Scenario> = {
  'Jordan Ellis': 'reconsent-waiting',
  'Hannah Schmidt': 'signed-reviewed',
  'Benjamin Cohen': 'signed',
  'Poppy Harris': 'review-overdue',
  'Callum Reid': 'signed',
  'Matilda Scott': 'signed',
};
const OTHER_SCENARIOS: Scenario[] = ['agreed', 'one-waiting', 'suggested', 'none'];

const BRAINSTORM: Record<
  string,
  Partial<Record<'changes' | 'going-well' | 'tired-of' | 'bucket-list' | 'prompted-therapy', string>>
> = {
  'Jordan Ellis': {
    changes: 'I want to wake up without dreading the day, and have more energy for the kids.',
    'going-well': 'My kids, and my sister checks in on me.',
    'tired-of': 'Lying awake at 2am going over everything.',
    'bucket-list': 'Take the kids to the Isle of Skye.',
    'prompted-therapy': 'My GP suggested it after I cried in her office about not sleeping.',
  },
  'Poppy Harris': {
    changes: 'Feel less on edge at work.',
    'going-well': 'My running club on Saturdays.',
    'bucket-list': 'Run a half marathon.',
  },
  'Benjamin Cohen': {
    'prompted-therapy': 'Panic attacks on the train to work.',
    'tired-of': 'Making excuses not to go to the office.',
  },
};

function pickGoals(index: number): DemoGoal[] {
  return [0, 1, 2].map((k) => DEMO_GOALS[(index * 5 + k * 4) % DEMO_GOALS.length]!);
}

function buildClient(rows: Rows, ctx: Context, scenario: Scenario, index: number, intake: Date, today: Date): void {
  // Days after intake, never later than yesterday.
  const day = (n: number, hour = 10) => {
    const at = new Date(Math.min(intake.getTime() + n * DAY, today.getTime() - DAY));
    at.setUTCHours(hour, (index * 7) % 60, 0, 0);
    return at;
  };
  const lastDay = (n: number, hour = 10) => {
    const at = new Date(today.getTime() - n * DAY);
    at.setUTCHours(hour, (index * 7) % 60, 0, 0);
    return at;
  };
  if (scenario === 'none') return;
  let library = pickGoals(index);
  if (scenario === 'reconsent-waiting') library = [DEMO_GOALS[0]!, DEMO_GOALS[2]!, DEMO_GOALS[1]!];
  if (scenario === 'suggested') library = library.slice(0, 1);
  const stories = library.map((goal, order) => new GoalStory(ctx, goal, rows, order + 1));
  const clientLast = scenario === 'one-waiting';
  // A portal client proposed their third goal themselves, unless it is the one waiting for them.
  const proposerOf = (order: number): Side =>
    order === 2 && ctx.portalUserId !== null && !clientLast ? 'client' : 'therapist';

  stories.forEach((story, order) => story.propose(proposerOf(order), day(0, 10 + order)));
  if (scenario === 'suggested') {
    for (const story of stories) story.finish();
    return;
  }
  stories.forEach((story, order) => {
    const other: Side = proposerOf(order) === 'client' ? 'therapist' : 'client';
    if (clientLast && order === 2) return; // the third goal is still waiting for the client
    if (order === 1 && other === 'client')
      story
        .respond('client', 'wants-changes', day(1, 9), 'Could it be smaller to start with?')
        .respond('client', 'agree', day(1, 15));
    else story.respond(other, 'agree', day(1, 10 + order));
  });

  const canSign = ctx.portalUserId !== null;
  switch (scenario) {
    case 'signed-reviewed':
      sign(rows, ctx, stories, 'client', day(2, 18), false);
      sign(rows, ctx, stories, 'therapist', day(3, 9), true);
      sign(rows, ctx, stories, 'supervisor', day(5, 11), false);
      // A review: both signed the same plan again recently.
      sign(rows, ctx, stories, 'therapist', lastDay(30, 9), false);
      sign(rows, ctx, stories, 'client', lastDay(29, 19), true);
      sign(rows, ctx, stories, 'supervisor', lastDay(27, 11), false);
      break;
    case 'signed':
    case 'review-overdue':
      sign(rows, ctx, stories, 'client', day(2, 18), false);
      sign(rows, ctx, stories, 'therapist', day(3, 9), true);
      break;
    case 'reconsent-waiting':
      sign(rows, ctx, stories, 'therapist', day(1, 17), false);
      sign(rows, ctx, stories, 'client', day(1, 20), true);
      stories[0]!.revise('therapist', lastDay(1, 11));
      break;
    case 'agreed-therapist-signed':
      if (canSign) sign(rows, ctx, stories, 'therapist', day(2, 16), false);
      break;
    default:
      break;
  }
  if (scenario === 'signed-reviewed' && ctx.supervisorId) {
    rows.comments.push({
      organizationId: ctx.organizationId,
      goalId: stories[1]!.id,
      goalVersionId: stories[1]!.currentVersionId,
      authorUserId: ctx.supervisorId,
      body: 'A good, concrete goal. Worth asking how the dark mornings are going as winter comes.',
      createdAt: day(5, 11),
    });
  }
  for (const story of stories) story.finish();
}

/**
 * A portal client's goals on their treatment timeline (demo-timelines.ts): drafted together in
 * the first session, agreed there or a session or a few later, signed in the portal that
 * evening and by the therapist the next morning, and reviewed (both signing again) at the
 * session before each review date. Some are waiting to be signed, re-worded since signing, or
 * overdue for review; a few clients have no goals yet.
 */
function buildTimelineClient(rows: Rows, ctx: Context, index: number, intakeDate: string, today: Date): void {
  const timeline = demoTimeline(ctx.clientName);
  const attended = demoSessionPlan(index, intakeDate, today, ctx.timeZone).filter(
    (session) => session.status === 'attended',
  );
  if (timeline.scenario === 'none' || attended.length === 0) return;
  const latest = new Date(today.getTime() - 3600_000);
  const during = (k: number, minutes: number) =>
    new Date(Math.min(attended[Math.min(k, attended.length - 1)]!.at.getTime() + minutes * 60_000, latest.getTime()));
  let library = pickGoals(index);
  if (timeline.scenario === 'reconsent') {
    const revisable = DEMO_GOALS.find((goal) => goal.revision && !library.includes(goal)) ?? DEMO_GOALS[0]!;
    library = [revisable, ...library.slice(0, 2)];
  }
  if (timeline.scenario === 'suggested-client') {
    const story = new GoalStory(ctx, library[0]!, rows, 1).propose('client', during(0, 7 * 60));
    story.finish();
    return;
  }
  const stories = library.map((goal, order) => new GoalStory(ctx, goal, rows, order + 1));
  // Two goals drafted together in the first session; the client adds the third in the portal there and then.
  stories.forEach((story, order) =>
    story.propose(order === 2 ? 'client' : 'therapist', during(0, order === 2 ? 35 : 15 + 10 * order)),
  );
  const agreeAt = Math.min(
    attended.length - 1,
    {
      'signed-first': 0,
      'signed-second': 1,
      'signed-late': 4,
      'agreed-waiting-sign': 1,
      reconsent: 0,
      'review-overdue': 0,
    }[timeline.scenario],
  );
  if (timeline.scenario === 'signed-late')
    stories[0]!.respond(
      'client',
      'wants-changes',
      during(Math.min(1, agreeAt), 25),
      'Can we come back to this one when I know what I want from it?',
    );
  stories.forEach((story, order) => {
    if (order === 2) story.respond('therapist', 'agree', during(agreeAt, 45));
    else story.respond('client', 'agree', during(agreeAt, 30 + order));
  });
  if (timeline.scenario === 'agreed-waiting-sign') {
    sign(rows, ctx, stories, 'therapist', during(agreeAt, 50), false);
  } else {
    sign(rows, ctx, stories, 'client', during(agreeAt, 6 * 60), false);
    let completedAt = during(agreeAt, 22 * 60);
    sign(rows, ctx, stories, 'therapist', completedAt, true);
    // Reviews: both sign again at the last session before each review date, until the next one is still ahead.
    const todayIso = toIsoDate(calendarDateIn(today, ctx.timeZone));
    for (let round = 0; round < 12 && timeline.scenario !== 'review-overdue'; round += 1) {
      const due = nextReviewDate(completedAt, 90, ctx.timeZone);
      if (due > todayIso) break;
      const k = attended.findLastIndex(
        (session) => session.at > completedAt && toIsoDate(calendarDateIn(session.at, ctx.timeZone)) <= due,
      );
      if (k < 0) break;
      sign(rows, ctx, stories, 'therapist', during(k, 40), false);
      completedAt = during(k, 6 * 60);
      sign(rows, ctx, stories, 'client', completedAt, true);
    }
  }
  if (timeline.scenario === 'reconsent') stories[0]!.revise('therapist', during(attended.length - 1, 30));
  for (const story of stories) story.finish();
}

function addFormulation(rows: Rows, ctx: Context, index: number, at: Date, shared: boolean): void {
  const id = randomUUID();
  const goal = DEMO_GOALS[(index * 5) % DEMO_GOALS.length]!;
  const fields = {
    presenting: `${goal.reality} Referred with low mood and poor sleep.`,
    predisposing: 'Grew up looking after a parent; learned early to put others first.',
    precipitating: 'A change of job role in the spring, with longer hours.',
    perpetuating: goal.obstacles,
    protective: 'Close to a sibling; has done well with routines before.',
  };
  rows.formulations.push({
    id,
    organizationId: ctx.organizationId,
    clientId: ctx.clientId,
    version: 1,
    ...fields,
    sharedWithClient: shared,
    updatedBy: ctx.clinicianId,
    updatedAt: at,
  });
  rows.formulationVersions.push({
    organizationId: ctx.organizationId,
    formulationId: id,
    version: 1,
    snapshot: { ...fields, sharedWithClient: shared },
    editedBy: ctx.clinicianId,
    createdAt: at,
  });
}

export async function seedDemoGoals(db: Db, today = new Date()): Promise<void> {
  const [org] = await db
    .select({ id: organizations.id, timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.name, DEMO_ORGANIZATION.name))
    .limit(1);
  if (!org) return;
  const clientRows = await db
    .select({
      id: clients.id,
      displayName: clients.displayName,
      intakeDate: clients.intakeDate,
      portalUserId: clients.portalUserId,
      clinicianId: caseloadAssignments.clinicianId,
      clinicianName: users.name,
      supervisorId: supervisionLinks.supervisorId,
    })
    .from(clients)
    .innerJoin(
      caseloadAssignments,
      and(eq(caseloadAssignments.clientId, clients.id), isNull(caseloadAssignments.endedAt)),
    )
    .innerJoin(users, eq(users.id, caseloadAssignments.clinicianId))
    .leftJoin(
      supervisionLinks,
      and(eq(supervisionLinks.therapistId, caseloadAssignments.clinicianId), isNull(supervisionLinks.endedAt)),
    )
    .where(eq(clients.organizationId, org.id));
  const supervisorNames = new Map(
    (
      await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(and(eq(users.organizationId, org.id), eq(users.role, 'supervisor')))
    ).map((u) => [u.id, u.name]),
  );

  const rows: Rows = {
    goals: [],
    versions: [],
    positions: [],
    events: [],
    objectives: [],
    signatures: [],
    comments: [],
    brainstorm: [],
    formulations: [],
    formulationVersions: [],
  };
  const names: readonly string[] = DEMO_CLIENT_NAMES;
  let otherIndex = 0;
  for (const client of [...clientRows].sort((a, b) => names.indexOf(a.displayName) - names.indexOf(b.displayName))) {
    const index = names.indexOf(client.displayName);
    if (index < 0) continue;
    const ctx: Context = {
      organizationId: org.id,
      timeZone: org.timeZone,
      clientId: client.id,
      clinicianId: client.clinicianId,
      portalUserId: client.portalUserId,
      supervisorId: client.supervisorId,
      clientName: client.displayName,
      clinicianName: client.clinicianName,
      supervisorName: client.supervisorId ? (supervisorNames.get(client.supervisorId) ?? null) : null,
    };
    const intake = new Date(`${client.intakeDate}T09:00:00Z`);
    const scenario =
      PORTAL_SCENARIOS[client.displayName] ??
      (client.portalUserId ? null : OTHER_SCENARIOS[otherIndex++ % OTHER_SCENARIOS.length]!);
    if (scenario === null) {
      // Other portal clients: goals on their treatment timeline (demo-timelines.ts).
      buildTimelineClient(rows, ctx, index, client.intakeDate, today);
      if (demoTimeline(client.displayName).scenario !== 'none')
        addFormulation(rows, ctx, index, new Date(intake.getTime() + 2 * 3600 * 1000), false);
      continue;
    }
    buildClient(rows, ctx, scenario, index, intake, today);
    if (scenario !== 'none' && scenario !== 'suggested')
      addFormulation(
        rows,
        ctx,
        index,
        new Date(intake.getTime() + 2 * 3600 * 1000),
        client.displayName === 'Jordan Ellis',
      );
    for (const [prompt, answer] of Object.entries(BRAINSTORM[client.displayName] ?? {})) {
      rows.brainstorm.push({
        organizationId: org.id,
        clientId: client.id,
        prompt: prompt as keyof (typeof BRAINSTORM)[string],
        answer,
        authorUserId: client.portalUserId,
        createdAt: new Date(intake.getTime() - 3600 * 1000),
      });
    }
  }

  await db.transaction(async (tx) => {
    if (rows.goals.length > 0) await tx.insert(goals).values(rows.goals);
    if (rows.versions.length > 0) await tx.insert(goalVersions).values(rows.versions);
    if (rows.objectives.length > 0) await tx.insert(objectives).values(rows.objectives);
    if (rows.positions.length > 0) await tx.insert(goalPositions).values(rows.positions);
    if (rows.events.length > 0) await tx.insert(goalStatusEvents).values(rows.events);
    if (rows.signatures.length > 0) await tx.insert(planSignatures).values(rows.signatures);
    if (rows.comments.length > 0) await tx.insert(goalComments).values(rows.comments);
    if (rows.brainstorm.length > 0) await tx.insert(brainstormAnswers).values(rows.brainstorm);
    if (rows.formulations.length > 0) await tx.insert(formulations).values(rows.formulations);
    if (rows.formulationVersions.length > 0) await tx.insert(formulationVersions).values(rows.formulationVersions);
  });
}
