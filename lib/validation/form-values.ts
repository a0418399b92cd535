/*
 * Every form names its fields by their schema path: `wording`, `objectives.1.description`,
 * `goals.0.progress`, `phq9.8`. This turns the flat values a form sends into the nested input
 * its schema reads, so one schema serves forms and code, and `fieldErrorsOf` keys each error by
 * the same path the field has. Pure and browser-safe.
 */

/** The highest list index a field name may use (two digits); larger lists are not forms. */
export const MAX_FORM_INDEX = 99;

/** Names that would reach an object's prototype instead of a field of it. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

const INDEX = /^(0|[1-9]\d?)$/;
const DIGITS = /^\d+$/;

type Segment = string | number;

/** A field name's path, or null when the name is refused (empty, hostile or absurd segments). */
function pathOf(name: string): Segment[] | null {
  const parts = name.split('.');
  const path: Segment[] = [];
  for (const [position, part] of parts.entries()) {
    if (part === '' || FORBIDDEN_SEGMENTS.has(part)) return null;
    // A number after the first segment is a list index: 0–99, no leading zeros.
    if (position > 0 && DIGITS.test(part)) {
      if (!INDEX.test(part) || Number(part) > MAX_FORM_INDEX) return null;
      path.push(Number(part));
    } else path.push(part);
  }
  return path;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Lists with gaps (an unanswered radio group sends nothing) get `undefined` in each gap. */
function withoutHoles(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, withoutHoles);
  if (isContainer(value)) {
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = withoutHoles(inner);
  }
  return value;
}

/**
 * Flat form values with dotted names → nested objects and lists (`a.0.b` → `{ a: [{ b }] }`).
 * Deterministic whatever order the fields came in: names are read in sorted order and the first
 * field to claim a place keeps it, so a clash (`a` and `a.0`, or `a.0` and `a.x`) keeps the
 * first in that order and ignores the other. Names with an empty segment, `__proto__`,
 * `constructor` or `prototype`, or an index above 99 or with leading zeros are ignored.
 */
export function nestFormValues(values: Readonly<Record<string, string>>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const name of Object.keys(values).sort()) {
    const path = pathOf(name);
    const value = values[name];
    if (path === null || value === undefined) continue;
    let node: Container = root;
    for (const [position, segment] of path.entries()) {
      const last = position === path.length - 1;
      // A list index into an object, or a name into a list: a clash, ignored.
      if (Array.isArray(node) !== (typeof segment === 'number')) break;
      const current: unknown = (node as Record<string | number, unknown>)[segment];
      if (last) {
        // Unless a list or object already holds this place.
        if (current === undefined) (node as Record<string | number, unknown>)[segment] = value;
        break;
      }
      if (current === undefined) {
        const child: Container = typeof path[position + 1] === 'number' ? [] : {};
        (node as Record<string | number, unknown>)[segment] = child;
        node = child;
      } else if (isContainer(current)) node = current;
      else break; // a plain value already holds this place
    }
  }
  return withoutHoles(root) as Record<string, unknown>;
}
