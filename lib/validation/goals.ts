import { z } from './zod';
import { ACHIEVEMENT_STATUSES, POSITIONS, type Position } from '@/lib/domain/consensus/types';
import { STATUS_CHANGE_TARGETS, type StatusChangeTarget } from '@/lib/domain/consensus/lifecycle';
import { FORMULATION_FACTORS, GOAL_TYPES, THEMES } from '@/lib/domain/themes';
import { isoDate, recordId } from './common';
import { checkbox, optionalChoice, optionalFreeText, optionalWholeNumber, requiredText } from './text';
import { LIMITS, MAX_OBJECTIVES } from './limits';

/**
 * Goal forms: proposing a goal, re-wording it, taking a position, changing its status,
 * marking it as a focus, and a supervisor's comment. Shared by the server actions, the data
 * layer and the goal form in the browser (so it holds no server code).
 */

export const MAX_FOCUS_GOALS = 3;
export const OBJECTIVE_PERIODS = ['day', 'week', 'month'] as const;
export type ObjectivePeriod = (typeof OBJECTIVE_PERIODS)[number];

const THEME_IDS = THEMES.map((theme) => theme.id);

const optionalId = (label: string) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? null : value),
    z.uuid({ error: `That ${label} does not exist.` }).nullable(),
  );

const optionalDueDate = z.preprocess(
  (value) =>
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : value,
  isoDate('Due date').nullable(),
);

const objectiveFields = z
  .object({
    /** Present for a step the goal already has: its id stays the same across versions. */
    id: optionalId('step'),
    description: requiredText(
      LIMITS.stepDescription,
      'The step',
      'Describe the step, for example “30-minute bike ride”.',
    ),
    timesPerPeriod: optionalWholeNumber(1, 50, 'How many times must be a whole number from 1 to 50.'),
    period: optionalChoice(OBJECTIVE_PERIODS, 'Choose per day, per week or per month.'),
    durationWeeks: optionalWholeNumber(1, 104, 'For how many weeks must be a whole number from 1 to 104.'),
  })
  .superRefine((objective, ctx) => {
    if (objective.timesPerPeriod !== null && objective.period === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: 'Say whether that is per day, per week or per month.',
      });
    }
    if (objective.period !== null && objective.timesPerPeriod === null) {
      ctx.addIssue({ code: 'custom', path: ['timesPerPeriod'], message: 'Say how many times.' });
    }
  });

export type ObjectiveInput = z.output<typeof objectiveFields>;

const OBJECTIVE_CONTENT = ['description', 'timesPerPeriod', 'period', 'durationWeeks'] as const;

/** A row the person left empty (or emptied to remove a step): not a step. */
function isBlankRow(row: unknown): boolean {
  if (row === null || typeof row !== 'object') return false;
  const record = row as Record<string, unknown>;
  return OBJECTIVE_CONTENT.every((key) => {
    const value = record[key];
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  });
}

const objectiveRow = z.preprocess((row) => (isBlankRow(row) ? null : row), objectiveFields.nullable());

const objectiveList = z
  .array(objectiveRow, { error: 'The steps could not be read.' })
  .max(MAX_OBJECTIVES, `A goal can have up to ${MAX_OBJECTIVES} steps.`)
  .default([])
  .transform((rows) => rows.filter((row): row is ObjectiveInput => row !== null));

/** The words and GROW fields of one goal version. */
export const goalFields = {
  wording: requiredText(LIMITS.goalWording, 'The goal', 'Write the goal in a sentence.'),
  theme: optionalChoice(THEME_IDS, 'Choose one of the themes.'),
  value: optionalFreeText(LIMITS.goalValue, 'What it matters for'),
  goalType: optionalChoice(GOAL_TYPES, 'Choose process, performance or outcome.'),
  formulationFactor: optionalChoice(FORMULATION_FACTORS, 'Choose one of the five factors.'),
  reality: optionalFreeText(LIMITS.goalReflection, 'Where things stand now'),
  options: optionalFreeText(LIMITS.goalReflection, 'Options'),
  obstacles: optionalFreeText(LIMITS.goalReflection, 'Obstacles'),
  firstStep: optionalFreeText(LIMITS.goalFirstStep, 'The first step'),
  confidence: optionalWholeNumber(0, 10, 'Confidence is a whole number from 0 to 10.'),
  measure: optionalFreeText(LIMITS.goalMeasure, 'The measure'),
  target: optionalFreeText(LIMITS.goalTarget, 'The target'),
  dueDate: optionalDueDate,
  frequency: optionalFreeText(LIMITS.goalFrequency, 'How often'),
  objectives: objectiveList,
};

export const createGoalSchema = z.object({
  /** Staff name the client; in the portal it is always the signed-in client's own record. */
  clientId: recordId('client').optional(),
  fromBrainstormAnswerId: optionalId('answer'),
  ...goalFields,
});
export type CreateGoalInput = z.output<typeof createGoalSchema>;

export const reviseGoalSchema = z.object({
  goalId: recordId('goal'),
  /** The version the edit started from; if the goal has moved on, the edit is refused. */
  expectedVersion: z.coerce
    .number({ error: 'Reload the page and try again.' })
    .int()
    .min(1, 'Reload the page and try again.'),
  changeNote: optionalFreeText(LIMITS.changeNote, 'The reason for the change'),
  ...goalFields,
});
export type ReviseGoalInput = z.output<typeof reviseGoalSchema>;

/** The goal fields every version stores (the objectives live beside them). */
export type GoalFieldsInput = Omit<CreateGoalInput, 'clientId' | 'fromBrainstormAnswerId' | 'objectives'>;

export const GOAL_FIELD_NAMES = [
  'wording',
  'theme',
  'value',
  'goalType',
  'formulationFactor',
  'reality',
  'options',
  'obstacles',
  'firstStep',
  'confidence',
  'measure',
  'target',
  'dueDate',
  'frequency',
] as const satisfies readonly (keyof GoalFieldsInput)[];

export const respondToGoalSchema = z.object({
  goalId: recordId('goal'),
  /** The version the person read; a position only counts for the wording it was given on. */
  versionNumber: z.coerce
    .number({ error: 'Reload the page and try again.' })
    .int()
    .min(1, 'Reload the page and try again.'),
  position: z.enum(POSITIONS as [Position, ...Position[]], { error: 'Choose agree, would like changes, or disagree.' }),
  comment: optionalFreeText(LIMITS.positionComment, 'The comment'),
  /** The treating clinician records the answer a client without a portal account gave in session. */
  onBehalfOfClient: checkbox.optional().default(false),
});
export type RespondToGoalInput = z.output<typeof respondToGoalSchema>;

export const changeGoalStatusSchema = z.object({
  goalId: recordId('goal'),
  target: z.enum(STATUS_CHANGE_TARGETS as [StatusChangeTarget, ...StatusChangeTarget[]], {
    error: 'Choose what should happen to the goal.',
  }),
  reason: requiredText(LIMITS.goalStatusReason, 'The reason', 'Say why the status is changing.'),
  achievementStatus: optionalChoice(ACHIEVEMENT_STATUSES, 'Choose one of the achievement statuses.'),
});
export type ChangeGoalStatusInput = z.output<typeof changeGoalStatusSchema>;

export const setGoalFocusSchema = z.object({
  goalId: recordId('goal'),
  focus: z.preprocess(
    (value) => (value === 'true' ? true : value === 'false' ? false : value),
    z.boolean({ error: 'Choose whether to focus on this goal.' }),
  ),
});
export type SetGoalFocusInput = z.output<typeof setGoalFocusSchema>;

export const commentOnGoalSchema = z.object({
  goalId: recordId('goal'),
  versionNumber: z.coerce
    .number({ error: 'Reload the page and try again.' })
    .int()
    .min(1, 'Reload the page and try again.'),
  body: requiredText(LIMITS.comment, 'The comment', 'Write a comment.'),
});
export type CommentOnGoalInput = z.output<typeof commentOnGoalSchema>;
