import { describe, expect, it } from 'vitest';

import { consensusRate } from './consensus-rate';
import { goalClarity, smartShare } from './goal-clarity';
import { perClient } from './per-client';
import { CASELOAD, goalsOfClient } from './test-fixtures';

describe('goal clarity', () => {
  it('team: mean of the latest rating of every rated plan goal, pooled (4+2+3+5)/4', () => {
    expect(goalClarity(CASELOAD)).toEqual({ mean: 3.5, ratedGoals: 4, planGoals: 5 });
  });

  it('client A: unrated A3 is left out, on-hold A4 is not in the plan: (4+2)/2', () => {
    expect(goalClarity(goalsOfClient('A'))).toEqual({ mean: 3, ratedGoals: 2, planGoals: 3 });
  });

  it('discharged client B: all goals closed, so no clarity (null, not 0)', () => {
    expect(goalClarity(goalsOfClient('B'))).toEqual({ mean: null, ratedGoals: 0, planGoals: 0 });
  });

  it('a plan whose goals are not rated yet has no clarity', () => {
    expect(goalClarity(goalsOfClient('A').filter((goal) => goal.goalId === 'A3'))).toEqual({
      mean: null,
      ratedGoals: 0,
      planGoals: 1,
    });
  });

  it('empty caseload', () => {
    expect(goalClarity([])).toEqual({ mean: null, ratedGoals: 0, planGoals: 0 });
  });
});

describe('share of plan goals passing all SMART checks', () => {
  it('team: A1 and C1 of A1 A2 A3 C1 C2 (on-hold A4 and closed B1 are not counted)', () => {
    expect(smartShare(CASELOAD)).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
  });

  it('empty caseload → null', () => {
    expect(smartShare([])).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});

describe('consensus rate', () => {
  it('team: A1 A2 C1 agreed of 5 plan goals', () => {
    expect(consensusRate(CASELOAD)).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
  });

  it('per client, from the same definition', () => {
    expect(perClient(CASELOAD, consensusRate)).toEqual([
      { clientId: 'A', figure: { numerator: 2, denominator: 3, value: 2 / 3 } },
      { clientId: 'B', figure: { numerator: 0, denominator: 0, value: null } },
      { clientId: 'C', figure: { numerator: 1, denominator: 2, value: 0.5 } },
    ]);
  });

  it('on-hold goals are excluded even when agreed', () => {
    expect(consensusRate(goalsOfClient('A').filter((goal) => goal.status === 'on-hold'))).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });

  it('empty caseload → null, not 0', () => {
    expect(consensusRate([]).value).toBeNull();
  });
});
