import { z } from './zod';
import { ANALOGUE_ITEM_COUNT, GAD7_ITEM_COUNT, PHQ9_ITEM_COUNT } from '@/lib/domain/scoring';
import type { FieldErrors } from '@/lib/errors';
import { recordId } from './common';

/*
 * Check-ins arrive from a plain HTML form (flat names such as "goal-<id>-progress", "phq9-9")
 * or from code (the structured shape below). Both go through `checkInInputSchema`; errors are
 * reported against the form's own field names so each sits next to its question.
 */

export const CHECK_IN_INTENTS = ['draft', 'submit'] as const;
export type CheckInIntent = (typeof CHECK_IN_INTENTS)[number];

const PROGRESS_MESSAGE = 'Progress must be a whole number from 0 to 10.';
const CLARITY_MESSAGE = 'Clarity must be a whole number from 1 to 5.';

const wholeNumber = (min: number, max: number, message: string) =>
  z.number({ error: message }).int(message).min(min, message).max(max, message);

const frequencyAnswer = (instrument: string) => wholeNumber(0, 3, `Choose one of the four answers for each ${instrument} question.`);

/** ORS/SRS marks: 0.0–10.0 in steps of 0.1. */
const analogueMark = z
  .number({ error: 'Enter a number from 0.0 to 10.0.' })
  .min(0, 'Enter a number from 0.0 to 10.0.')
  .max(10, 'Enter a number from 0.0 to 10.0.')
  .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-6, 'Use at most one decimal place, like 6.5.');

const answers = <T extends z.ZodType>(item: T, count: number, instrument: string) =>
  z.array(item.nullable(), { error: `${instrument} answers are missing.` }).length(count, `${instrument} has ${count} questions; every one must be sent (empty ones as blank).`);

export const checkInInputSchema = z.object({
  therapySessionId: recordId('session'),
  intent: z.enum(CHECK_IN_INTENTS, { error: 'Choose to save for later or to send.' }),
  goals: z
    .array(
      z.object({
        goalId: recordId('goal'),
        progress: wholeNumber(0, 10, PROGRESS_MESSAGE).nullable(),
        clarity: wholeNumber(1, 5, CLARITY_MESSAGE).nullable(),
      }),
    )
    .max(50, 'Too many goals.')
    .default([]),
  phq9: answers(frequencyAnswer('PHQ-9'), PHQ9_ITEM_COUNT, 'PHQ-9').optional(),
  gad7: answers(frequencyAnswer('GAD-7'), GAD7_ITEM_COUNT, 'GAD-7').optional(),
  ors: answers(analogueMark, ANALOGUE_ITEM_COUNT, 'The ORS').optional(),
});
export type CheckInInput = z.infer<typeof checkInInputSchema>;

export const afterCheckInInputSchema = z.object({
  therapySessionId: recordId('session'),
  intent: z.enum(CHECK_IN_INTENTS, { error: 'Choose to save for later or to send.' }),
  srs: answers(analogueMark, ANALOGUE_ITEM_COUNT, 'The SRS'),
});
export type AfterCheckInInput = z.infer<typeof afterCheckInInputSchema>;

/** Form field names, shared by the form (to name inputs) and the data layer (to place errors). */
export const checkInField = {
  progress: (goalId: string) => `goal-${goalId}-progress`,
  clarity: (goalId: string) => `goal-${goalId}-clarity`,
  item: (instrument: 'phq9' | 'gad7' | 'ors' | 'srs', number: number) => `${instrument}-${number}`,
};

/** Maps validation issues onto the form's field names. */
export function checkInFieldErrors(error: z.ZodError, raw: unknown): FieldErrors {
  const fieldErrors: FieldErrors = {};
  const goals = (raw as { goals?: { goalId?: unknown }[] } | null)?.goals;
  for (const issue of error.issues) {
    const [head, index, leaf] = issue.path;
    let field = typeof head === 'string' ? head : 'form';
    if (head === 'goals' && typeof index === 'number' && (leaf === 'progress' || leaf === 'clarity')) {
      const goalId = goals?.[index]?.goalId;
      field = typeof goalId === 'string' ? `goal-${goalId}-${leaf}` : 'goals';
    } else if ((head === 'phq9' || head === 'gad7' || head === 'ors' || head === 'srs') && typeof index === 'number') {
      field = `${head}-${index + 1}`;
    }
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** '' → null (unanswered), anything else → a number (NaN for junk, which validation refuses). */
function numberOrNull(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  return Number(value.trim());
}

function listed(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function itemsOf(values: Record<string, string>, instrument: 'phq9' | 'gad7' | 'ors' | 'srs', count: number): (number | null)[] {
  return Array.from({ length: count }, (_, index) => numberOrNull(values[checkInField.item(instrument, index + 1)]));
}

/**
 * Reads the flat form into the structured input. The form lists which goals and measures it
 * showed (hidden "goals" and "measures" fields), so an unanswered question stays unanswered
 * rather than disappearing.
 */
export function checkInFromForm(values: Record<string, string>): unknown {
  const measures = new Set(listed(values.measures));
  return {
    therapySessionId: values.therapySessionId,
    intent: values.intent,
    goals: listed(values.goals).map((goalId) => ({
      goalId,
      progress: numberOrNull(values[checkInField.progress(goalId)]),
      clarity: numberOrNull(values[checkInField.clarity(goalId)]),
    })),
    phq9: measures.has('phq9') ? itemsOf(values, 'phq9', PHQ9_ITEM_COUNT) : undefined,
    gad7: measures.has('gad7') ? itemsOf(values, 'gad7', GAD7_ITEM_COUNT) : undefined,
    ors: measures.has('ors') ? itemsOf(values, 'ors', ANALOGUE_ITEM_COUNT) : undefined,
  };
}

export function afterCheckInFromForm(values: Record<string, string>): unknown {
  return { therapySessionId: values.therapySessionId, intent: values.intent, srs: itemsOf(values, 'srs', ANALOGUE_ITEM_COUNT) };
}

export function therapistRatingsFromForm(values: Record<string, string>): unknown {
  return {
    therapySessionId: values.therapySessionId,
    ratings: listed(values.goals).map((goalId) => ({ goalId, progress: numberOrNull(values[checkInField.progress(goalId)]) })),
  };
}

/** Any flat form: the action passes it on and the data layer validates the structure. */
export const flatFormSchema = z.record(z.string(), z.string());
