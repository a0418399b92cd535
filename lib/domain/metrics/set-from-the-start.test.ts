import { describe, expect, it } from 'vitest';

import { type ClientFacts } from './facts';
import { agreedBySecondSession, setFromTheStart } from './set-from-the-start';

const at = (iso: string): Date => new Date(iso);

// Two 50-minute therapy sessions; the second ends at 2024-01-15T10:50:00Z.
const twoSessions = [
  { startsAt: at('2024-01-08T10:00:00Z'), durationMinutes: 50 },
  { startsAt: at('2024-01-15T10:00:00Z'), durationMinutes: 50 },
];

const client = (clientId: string, fields: Partial<ClientFacts>): ClientFacts => ({
  clientId,
  therapistId: 'therapist-1',
  attendedTherapySessions: twoSessions,
  firstAgreedAt: null,
  ...fields,
});

describe('agreed by the end of the second attended therapy session', () => {
  it('agreement during the second session counts', () => {
    expect(agreedBySecondSession(client('during', { firstAgreedAt: at('2024-01-15T10:30:00Z') }))).toBe(true);
  });

  it('agreement at the exact end (start + duration) counts', () => {
    expect(agreedBySecondSession(client('at-end', { firstAgreedAt: at('2024-01-15T10:50:00Z') }))).toBe(true);
  });

  it('agreement a minute after the second session does not', () => {
    expect(agreedBySecondSession(client('after', { firstAgreedAt: at('2024-01-15T10:51:00Z') }))).toBe(false);
  });

  it('sessions are numbered by date, not by array order', () => {
    const unordered = client('unordered', {
      attendedTherapySessions: [
        { startsAt: at('2024-01-22T10:00:00Z'), durationMinutes: 50 },
        { startsAt: at('2024-01-08T10:00:00Z'), durationMinutes: 50 },
        { startsAt: at('2024-01-15T10:00:00Z'), durationMinutes: 50 },
      ],
      firstAgreedAt: at('2024-01-20T09:00:00Z'), // after the 2nd (15 Jan), before the 3rd
    });
    expect(agreedBySecondSession(unordered)).toBe(false);
  });
});

describe('setFromTheStart', () => {
  it('counts only clients with at least two attended therapy sessions', () => {
    const clients = [
      client('during', { firstAgreedAt: at('2024-01-15T10:30:00Z') }),
      client('after', { firstAgreedAt: at('2024-01-15T10:51:00Z') }),
      client('before-first', { firstAgreedAt: at('2024-01-01T08:00:00Z') }),
      client('never', { firstAgreedAt: null }),
      client('one-session', {
        attendedTherapySessions: twoSessions.slice(0, 1),
        firstAgreedAt: at('2024-01-08T10:10:00Z'),
      }),
      client('no-sessions', { attendedTherapySessions: [] }),
    ];
    expect(setFromTheStart(clients)).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
  });

  it('empty caseload → null', () => {
    expect(setFromTheStart([])).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});
