import { z } from './zod';
import { isoDate, latestTodayIso, optionalText, personName, recordId } from './common';
import { requiredText } from './text';
import { LIMITS } from './limits';

const clientFields = {
  displayName: personName('Name'),
  pronouns: optionalText(LIMITS.pronouns, 'Pronouns').refine(
    (value) => value === null || /^[\p{L} /'-]+$/u.test(value),
    'Pronouns can use letters, spaces and slashes, like they/them.',
  ),
  dateOfBirth: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .nullish()
    .transform((value) => value ?? null)
    .pipe(
      isoDate('Date of birth')
        .refine((value) => value >= '1900-01-01', 'Date of birth must be after 1900.')
        .refine((value) => value <= latestTodayIso(), "Date of birth can't be in the future.")
        .nullable(),
    ),
  intakeDate: isoDate('Intake date')
    .refine((value) => value >= '1990-01-01', 'Intake date must be after 1990.')
    .refine((value) => value <= latestTodayIso(), "Intake date can't be in the future."),
};

export const createClientSchema = z.object(clientFields);
export type CreateClientInput = z.infer<typeof createClientSchema>;

export const updateClientSchema = z.object({
  clientId: recordId('client'),
  /** The version the edit started from; a stale one is refused. */
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(1),
  ...clientFields,
});
export type UpdateClientInput = z.infer<typeof updateClientSchema>;

/** Discharging a client, or opening their record again: either way with the reason, for the record. */
export const changeClientStatusSchema = z.object({
  clientId: recordId('client'),
  version: z.coerce.number({ error: 'Reload the page and try again.' }).int().min(1),
  status: z.enum(['active', 'discharged'], { error: 'Choose discharge or re-open.' }),
  reason: requiredText(LIMITS.clientStatusReason, 'The reason', 'Say why, in a few words: it stays on the record.'),
});
export type ChangeClientStatusInput = z.infer<typeof changeClientStatusSchema>;
