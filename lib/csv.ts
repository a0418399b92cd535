import { stringify } from 'csv-stringify/sync';
import { withoutHiddenCharacters } from '@/lib/validation/hidden-characters';

export type CsvCell = string | number | boolean | null | undefined;

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return, which
 * some of them skip first) as a formula: an exported name like `=HYPERLINK(...)` could act on
 * the reader's machine. Such cells get a leading single quote, which shows the text as typed.
 * Every CSV export goes through this (OWASP "CSV injection").
 */
export function neutraliseCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Hidden characters (refused in new input, but older rows may hold them) are dropped first, so
  // `\u200B=cmd` cannot slip past; the formula check then looks past leading spaces and the
  // invisible joiners and marks that are allowed (ZWNJ, ZWJ, LRM, RLM), which some programs skip.
  const text = withoutHiddenCharacters(String(value));
  return LEADING_FORMULA.test(text) ? `'${text}` : text;
}

const LEADING_FORMULA = /^[\t\r]|^[\s\u200C-\u200F]*[=+\-@]/;

/** A CSV document (RFC 4180, CRLF line ends) with a header row and every cell neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header.map(neutraliseCell), ...rows.map((row) => row.map(neutraliseCell))], {
    record_delimiter: 'windows',
  });
}
