import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationId, rowId, tenantKeys, tstz } from './columns';
import { clients } from './clients';
import { users } from './users';

/**
 * Collaborative goals (issue 4). Nothing here is updated in place except the small "current
 * state" columns on `goals` and `formulations`, which always move forward under a version check;
 * every version, position, status change and signature is its own row.
 */

export const side = pgEnum('side', ['client', 'therapist']);
export const goalPosition = pgEnum('goal_position', ['agree', 'wants-changes', 'disagree']);
/** HL7 FHIR R4 Goal.lifecycleStatus ("planned" unused). */
export const goalLifecycleStatus = pgEnum('goal_lifecycle_status', [
  'proposed',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'rejected',
  'entered-in-error',
]);
/** HL7 FHIR R4 Goal.achievementStatus. */
export const goalAchievementStatus = pgEnum('goal_achievement_status', [
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
]);
export const goalType = pgEnum('goal_type', ['process', 'performance', 'outcome']);
export const formulationFactor = pgEnum('formulation_factor', [
  'presenting',
  'predisposing',
  'precipitating',
  'perpetuating',
  'protective',
]);
export const brainstormPrompt = pgEnum('brainstorm_prompt', [
  'changes',
  'going-well',
  'tired-of',
  'bucket-list',
  'prompted-therapy',
]);
export const objectivePeriod = pgEnum('objective_period', ['day', 'week', 'month']);

/** The 5 P's. One row per client holds the current text; every save is also kept in formulation_versions. */
export const formulations = pgTable(
  'formulations',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    version: integer('version').notNull().default(1),
    presenting: text('presenting'),
    predisposing: text('predisposing'),
    precipitating: text('precipitating'),
    perpetuating: text('perpetuating'),
    protective: text('protective'),
    /** Off by default: the formulation is the clinician's working document. */
    sharedWithClient: boolean('shared_with_client').notNull().default(false),
    updatedBy: uuid('updated_by'),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, updatedBy: () => users }),
    uniqueIndex('formulations_client_key').on(t.organizationId, t.clientId),
  ],
);

export const formulationVersions = pgTable(
  'formulation_versions',
  {
    id: rowId(),
    organizationId: organizationId(),
    formulationId: uuid('formulation_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    editedBy: uuid('edited_by'),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { formulationId: () => formulations, editedBy: () => users }),
    uniqueIndex('formulation_versions_key').on(t.organizationId, t.formulationId, t.version),
  ],
);

/** The client's answers to the brainstorm prompts; append-only, the newest per prompt is current. */
export const brainstormAnswers = pgTable(
  'brainstorm_answers',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    prompt: brainstormPrompt('prompt').notNull(),
    answer: text('answer').notNull(),
    authorUserId: uuid('author_user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, authorUserId: () => users }),
    index('brainstorm_answers_client_idx').on(t.organizationId, t.clientId, t.prompt, t.createdAt),
  ],
);

/**
 * A goal's identity and current state. `currentVersionNumber` is the optimistic-concurrency
 * token: an edit names the version it started from.
 */
export const goals = pgTable(
  'goals',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    currentVersionId: uuid('current_version_id'),
    currentVersionNumber: integer('current_version_number').notNull().default(1),
    lifecycleStatus: goalLifecycleStatus('lifecycle_status').notNull().default('proposed'),
    achievementStatus: goalAchievementStatus('achievement_status'),
    /** The client may mark up to three goals as their focus. */
    clientFocus: boolean('client_focus').notNull().default(false),
    /** Agreed by both sides on the current version (kept in step with goal_positions). */
    agreed: boolean('agreed').notNull().default(false),
    agreedAt: tstz('agreed_at'),
    /** When both sides first agreed any version (the "set from the start" metric reads it). */
    firstAgreedAt: tstz('first_agreed_at'),
    /** Whether the current version passes all five SMART checks (dashboards read it). */
    passesAllSmart: boolean('passes_all_smart').notNull().default(false),
    createdBy: uuid('created_by'),
    createdBySide: side('created_by_side').notNull(),
    /** Where a client-proposed goal came from, if it began as a brainstorm answer. */
    fromBrainstormAnswerId: uuid('from_brainstorm_answer_id'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    ...tenantKeys(t, {
      clientId: () => clients,
      createdBy: () => users,
      fromBrainstormAnswerId: () => brainstormAnswers,
    }),
    index('goals_client_idx').on(t.organizationId, t.clientId, t.lifecycleStatus),
  ],
);

/** Every wording of a goal, with who wrote it and why. Never updated. */
export const goalVersions = pgTable(
  'goal_versions',
  {
    id: rowId(),
    organizationId: organizationId(),
    goalId: uuid('goal_id').notNull(),
    number: integer('number').notNull(),
    authorUserId: uuid('author_user_id'),
    authorSide: side('author_side').notNull(),
    /** The client's own words. */
    wording: text('wording').notNull(),
    theme: text('theme'),
    /** The value it serves. */
    value: text('value'),
    goalType: goalType('goal_type'),
    formulationFactor: formulationFactor('formulation_factor'),
    /** GROW: Reality, Options, Obstacles, Way forward (first step + confidence 0–10). */
    reality: text('reality'),
    options: text('options'),
    obstacles: text('obstacles'),
    firstStep: text('first_step'),
    confidence: smallint('confidence'),
    measure: text('measure'),
    target: text('target'),
    dueDate: date('due_date', { mode: 'string' }),
    frequency: text('frequency'),
    /** The objectives as they stood in this version (objective ids stay stable across versions). */
    objectives: jsonb('objectives').$type<unknown[]>().notNull().default([]),
    /** Why this version was written ("Client asked to make it about mornings"). */
    changeNote: text('change_note'),
    /** lib/domain/goal-quality output for this version, and the rules version that made it. */
    quality: jsonb('quality').$type<Record<string, unknown>>().notNull(),
    qualityCheckVersion: integer('quality_check_version').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { goalId: () => goals, authorUserId: () => users }),
    uniqueIndex('goal_versions_goal_number_key').on(t.organizationId, t.goalId, t.number),
  ],
);

/** Concrete, countable steps under a goal. Editing one is a goal edit (a new goal version). */
export const objectives = pgTable(
  'objectives',
  {
    id: rowId(),
    organizationId: organizationId(),
    goalId: uuid('goal_id').notNull(),
    description: text('description').notNull(),
    timesPerPeriod: smallint('times_per_period'),
    period: objectivePeriod('period'),
    /** How long the step runs, e.g. 6 (weeks); null = until the goal is reviewed. */
    durationWeeks: smallint('duration_weeks'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdInVersionId: uuid('created_in_version_id'),
    createdAt: createdAt(),
    /** Removed from the goal in a later version; ticks already made are kept. */
    retiredAt: tstz('retired_at'),
  },
  (t) => [...tenantKeys(t, { goalId: () => goals }), index('objectives_goal_idx').on(t.goalId)],
);

/** Each side's position on a specific goal version. Append-only; the newest per side is current. */
export const goalPositions = pgTable(
  'goal_positions',
  {
    id: rowId(),
    organizationId: organizationId(),
    goalId: uuid('goal_id').notNull(),
    goalVersionId: uuid('goal_version_id').notNull(),
    side: side('side').notNull(),
    userId: uuid('user_id'),
    position: goalPosition('position').notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { goalId: () => goals, goalVersionId: () => goalVersions, userId: () => users }),
    index('goal_positions_goal_idx').on(t.goalId, t.side, t.createdAt),
  ],
);

/** Status changes are events with a reason, not new versions. */
export const goalStatusEvents = pgTable(
  'goal_status_events',
  {
    id: rowId(),
    organizationId: organizationId(),
    goalId: uuid('goal_id').notNull(),
    fromStatus: goalLifecycleStatus('from_status'),
    toStatus: goalLifecycleStatus('to_status').notNull(),
    achievementStatus: goalAchievementStatus('achievement_status'),
    reason: text('reason').notNull(),
    userId: uuid('user_id'),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { goalId: () => goals, userId: () => users }),
    index('goal_status_events_goal_idx').on(t.goalId, t.createdAt),
  ],
);

/** A supervisor's comment on a goal (on the version they read). */
export const goalComments = pgTable(
  'goal_comments',
  {
    id: rowId(),
    organizationId: organizationId(),
    goalId: uuid('goal_id').notNull(),
    goalVersionId: uuid('goal_version_id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { goalId: () => goals, goalVersionId: () => goalVersions, authorUserId: () => users }),
    index('goal_comments_goal_idx').on(t.goalId, t.createdAt),
  ],
);

export const signerRole = pgEnum('signer_role', ['client', 'therapist', 'supervisor']);

/**
 * A signature on a plan version: the SHA-256 of its sorted (goal id, goal version id) pairs
 * (lib/domain/consensus/plan-hash.ts), with the pairs themselves so the signed plan can be shown.
 */
export const planSignatures = pgTable(
  'plan_signatures',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    planHash: text('plan_hash').notNull(),
    goalVersions: jsonb('goal_versions').$type<{ goalId: string; versionId: string }[]>().notNull(),
    signerRole: signerRole('signer_role').notNull(),
    userId: uuid('user_id').notNull(),
    typedName: text('typed_name').notNull(),
    /** Below the organisation's minimum number of goals, the reason the signer gave. */
    shortfallReason: text('shortfall_reason'),
    /** Set when the signature completes the plan (both sides): the next review date. */
    nextReviewDate: date('next_review_date', { mode: 'string' }),
    signedAt: tstz('signed_at').notNull().defaultNow(),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, userId: () => users }),
    index('plan_signatures_client_idx').on(t.organizationId, t.clientId, t.signedAt),
    index('plan_signatures_hash_idx').on(t.clientId, t.planHash),
  ],
);
