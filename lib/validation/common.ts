import { z } from './zod';
import { refuseHiddenCharacters } from './hidden-characters';
import { isSafeUrlValue } from './url-input';
import { LIMITS } from './limits';

/** Form fields arrive as strings; an empty one means "not given". */
export const optionalText = (max: number, label: string) =>
  refuseHiddenCharacters(z.string().trim().max(max, `${label} must be ${max} characters or fewer.`), label)
    .transform((value) => (value === '' ? null : value))
    .nullish()
    .transform((value) => value ?? null);

/** A person's name as shown to others: no angle brackets, no control characters. */
export const personName = (label: string) =>
  refuseHiddenCharacters(
    z
      .string({ error: `Enter ${label.toLowerCase()}.` })
      .trim()
      .min(1, `Enter ${label.toLowerCase()}.`)
      .max(LIMITS.personName, `${label} must be ${LIMITS.personName} characters or fewer.`)
      .refine((value) => !/[<>]/.test(value), `${label} can't contain < or >.`)
      // eslint-disable-next-line no-control-regex
      .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), `${label} can't contain control characters.`),
    label,
  );

export const recordId = (label = 'record') => z.uuid({ error: `That ${label} does not exist.` });

/** A calendar date typed as YYYY-MM-DD, checked to be a real date. */
export const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-03-14.`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, `${label} is not a real date.`);

/** Today's date as YYYY-MM-DD, allowing for the furthest-ahead time zone (UTC+14). */
export function latestTodayIso(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

export const pageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);
/** A search typed into a page's address: unusable text (NUL, hidden characters, too long) searches for nothing. */
export const searchText = z
  .string()
  .refine((value) => isSafeUrlValue(value))
  .transform((value) => value.trim())
  .pipe(z.string().max(LIMITS.searchQuery))
  .catch('');

/** A list page's query: only the page number. */
export const pageQuerySchema = z.object({ page: pageNumber.optional().default(1) });
