import { describe, expect, it } from 'vitest';

import { type GoalFacts } from './facts';
import { perClient } from './per-client';
import { goalChange, progress } from './progress';
import { CASELOAD } from './test-fixtures';

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

describe('progress: every goal that has been in the plan, except entered-in-error', () => {
  it('team pools A1 +4, A2 +1, A4 +8, B1 +10, B2 −2, C2 −3 → mean 18/6 = 3; 3 of 6 reliably improved', () => {
    const figure = progress(CASELOAD);
    expect(figure).toEqual({
      meanChange: 3,
      measuredGoals: 6,
      countedGoals: 8,
      reliableImprovement: { numerator: 3, denominator: 6, value: 0.5 },
    });
  });

  it('per client: A (4+1+8)/3, B discharged (completed +10, cancelled −2) → 4, C −3 (E1 entered in error left out)', () => {
    const [a, b, c] = perClient(CASELOAD, progress);
    expect(a!.figure.meanChange).toBeCloseTo(13 / 3, 12);
    expect(a).toMatchObject({
      clientId: 'A',
      figure: { measuredGoals: 3, countedGoals: 4, reliableImprovement: { numerator: 2, denominator: 3 } },
    });
    expect(b).toEqual({
      clientId: 'B',
      figure: {
        meanChange: 4,
        measuredGoals: 2,
        countedGoals: 2,
        reliableImprovement: { numerator: 1, denominator: 2, value: 0.5 },
      },
    });
    expect(c).toEqual({
      clientId: 'C',
      figure: {
        meanChange: -3,
        measuredGoals: 1,
        countedGoals: 2,
        reliableImprovement: { numerator: 0, denominator: 1, value: 0 },
      },
    });
  });

  it.each([
    ['completed', true],
    ['cancelled', true],
    ['on-hold', true],
    ['active', true],
    ['entered-in-error', false],
  ] as const)('a %s goal rated 2 then 7 counts: %s', (status, counts) => {
    const goal: GoalFacts = {
      ...byId('A2'),
      status,
      clientRatings: [
        { ratedAt: new Date('2024-01-01T00:00:00Z'), value: 2 },
        { ratedAt: new Date('2024-02-01T00:00:00Z'), value: 7 },
      ],
    };
    expect(progress([goal]).measuredGoals).toBe(counts ? 1 : 0);
    expect(progress([goal]).meanChange).toBe(counts ? 5 : null);
  });

  it("a closed goal's last rating stands: B1 completed at 10 after 0 → +10", () => {
    expect(goalChange(byId('B1'))).toMatchObject({ first: 0, latest: 10, change: 10, reliableImprovement: true });
  });

  it('empty caseload → nulls, never NaN', () => {
    expect(progress([])).toEqual({
      meanChange: null,
      measuredGoals: 0,
      countedGoals: 0,
      reliableImprovement: { numerator: 0, denominator: 0, value: null },
    });
  });
});
