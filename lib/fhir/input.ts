import type { AchievementStatus, LifecycleStatus, Side } from '@/lib/domain/consensus/types';
import type { FormulationFactor } from '@/lib/domain/themes';

/*
 * What the FHIR builder is given: plain data, already filtered by the data layer for the copy
 * being made (lib/data/record-export.ts). The builder does no I/O and decides nothing about
 * access; it only leaves out what a client's own copy must never hold, as a second line of
 * defence (see `copy`).
 */

/**
 * Whose copy this is. `staff`: the treating clinician's, their supervisor's or the operator's
 * export. `client`: the client's own copy, with no flags, no supervisor comments, no therapist
 * ratings and no other staff-only content (ADR 0017).
 */
export type ExportCopy = 'staff' | 'client';

export interface ExportPerson {
  /** users.id */
  id: string;
  name: string;
  role: 'admin' | 'supervisor' | 'therapist' | 'client';
}

export interface ExportObjective {
  id: string;
  description: string;
  timesPerPeriod: number | null;
  period: 'day' | 'week' | 'month' | null;
  durationWeeks: number | null;
}

export interface ExportAgreement {
  side: Side;
  /** Who said "agree" (a clinician may record the client's answer given in session). */
  userId: string | null;
  at: Date;
}

export interface ExportGoalVersion {
  id: string;
  number: number;
  /** The client's own words. */
  wording: string;
  theme: string | null;
  value: string | null;
  measure: string | null;
  target: string | null;
  dueDate: string | null;
  frequency: string | null;
  /** The 5 P's factor this goal addresses; null when unset or not shared with the client. */
  formulationFactor: FormulationFactor | null;
  authorUserId: string | null;
  authorSide: Side;
  changeNote: string | null;
  createdAt: Date;
  /** Each "agree" given to this version (the writer's own included). */
  agreements: ExportAgreement[];
}

export interface ExportGoalComment {
  id: string;
  authorUserId: string;
  body: string;
  createdAt: Date;
}

export interface ExportGoal {
  id: string;
  lifecycleStatus: LifecycleStatus;
  achievementStatus: AchievementStatus | null;
  createdAt: Date;
  createdBySide: Side;
  createdByUserId: string | null;
  firstAgreedAt: Date | null;
  /** The latest status change, if any: when, and the reason given. */
  lastStatusChange: { at: Date; reason: string } | null;
  /** Every version, oldest first; the last is the current wording. */
  versions: ExportGoalVersion[];
  /** The goal's current steps. */
  objectives: ExportObjective[];
  /** Supervisor comments (staff copy only). */
  comments: ExportGoalComment[];
}

export interface ExportSignature {
  id: string;
  role: 'client' | 'therapist' | 'supervisor';
  userId: string;
  typedName: string;
  signedAt: Date;
  /** SHA-256 of the plan version's sorted (goal id, goal version id) pairs. */
  planHash: string;
  goalVersions: { goalId: string; versionId: string }[];
  /** Set when this signature completed the plan: the next review date. */
  nextReviewDate: string | null;
}

export interface ExportCarePlan {
  /** FHIR request status: signed (or awaiting re-consent) → active; not yet signed → draft; discharged → completed. */
  status: 'draft' | 'active' | 'completed';
  /** 'YYYY-MM-DD': when the plan was first signed by both, else the intake date. */
  periodStart: string;
  nextReviewDate: string | null;
  /** The goals in the plan now (neither closed nor on hold), in plan order. */
  goalIds: string[];
}

export type ExportInstrument = 'phq9' | 'gad7' | 'ors' | 'srs';

export interface ExportMeasure {
  id: string;
  instrument: ExportInstrument;
  /** Item answers in form order; null for an item left unanswered. */
  answers: (number | null)[];
  /** Set only when every item is answered. */
  total: number | null;
  submittedAt: Date | null;
  /** When the therapy session it belongs to was held (or is booked). */
  sessionAt: Date;
}

export interface ExportGoalRating {
  id: string;
  goalId: string;
  side: Side;
  /** GBO 0–10. */
  progress: number;
  /** Client's clarity 1–5. */
  clarity: number | null;
  ratedByUserId: string | null;
  ratedAt: Date;
  /** The client's check-in it was sent with (client ratings). */
  checkInId: string | null;
  sessionAt: Date;
}

export interface ExportCheckIn {
  id: string;
  submittedAt: Date;
  sessionAt: Date;
}

export interface ExportFlag {
  id: string;
  kind: 'risk' | 'not-on-track';
  reason: string;
  raisedAt: Date;
  goalId: string | null;
}

export interface RecordExportInput {
  copy: ExportCopy;
  generatedAt: Date;
  /** The organisation's IANA time zone (calendar dates are days on its clock). */
  timeZone: string;
  /** The organisation's own base URL for code systems and identifiers, no trailing slash. */
  systemBase: string;
  organization: { id: string; name: string };
  client: {
    id: string;
    displayName: string;
    dateOfBirth: string | null;
    status: 'active' | 'discharged';
    /** The treating clinician now. */
    clinicianId: string | null;
    /** The client's portal account: their own words and signatures point at the Patient. */
    portalUserId: string | null;
  };
  /** Every person any of the rows below names (clinicians, supervisors, the client's account). */
  people: ExportPerson[];
  goals: ExportGoal[];
  carePlan: ExportCarePlan;
  signatures: ExportSignature[];
  measures: ExportMeasure[];
  checkIns: ExportCheckIn[];
  goalRatings: ExportGoalRating[];
  /** Open risk and not-on-track flags (staff copy only). */
  flags: ExportFlag[];
}
