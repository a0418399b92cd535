/** The trimmed text of an optional field, or null when it is missing or only whitespace. */
export function filledText(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
