import { z } from './zod';
import { refuseHiddenCharacters } from './hidden-characters';

/**
 * Free text people write about a client (goals, notes, answers). React escapes everything it
 * shows, but markup has no place in a clinical record and would be shown raw in exports, so a
 * tag-like `<word` is refused with a message instead of being stored.
 */
const TAG_LIKE = /<\s*[a-z!/?]/i;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function refineText(schema: z.ZodString, label: string) {
  return refuseHiddenCharacters(
    schema
      .refine((value) => !TAG_LIKE.test(value), `${label} can't contain HTML tags like <script>.`)
      .refine((value) => !CONTROL_CHARACTERS.test(value), `${label} can't contain control characters.`),
    label,
  );
}

/** Required free text: trimmed, 1…max characters, no markup. */
export const requiredText = (max: number, label: string, emptyMessage: string) =>
  refineText(
    z
      .string({ error: emptyMessage })
      .trim()
      .min(1, emptyMessage)
      .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer.`),
    label,
  );

/** Optional free text: an empty or missing value is stored as null. */
export const optionalFreeText = (max: number, label: string) =>
  z.preprocess(
    (value) =>
      value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : value,
    refineText(
      z
        .string({ error: `${label} must be text.` })
        .trim()
        .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer.`),
      label,
    ).nullable(),
  );

/** An optional whole number typed into a form ("" means not given). */
export const optionalWholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => {
      if (value === undefined || value === null || value === '') return null;
      if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value.trim());
      return value;
    },
    z.number({ error: message }).int(message).min(min, message).max(max, message).nullable(),
  );

/** An optional choice from a fixed list ("" means not chosen). */
export const optionalChoice = <T extends string>(values: readonly T[], message: string) =>
  z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? null : value),
    z.enum(values as [T, ...T[]], { error: message }).nullable(),
  );

/** A checkbox: present ("on") or absent; booleans pass through so parsed input parses again. */
export const checkbox = z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean());
