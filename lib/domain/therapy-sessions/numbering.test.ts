import { describe, expect, it } from 'vitest';
import { numberTherapySessions, type NumberableTherapySession } from './numbering';

const s = (id: string, iso: string, status: NumberableTherapySession['status']): NumberableTherapySession => ({
  id,
  scheduledAt: new Date(iso),
  status,
});

describe('numberTherapySessions', () => {
  it('numbers attended and expected sessions by date, skipping cancelled ones and no-shows', () => {
    const numbers = numberTherapySessions([
      s('d', '2026-03-22T10:00:00Z', 'scheduled'),
      s('a', '2026-03-01T10:00:00Z', 'attended'),
      s('x', '2026-03-08T10:00:00Z', 'cancelled'),
      s('b', '2026-03-10T10:00:00Z', 'attended'),
      s('y', '2026-03-15T10:00:00Z', 'no-show'),
    ]);
    expect([...numbers.entries()]).toEqual([
      ['a', 1],
      ['b', 2],
      ['d', 3],
    ]);
    expect(numbers.has('x')).toBe(false);
    expect(numbers.has('y')).toBe(false);
  });

  it('does not depend on input order and breaks time ties by id', () => {
    const list = [
      s('b', '2026-03-01T10:00:00Z', 'attended'),
      s('a', '2026-03-01T10:00:00Z', 'attended'),
      s('c', '2026-02-01T10:00:00Z', 'attended'),
    ];
    expect(numberTherapySessions(list)).toEqual(numberTherapySessions([...list].reverse()));
    expect(numberTherapySessions(list).get('a')).toBe(2);
    expect(numberTherapySessions(list).get('b')).toBe(3);
  });

  it('gives no numbers when nothing took place', () => {
    expect(numberTherapySessions([s('x', '2026-03-08T10:00:00Z', 'cancelled')]).size).toBe(0);
    expect(numberTherapySessions([]).size).toBe(0);
  });
});
