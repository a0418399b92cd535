import { z } from './zod';
import { refuseHiddenCharacters } from './hidden-characters';
import { DEFAULT_MINIMUM_GOALS } from '@/lib/domain/consensus/plan-state';
import { DEFAULT_REVIEW_CADENCE_DAYS } from '@/lib/domain/consensus/review';
import { LIMITS } from './limits';
import { checkboxField } from './reminders';
import { DEFAULT_QUIET_HOURS, REMINDER_KINDS } from '@/lib/domain/reminders/schedule';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, e.g. 21:00.');

/** Reminders (issue 13): each kind on or off for the whole organisation, and the quiet hours. */
export const reminderSettingsSchema = z.object({
  /** A kind missing here is on. */
  kinds: z.partialRecord(z.enum(REMINDER_KINDS), z.boolean()).default({}),
  quietHours: z.object({ start: clockTime, end: clockTime }).default(DEFAULT_QUIET_HOURS),
});

/** A contact shown to clients wherever they might need urgent help. */
export const crisisContactSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.crisisContactName),
  phone: z.string().trim().min(1).max(LIMITS.crisisContactPhone),
  hours: z.string().trim().max(LIMITS.crisisContactHours).optional(),
});

const measureScheduleSchema = z.object({
  /** Due at the first attended session. */
  atIntake: z.boolean(),
  /** Then every Nth attended session (0 = never again). */
  everyNthSession: z.number().int().min(0).max(52),
});

export const organizationSettingsSchema = z.object({
  minimumGoalsPerPlan: z.number().int().min(1).max(10).default(DEFAULT_MINIMUM_GOALS),
  reviewCadenceDays: z.number().int().min(7).max(365).default(DEFAULT_REVIEW_CADENCE_DAYS),
  measureSchedule: z
    .object({ phq9: measureScheduleSchema, gad7: measureScheduleSchema })
    .default({ phq9: { atIntake: true, everyNthSession: 4 }, gad7: { atIntake: true, everyNthSession: 4 } }),
  crisisContacts: z.array(crisisContactSchema).max(10).default([]),
  /** ORS and SRS are licensed instruments: an organisation without a licence switches them off. */
  licensedInstruments: z.object({ ors: z.boolean(), srs: z.boolean() }).default({ ors: true, srs: true }),
});

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

/**
 * The reminder settings, kept under `reminders` in the settings document but edited by their
 * own form (the main settings form keeps keys it does not edit).
 */
export function readReminderSettings(stored: unknown): ReminderSettings {
  const value = (stored as { reminders?: unknown } | null | undefined)?.reminders;
  const parsed = reminderSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { kinds: {}, quietHours: DEFAULT_QUIET_HOURS };
}

/** The reminder settings form: a checkbox per kind (unticked = off) and the quiet hours. */
export const reminderSettingsFormSchema = z.object({
  quietStart: clockTime,
  quietEnd: clockTime,
  ...(Object.fromEntries(REMINDER_KINDS.map((kind) => [`kind-${kind}`, checkboxField])) as Record<
    `kind-${(typeof REMINDER_KINDS)[number]}`,
    typeof checkboxField
  >),
});

/** The form's values as stored settings. */
export function reminderSettingsFromForm(input: z.output<typeof reminderSettingsFormSchema>): ReminderSettings {
  return {
    kinds: Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, input[`kind-${kind}`]])),
    quietHours: { start: input.quietStart, end: input.quietEnd },
  };
}

/** Reads stored settings, filling defaults for anything missing or invalid. */
export function readOrganizationSettings(stored: unknown): OrganizationSettings {
  const parsed = organizationSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : organizationSettingsSchema.parse({});
}

/** How many crisis contact rows the settings form offers (a fixed number keeps it free of client JS). */
export const CRISIS_CONTACT_ROWS = 5;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'true');

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter a number for ${label}.` })
    .trim()
    .min(1, `Enter a number for ${label}.`)
    .refine((value) => value === '' || /^\d+$/.test(value), `${label} must be a whole number.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, `${label} must be between ${min} and ${max}.`)
        .max(max, `${label} must be between ${min} and ${max}.`),
    );

const plainText = (label: string, max: number) =>
  refuseHiddenCharacters(
    z
      .string()
      .trim()
      .max(max, `${label} must be ${max} characters or fewer.`)
      .refine((value) => !/[<>]/.test(value), `${label} can’t contain < or >.`),
    label,
  )
    .optional()
    .transform((value) => value ?? '');

export function isKnownTimeZone(value: string): boolean {
  return value === 'UTC' || Intl.supportedValuesOf('timeZone').includes(value);
}

const crisisFields = Object.fromEntries(
  Array.from({ length: CRISIS_CONTACT_ROWS }, (_, i) => [
    [`crisisName${i}`, plainText('The name', LIMITS.crisisContactName)],
    [
      `crisisPhone${i}`,
      plainText('The phone number', LIMITS.crisisContactPhone).refine(
        (value) => value === '' || /^[0-9+() .-]{2,40}$/.test(value),
        'A phone number can use digits, spaces, + ( ) - and dots.',
      ),
    ],
    [`crisisHours${i}`, plainText('The hours', LIMITS.crisisContactHours)],
  ]).flat(),
) as Record<string, ReturnType<typeof plainText>>;

/**
 * The organisation settings form: flat fields (so each error sits next to its own input),
 * turned into the organisation's name, time zone and settings document.
 */
export const organizationSettingsFormSchema = z
  .object({
    name: refuseHiddenCharacters(
      z
        .string({ error: 'Enter the organisation’s name.' })
        .trim()
        .min(1, 'Enter the organisation’s name.')
        .max(LIMITS.organizationName, `The name must be ${LIMITS.organizationName} characters or fewer.`)
        .refine((value) => !/[<>]/.test(value), 'The name can’t contain < or >.'),
      'The name',
    ),
    timeZone: z
      .string({ error: 'Choose a time zone.' })
      .trim()
      .refine(isKnownTimeZone, 'Choose a time zone from the list.'),
    minimumGoalsPerPlan: wholeNumber('Minimum goals per plan', 1, 10),
    reviewCadenceDays: wholeNumber('Review cadence', 7, 365),
    phq9AtIntake: checkbox,
    phq9EveryNthSession: wholeNumber('PHQ-9 frequency', 0, 52),
    gad7AtIntake: checkbox,
    gad7EveryNthSession: wholeNumber('GAD-7 frequency', 0, 52),
    orsLicensed: checkbox,
    srsLicensed: checkbox,
    ...crisisFields,
  })
  .superRefine((input, issue) => {
    const values = input as unknown as Record<string, string>;
    for (let i = 0; i < CRISIS_CONTACT_ROWS; i++) {
      const [name, phone, hours] = [values[`crisisName${i}`], values[`crisisPhone${i}`], values[`crisisHours${i}`]];
      if (!name && !phone && !hours) continue;
      if (!name)
        issue.addIssue({
          code: 'custom',
          path: [`crisisName${i}`],
          message: 'Give this contact a name, or clear the row.',
        });
      if (!phone)
        issue.addIssue({
          code: 'custom',
          path: [`crisisPhone${i}`],
          message: 'Give this contact a phone number, or clear the row.',
        });
    }
  })
  .transform((input) => {
    const values = input as unknown as Record<string, string>;
    const crisisContacts = Array.from({ length: CRISIS_CONTACT_ROWS }, (_, i) => ({
      name: values[`crisisName${i}`] ?? '',
      phone: values[`crisisPhone${i}`] ?? '',
      hours: values[`crisisHours${i}`] || undefined,
    })).filter((contact) => contact.name && contact.phone);
    const settings: OrganizationSettings = organizationSettingsSchema.parse({
      minimumGoalsPerPlan: input.minimumGoalsPerPlan,
      reviewCadenceDays: input.reviewCadenceDays,
      measureSchedule: {
        phq9: { atIntake: input.phq9AtIntake, everyNthSession: input.phq9EveryNthSession },
        gad7: { atIntake: input.gad7AtIntake, everyNthSession: input.gad7EveryNthSession },
      },
      crisisContacts,
      licensedInstruments: { ors: input.orsLicensed, srs: input.srsLicensed },
    });
    return { name: input.name, timeZone: input.timeZone, settings };
  });
export type OrganizationSettingsFormOutput = z.output<typeof organizationSettingsFormSchema>;
