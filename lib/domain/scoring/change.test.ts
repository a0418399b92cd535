import { describe, expect, it } from 'vitest';
import {
  GAD7_CHANGE_RULE,
  PHQ9_CHANGE_RULE,
  ScoringInputError,
  classifyChange,
  classifyGad7Change,
  classifyOrsChange,
  classifyPhq9Change,
  orsChangeRule,
} from './index';

describe('classifyChange — lower is better (PHQ-9: caseness total >= 10, reliable change 6)', () => {
  it.each([
    // first → latest: change = latest − first
    { first: 16, latest: 10, change: -6, improved: true, worse: false, recovery: 'not-recovered' }, // 10 is still a case
    { first: 16, latest: 9, change: -7, improved: true, worse: false, recovery: 'recovered' }, // 9 < 10
    { first: 15, latest: 10, change: -5, improved: false, worse: false, recovery: 'not-recovered' }, // 5 < 6
    { first: 12, latest: 9, change: -3, improved: false, worse: false, recovery: 'recovered' }, // recovery needs no reliable change
    { first: 10, latest: 16, change: 6, improved: false, worse: true, recovery: 'not-recovered' },
    { first: 10, latest: 15, change: 5, improved: false, worse: false, recovery: 'not-recovered' },
    { first: 9, latest: 15, change: 6, improved: false, worse: true, recovery: 'not-applicable' }, // 9 not a case at start
    { first: 9, latest: 3, change: -6, improved: true, worse: false, recovery: 'not-applicable' },
    { first: 12, latest: 12, change: 0, improved: false, worse: false, recovery: 'not-recovered' },
  ])('PHQ-9 $first → $latest', ({ first, latest, change, improved, worse, recovery }) => {
    const expected = { change, reliableImprovement: improved, reliableDeterioration: worse, recovery };
    expect(classifyChange({ first, latest, ...PHQ9_CHANGE_RULE })).toEqual(expected);
    expect(classifyPhq9Change(first, latest)).toEqual(expected);
  });

  it('GAD-7: caseness 8, reliable change 4', () => {
    // 8 → 4: change −4 (reliable), 8 is a case, 4 is not → recovered
    expect(classifyGad7Change(8, 4)).toEqual({
      change: -4,
      reliableImprovement: true,
      reliableDeterioration: false,
      recovery: 'recovered',
    });
    // 7 → 11: change +4 (reliable deterioration), 7 not a case at start → not applicable
    expect(classifyGad7Change(7, 11)).toEqual({
      change: 4,
      reliableImprovement: false,
      reliableDeterioration: true,
      recovery: 'not-applicable',
    });
    // 8 → 5: change −3, short of 4; 5 < 8 → recovered without reliable improvement
    expect(classifyGad7Change(8, 5)).toEqual({
      change: -3,
      reliableImprovement: false,
      reliableDeterioration: false,
      recovery: 'recovered',
    });
    expect(GAD7_CHANGE_RULE.caseness).toEqual({ cutoff: 8, clinicalWhen: 'at-or-above' });
  });

  it.each([
    [28, 10],
    [-1, 10],
    [10.5, 10],
  ])('PHQ-9 refuses a total of %s', (first, latest) => {
    expect(() => classifyPhq9Change(first, latest)).toThrowError(ScoringInputError);
  });

  it('GAD-7 refuses a total above 21', () => {
    expect(() => classifyGad7Change(22, 3)).toThrowError(expect.objectContaining({ code: 'out-of-range' }));
  });
});

describe('classifyChange — higher is better (ORS: clinical total <= cutoff, reliable change 5)', () => {
  const adult = orsChangeRule(30);

  it.each([
    // first → latest: change = latest − first, in exact tenths
    { first: 20.1, latest: 25.3, change: 5.2, improved: true, worse: false, recovery: 'recovered' }, // 20.1 <= 25 clinical; 25.3 > 25 not
    { first: 20.0, latest: 25.0, change: 5, improved: true, worse: false, recovery: 'not-recovered' }, // 25.0 still clinical (<= 25)
    { first: 20.0, latest: 25.1, change: 5.1, improved: true, worse: false, recovery: 'recovered' },
    { first: 20.0, latest: 24.9, change: 4.9, improved: false, worse: false, recovery: 'not-recovered' },
    { first: 30.0, latest: 25.0, change: -5, improved: false, worse: true, recovery: 'not-applicable' }, // 30 not clinical at start
    { first: 30.0, latest: 25.1, change: -4.9, improved: false, worse: false, recovery: 'not-applicable' },
    { first: 25.0, latest: 26.0, change: 1, improved: false, worse: false, recovery: 'recovered' },
  ])('adult ORS $first → $latest', ({ first, latest, change, improved, worse, recovery }) => {
    const expected = { change, reliableImprovement: improved, reliableDeterioration: worse, recovery };
    expect(classifyChange({ first, latest, ...adult })).toEqual(expected);
    expect(classifyOrsChange(first, latest, 30, 30)).toEqual(expected);
  });

  it('computes change in exact tenths (float subtraction would give 5.199999999999999)', () => {
    expect(25.3 - 20.1).not.toBe(5.2);
    expect(classifyOrsChange(20.1, 25.3, 40, 40).change).toBe(5.2);
  });

  it('adolescent cutoff 28: 28.0 is clinical, 28.1 is not', () => {
    expect(classifyOrsChange(22, 28, 15, 15).recovery).toBe('not-recovered');
    expect(classifyOrsChange(22, 28.1, 15, 15).recovery).toBe('recovered');
    expect(classifyOrsChange(28.1, 35, 15, 15).recovery).toBe('not-applicable');
  });

  it('under 13: no cutoff, so recovery is not applicable, but reliable change still applies', () => {
    expect(classifyOrsChange(10, 20, 12, 12)).toEqual({
      change: 10,
      reliableImprovement: true,
      reliableDeterioration: false,
      recovery: 'not-applicable',
    });
  });

  it('age unknown → no cutoff, never the adult one: recovery not applicable, reliable change still applies', () => {
    expect(classifyOrsChange(20, 26, null, null)).toEqual({
      change: 6,
      reliableImprovement: true,
      reliableDeterioration: false,
      recovery: 'not-applicable',
    });
    expect(classifyOrsChange(20, 26, 30, null).recovery).toBe('not-applicable');
    expect(classifyOrsChange(20, 26, null, 30).recovery).toBe('not-applicable');
  });

  it('each total is judged at the age on its own date: 27 at 17 is clinical (≤ 28); 26 at 18 is not (> 25)', () => {
    expect(classifyOrsChange(27, 26, 17, 18).recovery).toBe('recovered');
    expect(classifyOrsChange(27, 25, 17, 18).recovery).toBe('not-recovered');
    // Turning 13: no cutoff at the first score, so recovery cannot be judged.
    expect(classifyOrsChange(20, 30, 12, 13).recovery).toBe('not-applicable');
  });

  it('refuses ORS totals off the 0.1 grid or above 40', () => {
    expect(() => classifyOrsChange(20.05, 25, 30, 30)).toThrowError(
      expect.objectContaining({ code: 'not-on-tenth-grid' }),
    );
    expect(() => classifyOrsChange(20, 40.1, 30, 30)).toThrowError(expect.objectContaining({ code: 'out-of-range' }));
  });
});

describe('classifyChange — generic rule handling', () => {
  it('with no caseness rule recovery is not applicable', () => {
    expect(classifyChange({ first: 10, latest: 2, reliableChange: 6, lowerIsBetter: true })).toEqual({
      change: -8,
      reliableImprovement: true,
      reliableDeterioration: false,
      recovery: 'not-applicable',
    });
  });

  it('direction comes from the rule: the same numbers mean opposite things', () => {
    const lowerBetter = classifyChange({ first: 20, latest: 14, reliableChange: 5, lowerIsBetter: true });
    const higherBetter = classifyChange({ first: 20, latest: 14, reliableChange: 5, lowerIsBetter: false });
    expect([lowerBetter.reliableImprovement, lowerBetter.reliableDeterioration]).toEqual([true, false]);
    expect([higherBetter.reliableImprovement, higherBetter.reliableDeterioration]).toEqual([false, true]);
  });

  it('never reports -0 for no change', () => {
    expect(Object.is(classifyChange({ first: 5, latest: 5, reliableChange: 3, lowerIsBetter: true }).change, 0)).toBe(
      true,
    );
  });

  it.each([0, -2])('refuses a reliable change of %s', (reliableChange) => {
    expect(() => classifyChange({ first: 1, latest: 2, reliableChange, lowerIsBetter: true })).toThrowError(
      expect.objectContaining({ code: 'out-of-range', field: 'reliable change' }),
    );
  });

  it('refuses non-numbers', () => {
    expect(() => classifyChange({ first: Number.NaN, latest: 2, reliableChange: 3, lowerIsBetter: true })).toThrowError(
      expect.objectContaining({ code: 'not-a-number' }),
    );
  });
});
