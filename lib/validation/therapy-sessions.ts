import { z } from './zod';
import { recordId } from './common';
import { clinicalText, optionalClinicalText } from './clinical-text';
import { LIMITS } from './limits';
import { optionalWholeNumber } from './text';

export const THERAPY_SESSION_STATUSES = ['scheduled', 'attended', 'cancelled', 'no-show'] as const;
export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 600;

/** A wall-clock time from `<input type="datetime-local">`, read in the organisation's time zone by the data layer. */
const wallTime = z
  .string({ error: 'Enter the date and time of the session.' })
  .trim()
  .min(1, 'Enter the date and time of the session.')
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Enter the date and time like 2026-03-14 14:30.');

const durationMinutes = z.coerce
  .number({ error: 'Enter the length in minutes.' })
  .int('Enter the length as a whole number of minutes.')
  .min(MIN_DURATION_MINUTES, `A session lasts at least ${MIN_DURATION_MINUTES} minutes.`)
  .max(MAX_DURATION_MINUTES, `A session lasts at most ${MAX_DURATION_MINUTES} minutes.`);

export const scheduleTherapySessionSchema = z.object({
  clientId: recordId('client'),
  scheduledAt: wallTime,
  durationMinutes,
});
export type ScheduleTherapySessionInput = z.infer<typeof scheduleTherapySessionSchema>;

export const recordTherapySessionSchema = z.object({
  therapySessionId: recordId('session'),
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(1),
  scheduledAt: wallTime,
  durationMinutes,
  status: z.enum(THERAPY_SESSION_STATUSES, {
    error: 'Choose what happened: scheduled, attended, cancelled or no-show.',
  }),
  privateNote: optionalClinicalText('Private note', LIMITS.sessionPrivateNote),
});
export type RecordTherapySessionInput = z.infer<typeof recordTherapySessionSchema>;

/** 0–10, from code or a form ('' or a radio group left alone: not rated). */
const gboRating = optionalWholeNumber(0, 10, 'Progress must be a whole number from 0 to 10.');

/** The form names its fields by these paths: `ratings.0.goalId` (hidden), `ratings.0.progress`. */
export const therapistRatingsSchema = z.object({
  therapySessionId: recordId('session'),
  ratings: z
    .array(z.object({ goalId: recordId('goal'), progress: gboRating }))
    .max(50, 'Too many goals.')
    .default([]),
});

export type TherapistRatingsInput = z.infer<typeof therapistRatingsSchema>;

const levelText = (label: string) => clinicalText(label, { max: LIMITS.gasLevel });

export const gasScaleSchema = z.object({
  goalId: recordId('goal'),
  levelMinus2: levelText('Level −2'),
  levelMinus1: levelText('Level −1'),
  level0: levelText('Level 0'),
  levelPlus1: levelText('Level +1'),
  levelPlus2: levelText('Level +2'),
  weight: z
    .union([
      z.literal('').transform(() => null),
      z.null(),
      z.undefined().transform(() => null),
      z.coerce.number({ error: 'Weight must be a number.' }),
    ])
    .pipe(
      z
        .number({ error: 'Weight must be a number.' })
        .min(0.1, 'Weight must be at least 0.1.')
        .max(99, 'Weight must be below 100.')
        .refine((w) => Math.abs(w * 100 - Math.round(w * 100)) < 1e-6, 'Weight can have at most two decimals.')
        .nullable(),
    ),
});
export type GasScaleInput = z.infer<typeof gasScaleSchema>;

export const gasRatingSchema = z.object({
  therapySessionId: recordId('session'),
  goalId: recordId('goal'),
  level: z.coerce
    .number({ error: 'Choose a level from −2 to +2.' })
    .int('Choose a level from −2 to +2.')
    .min(-2, 'Choose a level from −2 to +2.')
    .max(2, 'Choose a level from −2 to +2.'),
});
export type GasRatingInput = z.infer<typeof gasRatingSchema>;

export const acknowledgeFlagSchema = z.object({
  flagId: recordId('flag'),
  note: clinicalText('A note', { min: 3, max: LIMITS.flagNote }),
});
export type AcknowledgeFlagInput = z.infer<typeof acknowledgeFlagSchema>;
