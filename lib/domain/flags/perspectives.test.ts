import { describe, expect, it } from 'vitest';
import { PERSPECTIVES_DIFFER_GAP, perspectivesDifferFlag } from './index';

describe('perspectivesDifferFlag', () => {
  it('client 8, therapist 5 → 3 apart → flag', () => {
    expect(
      perspectivesDifferFlag({ goalId: 'g1', therapySessionNumber: 5, clientRating: 8, therapistRating: 5 }),
    ).toEqual({
      kind: 'perspectives-differ',
      reason:
        'In session 5 the client rated this goal 8 and the therapist 5, 3 points apart (3 or more counts as differing).',
      data: { goalId: 'g1', therapySessionNumber: 5, clientRating: 8, therapistRating: 5, difference: 3 },
    });
  });

  it.each([
    { client: 2, therapist: 5, flagged: true }, // 3, therapist higher
    { client: 8, therapist: 6, flagged: false }, // 2
    { client: 6, therapist: 8, flagged: false }, // 2
    { client: 0, therapist: 10, flagged: true }, // 10
    { client: 7, therapist: 7, flagged: false },
  ])('client $client vs therapist $therapist → $flagged', ({ client, therapist, flagged }) => {
    const flag = perspectivesDifferFlag({
      goalId: 'g',
      therapySessionNumber: 1,
      clientRating: client,
      therapistRating: therapist,
    });
    expect(flag !== null).toBe(flagged);
  });

  it('gap constant is 3', () => {
    expect(PERSPECTIVES_DIFFER_GAP).toBe(3);
  });

  it.each([
    { clientRating: 11, therapistRating: 5 },
    { clientRating: 5, therapistRating: -1 },
    { clientRating: 5.5, therapistRating: 5 },
  ])('refuses %o', (ratings) => {
    expect(() => perspectivesDifferFlag({ goalId: 'g', therapySessionNumber: 1, ...ratings })).toThrowError(
      expect.objectContaining({ name: 'ScoringInputError' }),
    );
  });
});
