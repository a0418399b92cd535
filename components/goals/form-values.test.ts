import { describe, expect, test } from 'vitest';
import { draftFromValues, objectiveRows, valuesFromVersion } from './form-values';

const version = {
  fields: {
    wording: 'Walk for 30 minutes three mornings a week',
    theme: 'developing-coping-strategies' as const,
    value: 'Feeling steadier',
    goalType: 'process' as const,
    formulationFactor: null,
    reality: null,
    options: null,
    obstacles: null,
    firstStep: 'Shoes by the door',
    confidence: 7,
    measure: null,
    target: null,
    dueDate: '2027-03-01',
    frequency: null,
  },
  objectives: [
    { id: 'o1', description: 'Walk before breakfast', timesPerPeriod: 3, period: 'week' as const, durationWeeks: 6 },
    { id: 'o2', description: 'Stretch', timesPerPeriod: null, period: null, durationWeeks: null },
  ],
};

describe('goal form values', () => {
  test('a stored version becomes flat form values, with its steps in order', () => {
    const values = valuesFromVersion(version);
    expect(values).toMatchObject({
      wording: version.fields.wording,
      confidence: '7',
      formulationFactor: '',
      'objectives.0.id': 'o1',
      'objectives.0.timesPerPeriod': '3',
      'objectives.1.period': '',
    });
    expect(objectiveRows(values)).toEqual([
      { id: 'o1', description: 'Walk before breakfast', timesPerPeriod: '3', period: 'week', durationWeeks: '6' },
      { id: 'o2', description: 'Stretch', timesPerPeriod: '', period: '', durationWeeks: '' },
    ]);
  });

  test('the live check reads the form as the server will', () => {
    const draft = draftFromValues(valuesFromVersion(version));
    expect(draft).toMatchObject({
      wording: version.fields.wording,
      confidence: 7,
      dueDate: '2027-03-01',
      measure: null,
    });
    expect(draft.objectives).toEqual([
      { description: 'Walk before breakfast', timesPerPeriod: 3, period: 'week', durationWeeks: 6 },
      { description: 'Stretch', timesPerPeriod: null, period: null, durationWeeks: null },
    ]);
  });

  test('an unreadable confidence is left out rather than guessed', () => {
    expect(draftFromValues({ wording: 'x', confidence: 'seven' }).confidence).toBeNull();
    expect(draftFromValues({ wording: 'x', confidence: '11' }).confidence).toBe(11);
  });
});
