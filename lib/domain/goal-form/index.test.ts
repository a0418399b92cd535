import { describe, expect, it } from 'vitest';
import { checkGoalQuality } from '../goal-quality';
import { describeObjective, goalTitle, objectiveFrequencyText, objectiveTimeFrameText, toQualityInput } from './index';

describe('objective wording', () => {
  it.each([
    [{ description: 'Bike ride', timesPerPeriod: 1, period: 'day' as const }, 'once a day'],
    [{ description: 'Bike ride', timesPerPeriod: 2, period: 'week' as const }, 'twice a week'],
    [{ description: 'Bike ride', timesPerPeriod: 3, period: 'week' as const }, '3 times a week'],
    [{ description: 'Bike ride', timesPerPeriod: 3, period: null }, null],
    [{ description: 'Bike ride', timesPerPeriod: null, period: 'month' as const }, null],
  ])('%o → %s', (objective, expected) => {
    expect(objectiveFrequencyText(objective)).toBe(expected);
  });

  it('says how long a step runs, in weeks', () => {
    expect(objectiveTimeFrameText({ description: 'x', durationWeeks: 6 })).toBe('for 6 weeks');
    expect(objectiveTimeFrameText({ description: 'x', durationWeeks: 1 })).toBe('for 1 week');
    expect(objectiveTimeFrameText({ description: 'x', durationWeeks: null })).toBeNull();
  });

  it('describes a whole step the way the design writes it', () => {
    expect(
      describeObjective({ description: '30-minute bike ride ', timesPerPeriod: 3, period: 'week', durationWeeks: 6 }),
    ).toBe('30-minute bike ride, 3 times a week, for 6 weeks');
    expect(describeObjective({ description: 'Speak up in meetings' })).toBe('Speak up in meetings');
  });
});

describe('toQualityInput', () => {
  it('makes a goal time-bound and measurable through its steps', () => {
    const draft = {
      wording: 'Get fitter for my kids',
      value: 'keeping up with my kids',
      confidence: 8,
      objectives: [
        { description: '30-minute bike ride', timesPerPeriod: 3, period: 'week' as const, durationWeeks: 6 },
      ],
    };
    const report = checkGoalQuality(toQualityInput(draft), '2026-01-01');
    expect(report.smart.timeBound.pass).toBe(true);
    expect(report.smart.measurable.pass).toBe(true);
  });

  it('drops unknown themes and empty steps', () => {
    const input = toQualityInput({ wording: 'x', theme: 'not-a-theme', objectives: [{ description: '  ' }] });
    expect(input.theme).toBeNull();
    expect(input.objectives).toEqual([]);
  });

  it('keeps a real theme', () => {
    expect(toQualityInput({ wording: 'x', theme: 'improving-sleep' }).theme).toBe('improving-sleep');
  });
});

describe('goalTitle', () => {
  it('keeps short wording as it is, tidying spaces', () => {
    expect(goalTitle('  Go to bed   by 11pm ')).toBe('Go to bed by 11pm');
  });
  it('cuts long wording at a word boundary', () => {
    const title = goalTitle('Reach out to one friend or acquaintance per week for six weeks, even when tired', 40);
    expect(title).toBe('Reach out to one friend or acquaintance…');
    expect(title.length).toBeLessThanOrEqual(41);
  });
});
