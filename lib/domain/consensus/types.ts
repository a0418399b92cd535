/**
 * The vocabulary of goal consensus, shared by the lifecycle, the plan and the UI.
 *
 * Lifecycle and achievement statuses are the HL7 FHIR R4 Goal value sets, so a goal can be
 * exported as a FHIR Goal without translation. FHIR's lifecycle status `planned` is left out on
 * purpose: in Accord a goal is either still being agreed (`proposed`), agreed (`accepted`) or
 * in a signed plan (`active`); there is no separate "planned" step.
 */

/** The two people who must agree on a goal. Supervisors comment and co-sign, but never agree. */
export type Side = 'client' | 'therapist';

export const SIDES: readonly Side[] = ['client', 'therapist'];

/** One side's stance on a goal version. Writing a version counts as its writer's 'agree'. */
export type Position = 'agree' | 'wants-changes' | 'disagree';

export const POSITIONS: readonly Position[] = ['agree', 'wants-changes', 'disagree'];

/** FHIR R4 Goal.lifecycleStatus without `planned`. */
export type LifecycleStatus =
  'proposed' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled' | 'rejected' | 'entered-in-error';

export const LIFECYCLE_STATUSES: readonly LifecycleStatus[] = [
  'proposed',
  'accepted',
  'active',
  'on-hold',
  'completed',
  'cancelled',
  'rejected',
  'entered-in-error',
];

/** FHIR R4 Goal.achievementStatus. Independent of the lifecycle: it describes progress, not consent. */
export type AchievementStatus =
  | 'in-progress'
  | 'improving'
  | 'worsening'
  | 'no-change'
  | 'achieved'
  | 'sustaining'
  | 'not-achieved'
  | 'no-progress'
  | 'not-attainable';

export const ACHIEVEMENT_STATUSES: readonly AchievementStatus[] = [
  'in-progress',
  'improving',
  'worsening',
  'no-change',
  'achieved',
  'sustaining',
  'not-achieved',
  'no-progress',
  'not-attainable',
];
