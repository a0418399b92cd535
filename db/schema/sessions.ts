import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, organizationId, rowId, tenantKeys, tstz } from './columns';
import { clients } from './clients';
import { goals, goalVersions, objectives, side } from './goals';
import { users } from './users';

/**
 * Therapy sessions, check-ins, ratings, measures, goal attainment scaling, objective ticks and
 * flags (issue 5). Clinical values are never overwritten silently: a rating or a recorded
 * session that changes keeps what it replaced (a revision row or a `history` entry), ticks are
 * retracted rather than deleted, and flags are acknowledged with a note rather than cleared.
 */

export const therapySessionStatus = pgEnum('therapy_session_status', ['scheduled', 'attended', 'cancelled', 'no-show']);

/** An appointment. Its number is derived (sessions that took place or are expected to, by date), never stored. */
export const therapySessions = pgTable(
  'therapy_sessions',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    /** Who held (or holds) the session: the treating clinician when it was scheduled. */
    clinicianId: uuid('clinician_id').notNull(),
    scheduledAt: tstz('scheduled_at').notNull(),
    durationMinutes: smallint('duration_minutes').notNull().default(50),
    status: therapySessionStatus('status').notNull().default('scheduled'),
    /** The clinician's short note; never shown to the client. */
    privateNote: text('private_note'),
    /** Optimistic concurrency: an edit names the version it started from. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, clinicianId: () => users, createdBy: () => users }),
    index('therapy_sessions_client_idx').on(t.organizationId, t.clientId, t.scheduledAt),
    index('therapy_sessions_clinician_idx').on(t.organizationId, t.clinicianId, t.scheduledAt),
    /** Flag upkeep looks for sessions that have just started, across the organisation. */
    index('therapy_sessions_org_time_idx').on(t.organizationId, t.scheduledAt),
    check('therapy_sessions_duration_check', sql`${t.durationMinutes} between 5 and 600`),
  ],
);

/** Every saved state of a therapy session (time, length, status, note), so an edit never loses what was there. */
export const therapySessionRevisions = pgTable(
  'therapy_session_revisions',
  {
    id: rowId(),
    organizationId: organizationId(),
    therapySessionId: uuid('therapy_session_id').notNull(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    editedBy: uuid('edited_by'),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { therapySessionId: () => therapySessions, editedBy: () => users }),
    uniqueIndex('therapy_session_revisions_key').on(t.organizationId, t.therapySessionId, t.version),
  ],
);

export const checkInKind = pgEnum('check_in_kind', ['before', 'after']);
export const checkInStatus = pgEnum('check_in_status', ['draft', 'submitted']);

/** The client's check-in before (ratings, ORS, scheduled questionnaires) or after (SRS) a therapy session. */
export const checkIns = pgTable(
  'check_ins',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    therapySessionId: uuid('therapy_session_id').notNull(),
    kind: checkInKind('kind').notNull(),
    status: checkInStatus('status').notNull().default('draft'),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    submittedAt: tstz('submitted_at'),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, therapySessionId: () => therapySessions }),
    uniqueIndex('check_ins_session_kind_key').on(t.organizationId, t.therapySessionId, t.kind),
    index('check_ins_client_idx').on(t.organizationId, t.clientId, t.kind, t.status),
  ],
);

/** What a rating held before it was changed (kept on the row, newest last). */
export interface RatingHistoryEntry {
  progress: number | null;
  clarity?: number | null;
  level?: number;
  ratedBy: string | null;
  ratedAt: string;
}

/**
 * A Goal-Based Outcome rating of one goal in one therapy session by one side. Client rows also
 * carry clarity (1–5). Drafts are the client's "save for later"; only non-drafts are outcomes.
 */
export const goalRatings = pgTable(
  'goal_ratings',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    /** The wording the rater saw. */
    goalVersionId: uuid('goal_version_id').notNull(),
    therapySessionId: uuid('therapy_session_id').notNull(),
    side: side('side').notNull(),
    checkInId: uuid('check_in_id'),
    progress: smallint('progress'),
    clarity: smallint('clarity'),
    isDraft: boolean('is_draft').notNull().default(false),
    ratedBy: uuid('rated_by'),
    ratedAt: tstz('rated_at').notNull().defaultNow(),
    history: jsonb('history').$type<RatingHistoryEntry[]>().notNull().default([]),
  },
  (t) => [
    ...tenantKeys(t, {
      clientId: () => clients,
      goalId: () => goals,
      goalVersionId: () => goalVersions,
      therapySessionId: () => therapySessions,
      checkInId: () => checkIns,
      ratedBy: () => users,
    }),
    uniqueIndex('goal_ratings_session_goal_side_key').on(t.organizationId, t.therapySessionId, t.goalId, t.side),
    index('goal_ratings_goal_idx').on(t.organizationId, t.goalId, t.therapySessionId),
    index('goal_ratings_client_idx').on(t.organizationId, t.clientId),
    check('goal_ratings_progress_check', sql`${t.progress} between 0 and 10`),
    check('goal_ratings_clarity_check', sql`${t.clarity} between 1 and 5`),
    check('goal_ratings_final_check', sql`${t.isDraft} or ${t.progress} is not null`),
  ],
);

export const measureInstrument = pgEnum('measure_instrument', ['phq9', 'gad7', 'ors', 'srs']);

/**
 * One questionnaire answered for one therapy session. Answers keep nulls for unanswered items
 * (never 0); the total is set only when every item is answered.
 */
export const measureResponses = pgTable(
  'measure_responses',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    therapySessionId: uuid('therapy_session_id').notNull(),
    checkInId: uuid('check_in_id'),
    instrument: measureInstrument('instrument').notNull(),
    answers: jsonb('answers').$type<(number | null)[]>().notNull(),
    complete: boolean('complete').notNull(),
    total: numeric('total', { precision: 3, scale: 1, mode: 'number' }),
    /** Severity band id (PHQ-9, GAD-7) when complete. */
    band: text('band'),
    isDraft: boolean('is_draft').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: tstz('updated_at').notNull().defaultNow(),
    submittedAt: tstz('submitted_at'),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, therapySessionId: () => therapySessions, checkInId: () => checkIns }),
    uniqueIndex('measure_responses_session_instrument_key').on(t.organizationId, t.therapySessionId, t.instrument),
    index('measure_responses_client_idx').on(t.organizationId, t.clientId, t.instrument),
  ],
);

/** Goal Attainment Scaling: the five levels of a goal, each described in words. Append-only; the newest version is current. */
export const gasScales = pgTable(
  'gas_scales',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    version: integer('version').notNull(),
    levelMinus2: text('level_minus_2').notNull(),
    levelMinus1: text('level_minus_1').notNull(),
    level0: text('level_0').notNull(),
    levelPlus1: text('level_plus_1').notNull(),
    levelPlus2: text('level_plus_2').notNull(),
    /** Relative importance (> 0); null means 1. */
    weight: numeric('weight', { precision: 4, scale: 2, mode: 'number' }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    ...tenantKeys(t, { clientId: () => clients, goalId: () => goals, createdBy: () => users }),
    uniqueIndex('gas_scales_goal_version_key').on(t.organizationId, t.goalId, t.version),
    index('gas_scales_client_idx').on(t.organizationId, t.clientId),
    check('gas_scales_weight_check', sql`${t.weight} is null or ${t.weight} > 0`),
  ],
);

/** The therapist's GAS rating of a goal at a (review) therapy session, against the scale version in force. */
export const gasRatings = pgTable(
  'gas_ratings',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    gasScaleId: uuid('gas_scale_id').notNull(),
    therapySessionId: uuid('therapy_session_id').notNull(),
    level: smallint('level').notNull(),
    ratedBy: uuid('rated_by'),
    ratedAt: tstz('rated_at').notNull().defaultNow(),
    history: jsonb('history').$type<RatingHistoryEntry[]>().notNull().default([]),
  },
  (t) => [
    ...tenantKeys(t, {
      clientId: () => clients,
      goalId: () => goals,
      gasScaleId: () => gasScales,
      therapySessionId: () => therapySessions,
      ratedBy: () => users,
    }),
    uniqueIndex('gas_ratings_session_goal_key').on(t.organizationId, t.therapySessionId, t.goalId),
    index('gas_ratings_client_idx').on(t.organizationId, t.clientId),
    check('gas_ratings_level_check', sql`${t.level} between -2 and 2`),
  ],
);

/** "Bike ride done today": one row per time an objective step was done. Retracted, never deleted. */
export const objectiveTicks = pgTable(
  'objective_ticks',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    objectiveId: uuid('objective_id').notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    note: text('note'),
    /** Made when the form is shown: a double-submitted form records one tick, not two. */
    submissionKey: uuid('submission_key').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    retractedAt: tstz('retracted_at'),
    retractedBy: uuid('retracted_by'),
  },
  (t) => [
    ...tenantKeys(t, {
      clientId: () => clients,
      goalId: () => goals,
      objectiveId: () => objectives,
      createdBy: () => users,
      retractedBy: () => users,
    }),
    uniqueIndex('objective_ticks_submission_key').on(t.organizationId, t.submissionKey),
    index('objective_ticks_client_idx').on(t.organizationId, t.clientId, t.doneOn),
  ],
);

export const flagKind = pgEnum('flag_kind', [
  'risk',
  'not-on-track',
  'perspectives-differ',
  'alliance',
  'check-in-overdue',
]);

/**
 * Something the clinician should look at, with the reason in words and the numbers behind it.
 * Acknowledged with a note, never cleared. `dedupeKey` makes raising idempotent (re-saving a
 * draft or re-running upkeep raises nothing new).
 */
export const flags = pgTable(
  'flags',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    kind: flagKind('kind').notNull(),
    goalId: uuid('goal_id'),
    therapySessionId: uuid('therapy_session_id'),
    sourceResponseId: uuid('source_response_id'),
    reason: text('reason').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    raisedAt: tstz('raised_at').notNull().defaultNow(),
    acknowledgedAt: tstz('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgementNote: text('acknowledgement_note'),
    /** When the treating clinician was emailed (risk flags). */
    notifiedAt: tstz('notified_at'),
    /** When an unacknowledged risk flag was sent on to the supervisor (after 24 hours). */
    escalatedAt: tstz('escalated_at'),
  },
  (t) => [
    ...tenantKeys(t, {
      clientId: () => clients,
      goalId: () => goals,
      therapySessionId: () => therapySessions,
      sourceResponseId: () => measureResponses,
      acknowledgedBy: () => users,
    }),
    uniqueIndex('flags_client_dedupe_key').on(t.organizationId, t.clientId, t.dedupeKey),
    index('flags_client_open_idx')
      .on(t.organizationId, t.clientId, t.kind)
      .where(sql`${t.acknowledgedAt} is null`),
    index('flags_client_idx').on(t.organizationId, t.clientId, t.raisedAt),
    index('flags_risk_pending_idx')
      .on(t.raisedAt)
      .where(
        sql`${t.kind} = 'risk' and ${t.acknowledgedAt} is null and (${t.escalatedAt} is null or ${t.notifiedAt} is null)`,
      ),
  ],
);
