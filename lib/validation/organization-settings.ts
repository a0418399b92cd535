import { z } from 'zod';

/** A contact shown to clients wherever they might need urgent help. */
export const crisisContactSchema = z.object({
  name: z.string().trim().min(1).max(120),
  phone: z.string().trim().min(1).max(40),
  hours: z.string().trim().max(120).optional(),
});

const measureScheduleSchema = z.object({
  /** Due at the first attended session. */
  atIntake: z.boolean(),
  /** Then every Nth attended session (0 = never again). */
  everyNthSession: z.number().int().min(0).max(52),
});

export const organizationSettingsSchema = z.object({
  minimumGoalsPerPlan: z.number().int().min(1).max(10).default(3),
  reviewCadenceDays: z.number().int().min(7).max(365).default(90),
  measureSchedule: z
    .object({ phq9: measureScheduleSchema, gad7: measureScheduleSchema })
    .default({ phq9: { atIntake: true, everyNthSession: 4 }, gad7: { atIntake: true, everyNthSession: 4 } }),
  crisisContacts: z.array(crisisContactSchema).max(10).default([]),
  /** ORS and SRS are licensed instruments: an organisation without a licence switches them off. */
  licensedInstruments: z.object({ ors: z.boolean(), srs: z.boolean() }).default({ ors: true, srs: true }),
});

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

/** Reads stored settings, filling defaults for anything missing or invalid. */
export function readOrganizationSettings(stored: unknown): OrganizationSettings {
  const parsed = organizationSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : organizationSettingsSchema.parse({});
}
