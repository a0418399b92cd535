import { z } from './zod';
import { hasHiddenCharacters } from './hidden-characters';

/**
 * Values that arrive in a page's address (route parameters and the query string). Anyone can
 * type anything there: a NUL byte, a control character or a 3,000-character id reached the
 * database and answered 500. Every value is checked here first (ADR 13): route handlers answer
 * 400, pages ignore a bad query value (and say so) and answer 404 for a malformed id.
 */

/** Longer than any id, search or filter the app itself puts in a link. */
export const URL_VALUE_MAX = 200;

// C0 and C1 control characters (NUL included), DEL, and lone UTF-16 surrogates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** One string of printable text, not too long, with no hidden direction or zero-width characters. */
export function isSafeUrlValue(value: unknown, max = URL_VALUE_MAX): value is string {
  return typeof value === 'string' && value.length <= max && !UNSAFE.test(value) && !hasHiddenCharacters(value);
}

const uuid = z.uuid();

/** A record id from the address: a UUID, as every table's key is. */
export function isRecordId(value: unknown): value is string {
  return uuid.safeParse(value).success;
}

/**
 * An id as the audit log may record it: a malformed one (NUL, 3,000 characters) is refused as
 * not-found like any missing record, but is not copied into the log, where a NUL would fail.
 */
export function auditableId(value: string): string | null {
  return isRecordId(value) ? value : null;
}

export type RawQuery = URLSearchParams | Record<string, string | string[] | undefined>;

export interface CheckedQuery<K extends string> {
  /** The usable values of the keys asked for (absent when missing or not usable). */
  values: Partial<Record<K, string>>;
  /** Keys that were present but not usable (unsafe text, too long, or given more than once). */
  ignored: K[];
}

function allValues(raw: RawQuery, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const value = raw[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function keysOf(raw: RawQuery): string[] {
  return raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw);
}

/** Picks the known keys of a query string, keeping only values that are safe to use. */
export function checkQuery<K extends string>(raw: RawQuery, keys: readonly K[]): CheckedQuery<K> {
  const values: Partial<Record<K, string>> = {};
  const ignored: K[] = [];
  for (const key of keys) {
    const all = allValues(raw, key);
    if (all.length === 0) continue;
    if (all.length === 1 && isSafeUrlValue(all[0])) values[key] = all[0];
    else ignored.push(key);
  }
  return { values, ignored };
}

/** Keys of the whole query string (known or not) whose values are unsafe: a route handler answers 400. */
export function unsafeQueryKeys(raw: RawQuery): string[] {
  return keysOf(raw).filter(
    (key) => !isSafeUrlValue(key) || allValues(raw, key).some((value) => !isSafeUrlValue(value)),
  );
}
