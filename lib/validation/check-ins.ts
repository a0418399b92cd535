import { z } from './zod';
import {
  ANALOGUE_ITEM_COUNT,
  GAD7_ITEM_COUNT,
  INSTRUMENT_LABELS,
  PHQ9_ITEM_COUNT,
  type Instrument,
} from '@/lib/domain/scoring';
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

const frequencyAnswer = (instrument: string) =>
  wholeNumber(0, 3, `Choose one of the four answers for each ${instrument} question.`);

/** ORS/SRS marks: 0.0–10.0 in steps of 0.1. */
const analogueMark = z
  .number({ error: 'Enter a number from 0.0 to 10.0.' })
  .min(0, 'Enter a number from 0.0 to 10.0.')
  .max(10, 'Enter a number from 0.0 to 10.0.')
  .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-6, 'Use at most one decimal place, like 6.5.');

const answers = <T extends z.ZodType>(item: T, count: number, instrument: string) =>
  z
    .array(item.nullable(), { error: `${instrument} answers are missing.` })
    .length(count, `${instrument} has ${count} questions; every one must be sent (empty ones as blank).`);

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
  item: (instrument: Instrument, number: number) => `${instrument}-${number}`,
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

type BeforeInstrument = 'phq9' | 'gad7' | 'ors';

/** Answers as sent, before or after validation: a number (or something not yet checked), null when unanswered. */
export interface BeforeCheckInAnswers {
  intent: unknown;
  goals: readonly { goalId: string; progress: unknown; clarity: unknown }[];
  phq9?: readonly unknown[];
  gad7?: readonly unknown[];
  ors?: readonly unknown[];
}

/** What the rules need besides the answers: the client's active goals and the questionnaires in this check-in. */
export interface BeforeCheckInFacts {
  goalIds: readonly string[];
  partOfCheckIn: (instrument: BeforeInstrument) => boolean;
}

/** On "send": every question answered. Errors sit next to each unanswered question. */
export function requireAnswered(fieldErrors: FieldErrors, instrument: Instrument, answers: readonly unknown[]): void {
  answers.forEach((answer, index) => {
    if (answer === null || answer === undefined)
      fieldErrors[checkInField.item(instrument, index + 1)] ??= [
        'Answer this question, or save for later and come back to it.',
      ];
  });
}

/**
 * The before-session check-in's own rules, pure: questionnaires not part of this check-in, goals
 * not in the plan or rated twice, and, on "send", every unanswered question. Returns the field
 * errors (none: the answers may be saved).
 */
export function validateBeforeCheckIn(answers: BeforeCheckInAnswers, facts: BeforeCheckInFacts): FieldErrors {
  const submit = answers.intent === 'submit';
  const fieldErrors: FieldErrors = {};
  for (const instrument of ['phq9', 'gad7', 'ors'] as const) {
    const given = answers[instrument];
    const part = facts.partOfCheckIn(instrument);
    if (given && !part)
      fieldErrors[instrument] = [`The ${INSTRUMENT_LABELS[instrument]} is not part of this check-in.`];
    if (submit && part) {
      if (!given)
        fieldErrors[instrument] = [`Answer the ${INSTRUMENT_LABELS[instrument]} questions, or save for later.`];
      else requireAnswered(fieldErrors, instrument, given);
    }
  }
  const goalIds = new Set(facts.goalIds);
  if (answers.goals.some((g) => !goalIds.has(g.goalId)))
    fieldErrors.goals = ['One of these goals is not in your plan any more. Reload the page and try again.'];
  if (new Set(answers.goals.map((g) => g.goalId)).size !== answers.goals.length)
    fieldErrors.goals = ['Each goal can be rated once.'];
  if (submit) {
    for (const goalId of facts.goalIds) {
      const given = answers.goals.find((g) => g.goalId === goalId);
      if (given?.progress == null)
        fieldErrors[checkInField.progress(goalId)] = ['Choose a number from 0 to 10, or save for later.'];
      if (given?.clarity == null)
        fieldErrors[checkInField.clarity(goalId)] = ['Choose how clear this goal is, or save for later.'];
    }
  }
  return fieldErrors;
}

/**
 * The answers in a check-in that failed validation, read leniently, so the unanswered questions
 * can be marked in the same round as the wrong ones; null when the shape itself is broken.
 */
function answersAsSent(raw: unknown): BeforeCheckInAnswers | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const list = (value: unknown) => (Array.isArray(value) ? (value as unknown[]) : undefined);
  const goals = (list(record.goals) ?? []).flatMap((goal) => {
    if (typeof goal !== 'object' || goal === null) return [];
    const { goalId, progress, clarity } = goal as Record<string, unknown>;
    return typeof goalId === 'string' ? [{ goalId, progress, clarity }] : [];
  });
  return { intent: record.intent, goals, phq9: list(record.phq9), gad7: list(record.gad7), ors: list(record.ors) };
}

/**
 * Every problem of a refused check-in in one round: the validation errors, and on "send" the
 * questions left unanswered among those the form showed (the database's own rules follow once
 * the answers are valid).
 */
export function checkInProblems(error: z.ZodError, raw: unknown): FieldErrors {
  const fieldErrors = checkInFieldErrors(error, raw);
  const sent = answersAsSent(raw);
  if (!sent) return fieldErrors;
  const present = (instrument: BeforeInstrument | 'srs') => (raw as Record<string, unknown>)[instrument] !== undefined;
  const missing = validateBeforeCheckIn(sent, { goalIds: sent.goals.map((g) => g.goalId), partOfCheckIn: present });
  const srs = (raw as { srs?: unknown }).srs;
  if (sent.intent === 'submit' && Array.isArray(srs)) requireAnswered(missing, 'srs', srs);
  for (const [field, messages] of Object.entries(missing)) fieldErrors[field] ??= messages;
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

function itemsOf(values: Record<string, string>, instrument: Instrument, count: number): (number | null)[] {
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
  return {
    therapySessionId: values.therapySessionId,
    intent: values.intent,
    srs: itemsOf(values, 'srs', ANALOGUE_ITEM_COUNT),
  };
}

export function therapistRatingsFromForm(values: Record<string, string>): unknown {
  return {
    therapySessionId: values.therapySessionId,
    ratings: listed(values.goals).map((goalId) => ({
      goalId,
      progress: numberOrNull(values[checkInField.progress(goalId)]),
    })),
  };
}

/** Any flat form: the action passes it on and the data layer validates the structure. */
export const flatFormSchema = z.record(z.string(), z.string());
