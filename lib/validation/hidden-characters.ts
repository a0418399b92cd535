import type { z } from 'zod';

/**
 * Characters that change how text is shown without being seen: the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), the zero-width space (U+200B) and the
 * byte-order mark / zero-width no-break space (U+FEFF). With them one name can display as
 * another ("Trojan Source"), and an `=` can hide behind a zero-width space from a spreadsheet's
 * formula check. Refused in every free-text field (ADR 13).
 *
 * Kept on purpose: the zero-width non-joiner and joiner (U+200C, U+200D), which Persian and
 * Indic spelling and emoji sequences need, and the left-to-right/right-to-left marks (U+200E,
 * U+200F), which change no characters' order on their own.
 */
export const HIDDEN_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/;
const HIDDEN_CHARACTERS_GLOBAL = new RegExp(HIDDEN_CHARACTERS.source, 'g');

export function hasHiddenCharacters(value: string): boolean {
  return HIDDEN_CHARACTERS.test(value);
}

/** The text with every hidden character removed (for CSV cells, which must not hide a formula). */
export function withoutHiddenCharacters(value: string): string {
  return value.replace(HIDDEN_CHARACTERS_GLOBAL, '');
}

export function hiddenCharactersMessage(label: string): string {
  return (
    `${label} can't contain hidden characters that change the direction or spacing of text (they often come with ` +
    `pasted text). Type it again, or paste it as plain text.`
  );
}

/** The one refinement every free-text field goes through (names, goals, notes, answers, contacts). */
export function refuseHiddenCharacters<S extends z.ZodType<string>>(schema: S, label: string): S {
  return schema.refine((value) => !hasHiddenCharacters(value), hiddenCharactersMessage(label));
}
