import { describe, expect, it } from 'vitest';
import {
  NOT_ON_TRACK_MIN_RATINGS,
  NOT_ON_TRACK_SHARP_DROP,
  appendToOpenGoalFlag,
  notOnTrackGoalFlag,
  replayNotOnTrackGoal,
  type GoalRatingPoint,
} from './index';

/** Ratings at sessions 1, 2, 3… */
function series(...ratings: number[]): GoalRatingPoint[] {
  return ratings.map((rating, index) => ({ therapySessionNumber: index + 1, rating }));
}
const flagFor = (...ratings: number[]) => notOnTrackGoalFlag({ goalId: 'g', clientRatings: series(...ratings) });
const rulesFor = (...ratings: number[]) => flagFor(...ratings)?.data.reasons.map((r) => r.rule) ?? [];

describe('no progress: at least 4 ratings, the latest not above the first and below 10', () => {
  it('5, 4, 5, 4 → flag with exact reason and data, naming the ratings and sessions', () => {
    const sentence =
      'No progress: rated 4 at session 4, not above the first rating of 5 at session 1, after 4 client ratings.';
    expect(flagFor(5, 4, 5, 4)).toEqual({
      kind: 'not-on-track-goal',
      reason: sentence,
      data: {
        goalId: 'g',
        clientRatings: series(5, 4, 5, 4),
        reasons: [
          {
            rule: 'no-progress',
            ratingCount: 4,
            first: 5,
            firstTherapySession: 1,
            latest: 4,
            latestTherapySession: 4,
            sentence,
          },
        ],
      },
    });
  });

  it.each([
    { ratings: [4, 4, 4], rules: [], why: '3 ratings: not yet' },
    {
      ratings: [4, 4, 4, 4],
      rules: ['no-progress'],
      why: '4 ratings, flat: the 4th rating is the first that can count',
    },
    { ratings: [4, 5, 5, 4], rules: ['no-progress'], why: 'latest equals first: "not above" includes equal' },
    { ratings: [4, 5, 5, 5], rules: [], why: 'latest 5 is above first 4' },
    { ratings: [10, 10, 10, 10], rules: [], why: 'latest is 10: fully met, not "no progress"' },
    { ratings: [9, 10, 9, 9], rules: ['no-progress'], why: 'an earlier 10 does not silence later trouble' },
    { ratings: [0, 0, 0, 0, 0], rules: ['no-progress'], why: 'stuck at 0' },
  ])('$ratings → $rules ($why)', ({ ratings, rules }) => {
    expect(rulesFor(...ratings)).toEqual(rules);
  });
});

describe('drop: the latest at least 3 points below the rating before it', () => {
  it('2, 5, 7, 4 → a drop of exactly 3 is a flag (latest 4 is still above the first 2)', () => {
    expect(flagFor(2, 5, 7, 4)?.data.reasons).toEqual([
      {
        rule: 'drop',
        from: 7,
        to: 4,
        fromTherapySession: 3,
        toTherapySession: 4,
        sentence: 'Drop: rated 4 at session 4, 3 points below the 7 at session 3.',
      },
    ]);
  });

  it('2, 5, 7, 5 → a drop of exactly 2 is not', () => {
    expect(flagFor(2, 5, 7, 5)).toBeNull();
  });

  it('from the second rating on: 8, 5 → flag after only 2 ratings; a single rating never', () => {
    expect(flagFor(8, 5)?.reason).toBe('Drop: rated 5 at session 2, 3 points below the 8 at session 1.');
    expect(flagFor(8)).toBeNull();
  });

  it('an earlier 10 does not silence a later drop: 5, 8, 10, 6 → dropped 4', () => {
    expect(flagFor(5, 8, 10, 6)?.reason).toBe('Drop: rated 6 at session 4, 4 points below the 10 at session 3.');
  });

  it('a drop long past never raises a flag again: 1, 8, 4, 9 and then 9 → nothing at the 4th or 5th rating', () => {
    expect(flagFor(1, 8, 4)).not.toBeNull(); // the drop, when it was the latest
    expect(flagFor(1, 8, 4, 9)).toBeNull();
    expect(flagFor(1, 8, 4, 9, 9)).toBeNull();
  });

  it('uses the real session numbers, not positions (a session without a rating in between)', () => {
    const clientRatings = [
      { therapySessionNumber: 1, rating: 3 },
      { therapySessionNumber: 2, rating: 5 },
      { therapySessionNumber: 3, rating: 6 },
      { therapySessionNumber: 5, rating: 3 },
    ];
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings })?.reason).toBe(
      'No progress: rated 3 at session 5, not above the first rating of 3 at session 1, after 4 client ratings. ' +
        'Drop: rated 3 at session 5, 3 points below the 6 at session 3.',
    );
  });

  it('constants are 4 ratings and a 3-point drop', () => {
    expect(NOT_ON_TRACK_MIN_RATINGS).toBe(4);
    expect(NOT_ON_TRACK_SHARP_DROP).toBe(3);
  });
});

describe('the baseline across re-wordings', () => {
  it('the first rating stays the baseline when it was given under an earlier wording, and the reason says so', () => {
    const clientRatings = [
      { therapySessionNumber: 1, rating: 6, goalVersionNumber: 1 },
      { therapySessionNumber: 2, rating: 7, goalVersionNumber: 1 },
      { therapySessionNumber: 3, rating: 5, goalVersionNumber: 2 },
      { therapySessionNumber: 4, rating: 6, goalVersionNumber: 2 },
    ];
    const flag = notOnTrackGoalFlag({ goalId: 'g', clientRatings });
    expect(flag?.data.reasons).toMatchObject([{ rule: 'no-progress', first: 6, latest: 6, ratingCount: 4 }]);
    expect(flag?.reason).toBe(
      'No progress: rated 6 at session 4, not above the first rating of 6 at session 1 (given before the goal ' +
        'was re-worded), after 4 client ratings.',
    );
  });

  it("with the re-worded goal's ratings alone (5, 6) there would be no flag: the earlier ratings count", () => {
    expect(flagFor(5, 6)).toBeNull();
  });
});

describe('an open flag collects later triggering ratings', () => {
  it("appends the new rating's sentences to the stored reason and its reasons to the data", () => {
    const opened = flagFor(5, 4, 5, 4)!;
    const next = flagFor(5, 4, 5, 4, 1)!;
    expect(appendToOpenGoalFlag(opened, next)).toEqual({
      reason:
        'No progress: rated 4 at session 4, not above the first rating of 5 at session 1, after 4 client ratings. ' +
        'No progress: rated 1 at session 5, not above the first rating of 5 at session 1, after 5 client ratings. ' +
        'Drop: rated 1 at session 5, 3 points below the 4 at session 4.',
      data: {
        goalId: 'g',
        clientRatings: series(5, 4, 5, 4, 1),
        reasons: [...opened.data.reasons, ...next.data.reasons],
      },
    });
  });

  it("keeps an older flag's stored reason word for word, even with no reasons in its data", () => {
    const next = flagFor(8, 5)!;
    expect(appendToOpenGoalFlag({ reason: 'Raised before.', data: {} }, next).reason).toBe(
      'Raised before. Drop: rated 5 at session 2, 3 points below the 8 at session 1.',
    );
  });

  it('replaying 8, 5, 6, 2, 9 opens at session 2 and appends session 4; sessions 3 and 5 add nothing', () => {
    const replay = replayNotOnTrackGoal({ goalId: 'g', clientRatings: series(8, 5, 6, 2, 9) });
    expect(replay?.openedAtTherapySession).toBe(2);
    expect(replay?.flag.reason).toBe(
      'Drop: rated 5 at session 2, 3 points below the 8 at session 1. ' +
        'No progress: rated 2 at session 4, not above the first rating of 8 at session 1, after 4 client ratings. ' +
        'Drop: rated 2 at session 4, 4 points below the 6 at session 3.',
    );
    expect(replayNotOnTrackGoal({ goalId: 'g', clientRatings: series(3, 4, 6, 7) })).toBeNull();
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

  it('no ratings → no flag', () => {
    expect(notOnTrackGoalFlag({ goalId: 'g', clientRatings: [] })).toBeNull();
  });
});
