import { z } from './zod';
import {
  ANALOGUE_ITEM_COUNT,
  GAD7_ITEM_COUNT,
  INSTRUMENT_ITEM_COUNTS,
  INSTRUMENT_LABELS,
  PHQ9_ITEM_COUNT,
  type Instrument,
} from '@/lib/domain/scoring';
import type { FieldErrors } from '@/lib/errors';
import { recordId } from './common';
import { checkInField } from './field-names';

/*
 * Check-ins arrive from code (numbers, null for unanswered) or from a plain HTML form whose
 * fields are named by these schemas' paths (`goals.0.goalId` hidden, `goals.0.progress`,
 * `phq9.8` for PHQ-9 question 9), nested by formAction. One schema reads both: '' or a missing
 * answer is null (unanswered), a number typed as text is that number. A radio group left alone
 * sends nothing, so the form also says which questionnaires it showed (hidden `measures`,
 * "phq9,ors"); each shown one is padded to its length. Errors are keyed by the same paths
 * (fieldErrorsOf), so each sits next to its question.
 */

export const CHECK_IN_INTENTS = ['draft', 'submit'] as const;
export type CheckInIntent = (typeof CHECK_IN_INTENTS)[number];

const PROGRESS_MESSAGE = 'Progress must be a whole number from 0 to 10.';
const CLARITY_MESSAGE = 'Clarity must be a whole number from 1 to 5.';
const PROGRESS_MISSING = 'Choose a number from 0 to 10, or save for later.';
const CLARITY_MISSING = 'Choose how clear this goal is, or save for later.';

/** '' (or nothing) → null, unanswered; a number typed as text → that number; anything else is left for the schema to refuse. */
function formAnswer(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return null;
  return /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value.trim()) : value;
}

const answer = <T extends z.ZodType>(schema: T) => z.preprocess(formAnswer, schema.nullable());

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
    .array(answer(item), { error: `${instrument} answers are missing.` })
    .length(count, `${instrument} has ${count} questions; every one must be sent (empty ones as blank).`);

function listed(value: unknown): string[] {
  return (typeof value === 'string' ? value : '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * The questionnaires a form showed (its hidden `measures`), each padded to its length: answered
 * questions keep their places, unanswered ones (a radio group sends nothing) are blank, and a
 * shown questionnaire left wholly unanswered is all blank rather than absent. Input from code
 * names no `measures` and is read as it is.
 */
function shownPadded(instruments: readonly Instrument[]) {
  return (raw: unknown): unknown => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    const record = raw as Record<string, unknown>;
    const shown = new Set(listed(record.measures));
    const padded: Record<string, unknown> = { ...record };
    for (const instrument of instruments) {
      const given: unknown = record[instrument] ?? [];
      if (!shown.has(instrument) || !Array.isArray(given) || given.length >= INSTRUMENT_ITEM_COUNTS[instrument])
        continue;
      const answers = given as unknown[];
      padded[instrument] = Array.from(
        { length: INSTRUMENT_ITEM_COUNTS[instrument] },
        (_, index): unknown => answers[index],
      );
    }
    return padded;
  };
}

/** Only when the answers are refused anyway: see `alsoUnanswered`. */
const refusedAlready = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length > 0 };

const intent = z.enum(CHECK_IN_INTENTS, { error: 'Choose to save for later or to send.' });

export const checkInInputSchema = z.preprocess(
  shownPadded(['phq9', 'gad7', 'ors']),
  z
    .object({
      therapySessionId: recordId('session'),
      intent,
      goals: z
        .array(
          z.object({
            goalId: recordId('goal'),
            progress: answer(wholeNumber(0, 10, PROGRESS_MESSAGE)),
            clarity: answer(wholeNumber(1, 5, CLARITY_MESSAGE)),
          }),
        )
        .max(50, 'Too many goals.')
        .default([]),
      phq9: answers(frequencyAnswer('PHQ-9'), PHQ9_ITEM_COUNT, 'PHQ-9').optional(),
      gad7: answers(frequencyAnswer('GAD-7'), GAD7_ITEM_COUNT, 'GAD-7').optional(),
      ors: answers(analogueMark, ANALOGUE_ITEM_COUNT, 'The ORS').optional(),
    })
    .superRefine((value, ctx) => alsoUnanswered(value, ctx), refusedAlready),
);
export type CheckInInput = z.output<typeof checkInInputSchema>;

export const afterCheckInInputSchema = z.preprocess(
  shownPadded(['srs']),
  z
    .object({
      therapySessionId: recordId('session'),
      intent,
      srs: answers(analogueMark, ANALOGUE_ITEM_COUNT, 'The SRS'),
    })
    .superRefine((value, ctx) => alsoUnanswered(value, ctx), refusedAlready),
);
export type AfterCheckInInput = z.output<typeof afterCheckInInputSchema>;

/**
 * What the check-in forms' actions accept: the nested form, unchecked. The data layer parses it
 * with the schemas above, because a refused before-session check-in must still keep its risk
 * answer (ADR 10), and a refusal before the data layer is reached would lose it.
 */
export const checkInFormSchema = z.looseObject({});

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
      fieldErrors[checkInField.item(instrument, index)] ??= [
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
      const index = answers.goals.findIndex((g) => g.goalId === goalId);
      const given = answers.goals[index];
      // A goal added to the plan after the page was opened has no question on it.
      if (!given)
        fieldErrors.goals ??= ['A goal was added to your plan. Reload the page to rate it, or save for later.'];
      if (given?.progress == null && index >= 0) fieldErrors[checkInField.progress(index)] = [PROGRESS_MISSING];
      if (given?.clarity == null && index >= 0) fieldErrors[checkInField.clarity(index)] = [CLARITY_MISSING];
    }
  }
  return fieldErrors;
}

/**
 * Every problem of a refused check-in in one round: besides the wrong answers, on "send" each
 * question left unanswered among those the form showed. (When the answers are valid, the data
 * layer's own rules say what is missing, after the window and the session are checked.)
 */
function alsoUnanswered(value: unknown, ctx: z.RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (record.intent !== 'submit') return;
  const missing: FieldErrors = {};
  const goals: unknown[] = Array.isArray(record.goals) ? record.goals : [];
  goals.forEach((goal, index) => {
    if (typeof goal !== 'object' || goal === null) return;
    const { progress, clarity } = goal as Record<string, unknown>;
    if (progress == null) missing[checkInField.progress(index)] = [PROGRESS_MISSING];
    if (clarity == null) missing[checkInField.clarity(index)] = [CLARITY_MISSING];
  });
  for (const instrument of ['phq9', 'gad7', 'ors', 'srs'] as const) {
    const given = record[instrument];
    if (Array.isArray(given)) requireAnswered(missing, instrument, given);
  }
  const refused = new Set(ctx.issues.map((issue) => issue.path?.map(String).join('.')));
  for (const [field, messages] of Object.entries(missing)) {
    if (refused.has(field) || !messages?.[0]) continue;
    const path = field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    ctx.addIssue({ code: 'custom', path, message: messages[0] });
  }
}
