import { describe, expect, it } from 'vitest';
import { NOT_ON_TRACK_MIN_RATINGS, NOT_ON_TRACK_SHARP_DROP, notOnTrackGoalFlag, type GoalRatingPoint } from './index';

/** Ratings at sessions 1, 2, 3… */
function series(...ratings: number[]): GoalRatingPoint[] {
  return ratings.map((rating, index) => ({ therapySessionNumber: index + 1, rating }));
}

describe('notOnTrackGoalFlag — latest not above the first', () => {
  it('4 ratings, latest 3 not above first 4 → flag with exact reason and data', () => {
    expect(notOnTrackGoalFlag({ goalId: 'g1', clientRatings: series(4, 5, 4, 3) })).toEqual({
      kind: 'not-on-track-goal',
      reason: '4 client ratings, none of them 10; the latest (3) is not above the first (4).',
      data: {
        goalId: 'g1',
        clientRatings: series(4, 5, 4, 3),
        reasons: [
          {
            rule: 'not-above-first',
            ratingCount: 4,
            first: 4,
            latest: 3,
            sentence: '4 client ratings, none of them 10; the latest (3) is not above the first (4).',
          },
        ],
      },
    });
  });

  it.each([
    { ratings: [4, 5, 5, 4], flagged: true, why: 'latest equals first: "not above" includes equal' },
    { ratings: [4, 5, 5, 5], flagged: false, why: 'latest 5 is above first 4' },
    { ratings: [4, 4, 4], flagged: false, why: 'only 3 ratings' },
    { ratings: [4, 4, 4, 4], flagged: true, why: 'flat for 4 ratings' },
    { ratings: [9, 10, 9, 9], flagged: false, why: 'rated 10 once: treated as reached' },
    { ratings: [2, 3, 3, 10], flagged: false, why: 'latest is 10' },
    { ratings: [0, 0, 0, 0, 0], flagged: true, why: 'stuck at 0' },
  ])('$ratings → $flagged ($why)', ({ ratings, flagged }) => {
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(...ratings) }) !== null).toBe(flagged);
  });

  it('no ratings → no flag', () => {
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings: [] })).toBeNull();
  });

  it('constants are 4 ratings and a 3-point drop', () => {
    expect(NOT_ON_TRACK_MIN_RATINGS).toBe(4);
    expect(NOT_ON_TRACK_SHARP_DROP).toBe(3);
  });
});

describe('notOnTrackGoalFlag — drop of 3 or more between consecutive ratings', () => {
  it('2, 5, 7, 4 → dropped 3 between sessions 3 and 4 (latest 4 is still above first 2)', () => {
    const flag = notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(2, 5, 7, 4) });
    expect(flag?.reason).toBe('Dropped 3 points, from 7 to 4, between sessions 3 and 4.');
    expect(flag?.data.reasons).toEqual([
      {
        rule: 'sharp-drop',
        from: 7,
        to: 4,
        fromTherapySession: 3,
        toTherapySession: 4,
        sentence: 'Dropped 3 points, from 7 to 4, between sessions 3 and 4.',
      },
    ]);
  });

  it('a drop of exactly 2 is not flagged (2, 5, 7, 5: latest above first, drop 7→5 = 2)', () => {
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(2, 5, 7, 5) })).toBeNull();
  });

  it('a drop anywhere in the history counts, even after a recovery (1, 8, 4, 9)', () => {
    // 8 → 4 is a drop of 4; latest 9 > first 1
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(1, 8, 4, 9) })?.reason).toBe(
      'Dropped 4 points, from 8 to 4, between sessions 2 and 3.',
    );
  });

  it('uses the real session numbers, not positions (a session without a rating in between)', () => {
    const clientRatings = [
      { therapySessionNumber: 1, rating: 3 },
      { therapySessionNumber: 2, rating: 6 },
      { therapySessionNumber: 4, rating: 3 },
      { therapySessionNumber: 5, rating: 3 },
    ];
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings })?.reason).toBe(
      '4 client ratings, none of them 10; the latest (3) is not above the first (3). ' +
        'Dropped 3 points, from 6 to 3, between sessions 2 and 4.',
    );
  });

  it('both rules and two drops → one flag listing every reason in order', () => {
    const flag = notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(6, 9, 5, 8, 4) });
    expect(flag?.data.reasons.map((r) => r.rule)).toEqual(['not-above-first', 'sharp-drop', 'sharp-drop']);
    expect(flag?.reason).toBe(
      '5 client ratings, none of them 10; the latest (4) is not above the first (6). ' +
        'Dropped 4 points, from 9 to 5, between sessions 2 and 3. ' +
        'Dropped 4 points, from 8 to 4, between sessions 4 and 5.',
    );
  });

  it('a sharp drop with fewer than 4 ratings is not (yet) a flag', () => {
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(8, 2, 3) })).toBeNull();
  });

  it('a goal once rated 10 is not flagged for a later drop (10 → 6)', () => {
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(5, 8, 10, 6) })).toBeNull();
  });
});

describe('notOnTrackGoalFlag — invalid input', () => {
  it.each([
    { clientRatings: series(4, 11, 4, 4), code: 'out-of-range' },
    { clientRatings: series(4, -1, 4, 4), code: 'out-of-range' },
    { clientRatings: series(4, 4.5, 4, 4), code: 'not-an-integer' },
    {
      clientRatings: [
        { therapySessionNumber: 2, rating: 4 },
        { therapySessionNumber: 1, rating: 4 },
      ],
      code: 'out-of-order',
    },
    {
      clientRatings: [
        { therapySessionNumber: 1, rating: 4 },
        { therapySessionNumber: 1, rating: 5 },
      ],
      code: 'out-of-order',
    },
    { clientRatings: [{ therapySessionNumber: 0, rating: 4 }], code: 'out-of-range' },
  ])('refuses ($code)', ({ clientRatings, code }) => {
    expect(() => notOnTrackGoalFlag({ goalId: 'g', clientRatings })).toThrowError(
      expect.objectContaining({ name: 'ScoringInputError', code }),
    );
  });
});
