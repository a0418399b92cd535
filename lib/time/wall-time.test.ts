import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from './wall-time';

describe('wall-clock times in the organisation’s zone', () => {
  it('reads London winter and summer time', () => {
    expect(wallTimeToInstant('2026-01-15T14:30', 'Europe/London')?.toISOString()).toBe('2026-01-15T14:30:00.000Z');
    expect(wallTimeToInstant('2026-07-15T14:30', 'Europe/London')?.toISOString()).toBe('2026-07-15T13:30:00.000Z');
  });

  it('works far from UTC', () => {
    expect(wallTimeToInstant('2026-02-01T09:00', 'Pacific/Auckland')?.toISOString()).toBe('2026-01-31T20:00:00.000Z');
    expect(wallTimeToInstant('2026-02-01T09:00', 'America/Los_Angeles')?.toISOString()).toBe(
      '2026-02-01T17:00:00.000Z',
    );
  });

  it('refuses a time the clocks skip, and takes the earlier of a repeated hour', () => {
    expect(wallTimeToInstant('2026-03-29T01:30', 'Europe/London')).toBeNull();
    expect(wallTimeToInstant('2026-10-25T01:30', 'Europe/London')?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses malformed and impossible times', () => {
    for (const bad of [
      '',
      '2026-01-15',
      '2026-01-15 14:30',
      '2026-02-30T10:00',
      '2026-13-01T10:00',
      '2026-01-15T24:00',
      '<script>',
    ]) {
      expect(wallTimeToInstant(bad, 'Europe/London'), bad).toBeNull();
    }
  });

  it('round-trips through instantToWallTime', () => {
    const instant = new Date('2026-07-15T13:30:00.000Z');
    expect(instantToWallTime(instant, 'Europe/London')).toBe('2026-07-15T14:30');
    expect(wallTimeToInstant(instantToWallTime(instant, 'Asia/Kolkata'), 'Asia/Kolkata')?.toISOString()).toBe(
      instant.toISOString(),
    );
  });
});
