/**
 * Converting between an instant and the wall-clock time of the organisation's time zone, for
 * `<input type="datetime-local">` (which has no zone). "2026-03-29T01:30" does not exist in
 * London (the clocks skip it) and "2026-10-25T01:30" happens twice: the first is refused, the
 * second resolves to the earlier instant (summer time), as most calendars do.
 */

import { dateTimeFormat } from './intl';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return dateTimeFormat(
    {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    },
    'en-US',
  );
}

/** 'YYYY-MM-DDTHH:mm' on the wall clock of `timeZone`. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** The instant a wall-clock time denotes in `timeZone`, or null if it is malformed or does not exist there. */
export function wallTimeToInstant(wallTime: string, timeZone: string): Date | null {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCDate() !== day) return null; // 31 April and friends
  // The zone's offset is at most ±14 h: try the offsets seen around that moment and keep the
  // earliest candidate that reads back as the same wall time.
  const candidates = new Set<number>();
  for (const probe of [asUtc - 14 * 3600_000, asUtc, asUtc + 14 * 3600_000]) {
    candidates.add(asUtc - offsetMs(new Date(probe), timeZone));
  }
  const matches = [...candidates]
    .filter((t) => instantToWallTime(new Date(t), timeZone) === wallTime)
    .sort((a, b) => a - b);
  return matches.length > 0 ? new Date(matches[0]!) : null;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offsetMs(instant: Date, timeZone: string): number {
  const wall = instantToWallTime(new Date(Math.floor(instant.getTime() / 60_000) * 60_000), timeZone);
  const [datePart, timePart] = wall.split('T') as [string, string];
  const [y, m, d] = datePart.split('-').map(Number) as [number, number, number];
  const [h, min] = timePart.split(':').map(Number) as [number, number];
  return Date.UTC(y, m - 1, d, h, min) - Math.floor(instant.getTime() / 60_000) * 60_000;
}
