import { z } from './zod';
import { refuseHiddenCharacters } from './hidden-characters';

/** Looks like an HTML tag ("<script>", "</b>", "<!--"), as opposed to a comparison ("PHQ-9 < 10"). */
const MARKUP = /<\s*\/?\s*[a-z!]/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Free text a person writes into a clinical record (a note, a level description). Plain text
 * only: markup is refused rather than stored, control characters too (new lines are fine).
 */
export const clinicalText = (label: string, { min = 1, max }: { min?: number; max: number }) =>
  refuseHiddenCharacters(
    z
      .string({ error: `Enter ${label.toLowerCase()}.` })
      .trim()
      .min(1, `Enter ${label.toLowerCase()}.`)
      .min(min, `${label} needs at least ${min} characters.`)
      .max(max, `${label} must be ${max} characters or fewer.`)
      .refine((value) => !MARKUP.test(value), `${label} can't contain HTML tags such as <script>.`)
      .refine((value) => !CONTROL.test(value), `${label} can't contain control characters.`),
    label,
  );

/** The same, optional: empty means "none". */
export const optionalClinicalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .nullish()
    .transform((value) => (value ? value : null))
    .pipe(clinicalText(label, { max }).nullable());
