import { describe, expect, it } from 'vitest';

import { type GoalFacts } from './facts';
import { perClient } from './per-client';
import { goalChange, progress } from './progress';
import { CASELOAD, goalsOfClient } from './test-fixtures';

const byId = (goalId: string): GoalFacts => {
  const found = CASELOAD.find((goal) => goal.goalId === goalId);
  if (found === undefined) throw new Error(goalId);
  return found;
};

describe('goalChange', () => {
  it('is latest − first by rating date, whatever the array order (A1: 6 − 2)', () => {
    expect(goalChange(byId('A1'))).toEqual({
      goalId: 'A1',
      clientId: 'A',
      first: 2,
      latest: 6,
      change: 4,
      reliableImprovement: true,
    });
  });

  it('a drop is a negative change (C2: 3 − 6)', () => {
    expect(goalChange(byId('C2'))).toMatchObject({ change: -3, reliableImprovement: false });
  });

  it('needs two ratings: a baseline alone (C1) or no ratings (A3) give null', () => {
    expect(goalChange(byId('C1'))).toBeNull();
    expect(goalChange(byId('A3'))).toBeNull();
  });

  it('reliable improvement starts at exactly 3 points', () => {
    const withRatings = (first: number, latest: number): GoalFacts => ({
      ...byId('A2'),
      clientRatings: [
        { ratedAt: new Date('2024-01-01T00:00:00Z'), value: first },
        { ratedAt: new Date('2024-02-01T00:00:00Z'), value: latest },
      ],
    });
    expect(goalChange(withRatings(4, 7))?.reliableImprovement).toBe(true);
    expect(goalChange(withRatings(4, 6))?.reliableImprovement).toBe(false);
  });
});

describe('progress', () => {
  it('team pools plan goals: A1 +4, A2 +1, C2 −3 → mean 2/3; 1 of 3 reliably improved', () => {
    const figure = progress(CASELOAD);
    expect(figure).toMatchObject({
      measuredGoals: 3,
      planGoals: 5,
      reliableImprovement: { numerator: 1, denominator: 3 },
    });
    expect(figure.meanChange).toBeCloseTo(2 / 3, 12);
    expect(figure.reliableImprovement.value).toBeCloseTo(1 / 3, 12);
  });

  it('per client: A (4+1)/2 = 2.5, B discharged → null, C −3', () => {
    expect(perClient(CASELOAD, progress)).toEqual([
      { clientId: 'A', figure: { meanChange: 2.5, measuredGoals: 2, planGoals: 3, reliableImprovement: { numerator: 1, denominator: 2, value: 0.5 } } },
      { clientId: 'B', figure: { meanChange: null, measuredGoals: 0, planGoals: 0, reliableImprovement: { numerator: 0, denominator: 0, value: null } } },
      { clientId: 'C', figure: { meanChange: -3, measuredGoals: 1, planGoals: 2, reliableImprovement: { numerator: 0, denominator: 1, value: 0 } } },
    ]);
  });

  it('the on-hold goal A4 (+8) is excluded', () => {
    expect(progress(goalsOfClient('A')).meanChange).toBe(2.5);
  });

  it('empty caseload → nulls, never NaN', () => {
    expect(progress([])).toEqual({
      meanChange: null,
      measuredGoals: 0,
      planGoals: 0,
      reliableImprovement: { numerator: 0, denominator: 0, value: null },
    });
  });
});
