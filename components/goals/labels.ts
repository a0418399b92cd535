import type { StatusChangeTarget } from '@/lib/domain/consensus/lifecycle';
import type { PlanStanding, PlanStatus } from '@/lib/domain/consensus/plan-state';
import type { AchievementStatus, LifecycleStatus, Position, Side } from '@/lib/domain/consensus/types';
import {
  FORMULATION_FACTOR_LABELS,
  GOAL_TYPE_LABELS,
  isFormulationFactor,
  isGoalType,
  isThemeId,
  themeLabel,
} from '@/lib/domain/themes';

/** Words for goal states, for staff (clinical terms) and for clients (plain words). Pure. */

export type Audience = 'therapist' | 'client';

export const LIFECYCLE_LABELS: Record<Audience, Record<LifecycleStatus, string>> = {
  therapist: {
    proposed: 'Proposed',
    accepted: 'Agreed (accepted)',
    active: 'Active',
    'on-hold': 'On hold',
    completed: 'Completed',
    cancelled: 'Cancelled',
    rejected: 'Rejected',
    'entered-in-error': 'Entered in error',
  },
  client: {
    proposed: 'Being agreed',
    accepted: 'Agreed',
    active: 'In your plan',
    'on-hold': 'On hold',
    completed: 'Done',
    cancelled: 'Stopped',
    rejected: 'Not going ahead',
    'entered-in-error': 'Added by mistake',
  },
};

export const LIFECYCLE_TONES: Record<LifecycleStatus, 'neutral' | 'good' | 'warn' | 'info'> = {
  proposed: 'warn',
  accepted: 'info',
  active: 'good',
  'on-hold': 'neutral',
  completed: 'good',
  cancelled: 'neutral',
  rejected: 'neutral',
  'entered-in-error': 'neutral',
};

export const POSITION_LABELS: Record<Position, string> = {
  agree: 'Agrees',
  'wants-changes': 'Would like changes',
  disagree: 'Disagrees',
};

export const POSITION_CHOICES: Record<Audience, Record<Position, string>> = {
  therapist: { agree: 'Agree', 'wants-changes': 'Would like changes', disagree: 'Disagree' },
  client: { agree: 'Yes, I agree', 'wants-changes': 'I’d like some changes', disagree: 'No, I don’t agree' },
};

export const SIDE_LABELS: Record<Audience, Record<Side, string>> = {
  therapist: { client: 'Client', therapist: 'Therapist' },
  client: { client: 'You', therapist: 'Your therapist' },
};

export const PLAN_STATUS_LABELS: Record<Audience, Record<PlanStatus, string>> = {
  therapist: {
    draft: 'Draft',
    'ready-to-sign': 'Ready to sign',
    'partly-signed': 'Partly signed',
    signed: 'Signed',
    'needs-re-consent': 'Needs re-consent',
  },
  client: {
    draft: 'Still being agreed',
    'ready-to-sign': 'Ready to sign',
    'partly-signed': 'Partly signed',
    signed: 'Signed by you both',
    'needs-re-consent': 'Needs signing again',
  },
};

export const PLAN_STATUS_TONES: Record<PlanStatus, 'neutral' | 'good' | 'warn' | 'info'> = {
  draft: 'neutral',
  'ready-to-sign': 'info',
  'partly-signed': 'info',
  signed: 'good',
  'needs-re-consent': 'warn',
};

export interface PlanMessage {
  label: string;
  tone: 'neutral' | 'good' | 'warn' | 'info';
  sentence: string;
}

/**
 * The plan's one status line and one sentence, for each reader, from `planStanding` (the
 * status and who the plan waits for). Pages show this and nothing else about where the plan
 * stands, so a "signed" message can never sit above a "needs signing again" badge.
 */
export function planMessage(standing: PlanStanding, audience: Audience): PlanMessage {
  const { status, waitingFor } = standing;
  const client = audience === 'client';
  const tone = PLAN_STATUS_TONES[status];
  if (waitingFor === 'therapist') {
    if (status === 'signed')
      return {
        label: PLAN_STATUS_LABELS[audience].signed,
        tone,
        sentence: client
          ? 'You signed again for the review. Your therapist will sign again too.'
          : 'The client signed again for the review. Sign again to complete it.',
      };
    return {
      label: client ? 'Waiting for your therapist to sign' : 'Waiting for your signature',
      tone: 'info',
      sentence: client
        ? `You signed this ${status === 'needs-re-consent' ? 'new ' : ''}version. Your therapist will sign it too.`
        : `The client signed this ${status === 'needs-re-consent' ? 'new ' : ''}version. It is complete once you sign it too.`,
    };
  }
  if (waitingFor === 'client') {
    if (status === 'signed')
      return {
        label: PLAN_STATUS_LABELS[audience].signed,
        tone,
        sentence: client
          ? 'Your therapist signed again for the review. You can sign again too.'
          : 'You signed again for the review. The client will sign again too.',
      };
    return {
      label: client ? 'Ready for you to sign' : 'Waiting for the client to sign',
      tone: 'info',
      sentence: client
        ? `Your therapist signed this ${status === 'needs-re-consent' ? 'new ' : ''}version. You can sign it too.`
        : `You signed this ${status === 'needs-re-consent' ? 'new ' : ''}version. It is complete once the client signs it too.`,
    };
  }
  const sentences: Record<PlanStatus, [client: string, therapist: string]> = {
    draft: [
      'Once you both agree to every goal, you can sign your plan.',
      'The plan can be signed once both agree to every goal.',
    ],
    'ready-to-sign': [
      'You both agree to every goal: you can sign your plan.',
      'Both agree to every goal: the plan can be signed.',
    ],
    'partly-signed': ['One of you has signed this version.', 'One side has signed this version.'],
    signed: [
      'You and your therapist have both signed your plan.',
      'Signed by the client and the therapist; its agreed goals are active.',
    ],
    'needs-re-consent': [
      'A goal changed (or was added) after you both signed. Once you both agree to it, you sign the plan again.',
      'A goal was added or re-worded after the plan was signed: both need to agree to it and sign again.',
    ],
  };
  return { label: PLAN_STATUS_LABELS[audience][status], tone, sentence: sentences[status][client ? 0 : 1] };
}

export const STATUS_CHANGE_LABELS: Record<StatusChangeTarget, string> = {
  'on-hold': 'Put on hold',
  active: 'Resume (back into the plan)',
  completed: 'Mark as completed',
  cancelled: 'Cancel',
  rejected: 'Reject (not taken forward)',
  'entered-in-error': 'Mark as entered in error',
};

export const ACHIEVEMENT_LABELS: Record<AchievementStatus, string> = {
  'in-progress': 'In progress',
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No change',
  achieved: 'Achieved',
  sustaining: 'Sustaining',
  'not-achieved': 'Not achieved',
  'no-progress': 'No progress',
  'not-attainable': 'Not attainable',
};

export type GoalFieldKey =
  | 'wording'
  | 'theme'
  | 'value'
  | 'goalType'
  | 'formulationFactor'
  | 'reality'
  | 'options'
  | 'obstacles'
  | 'firstStep'
  | 'confidence'
  | 'measure'
  | 'target'
  | 'dueDate'
  | 'frequency'
  | 'objectives';

export const FIELD_LABELS: Record<Audience, Record<GoalFieldKey, string>> = {
  therapist: {
    wording: 'Goal, in the client’s own words',
    theme: 'Theme',
    value: 'Value it serves',
    goalType: 'Type of goal',
    formulationFactor: 'Formulation factor it addresses',
    reality: 'Reality: where things stand now',
    options: 'Options',
    obstacles: 'Obstacles',
    firstStep: 'Way forward: the first step',
    confidence: 'Client’s confidence in the first step (0–10)',
    measure: 'Measure',
    target: 'Target',
    dueDate: 'Due date',
    frequency: 'How often',
    objectives: 'Steps',
  },
  client: {
    wording: 'Your goal, in your own words',
    theme: 'What is it about?',
    value: 'Why does it matter to you?',
    goalType: 'Type of goal',
    formulationFactor: 'Formulation factor',
    reality: 'Where are things now?',
    options: 'What could you try?',
    obstacles: 'What might get in the way?',
    firstStep: 'Your first step',
    confidence: 'How sure are you that you can take that first step? (0–10)',
    measure: 'How will you know it is working?',
    target: 'What would count as success?',
    dueDate: 'By when?',
    frequency: 'How often?',
    objectives: 'Small steps',
  },
};

/** A stored field value as words: theme and type labels, "8/10", a plain date. */
export function fieldText(field: GoalFieldKey, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'theme' && isThemeId(value)) return themeLabel(value);
  if (field === 'goalType' && isGoalType(value)) return GOAL_TYPE_LABELS[value];
  if (field === 'formulationFactor' && isFormulationFactor(value)) return FORMULATION_FACTOR_LABELS[value];
  if (field === 'confidence') return `${String(value)}/10`;
  return String(value);
}

/** How a changed field is named in "Changed: …" lines. */
export const CHANGED_FIELD_WORDS: Record<GoalFieldKey, string> = {
  wording: 'the wording',
  theme: 'theme',
  value: 'value',
  goalType: 'type',
  formulationFactor: 'formulation factor',
  reality: 'where things stand',
  options: 'options',
  obstacles: 'obstacles',
  firstStep: 'first step',
  confidence: 'confidence',
  measure: 'measure',
  target: 'target',
  dueDate: 'due date',
  frequency: 'how often',
  objectives: 'steps',
};
