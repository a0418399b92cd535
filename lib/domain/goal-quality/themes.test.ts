import { describe, expect, it } from 'vitest';

import {
  FORMULATION_FACTOR_LABELS,
  FORMULATION_FACTORS,
  GOAL_TYPE_LABELS,
  GOAL_TYPES,
  isFormulationFactor,
  isGoalType,
  isThemeId,
  themeLabel,
  THEMES,
} from '../themes';

describe('themes', () => {
  it('lists the eleven themes of the design, in order, with kebab-case ids', () => {
    expect(THEMES.map((theme) => [theme.id, theme.label])).toEqual([
      ['developing-coping-strategies', 'Developing coping strategies'],
      ['reducing-symptom-intensity', 'Reducing symptom intensity'],
      ['discovering-more-about-who-you-are', 'Discovering more about who you are'],
      ['practising-mindfulness', 'Practising mindfulness'],
      ['improving-sleep', 'Improving sleep'],
      ['increasing-self-esteem', 'Increasing self-esteem'],
      ['addressing-challenging-dynamics', 'Addressing challenging dynamics'],
      ['processing-past-trauma', 'Processing past trauma'],
      ['changing-harmful-habits', 'Changing harmful habits'],
      ['improving-communication-skills', 'Improving communication skills'],
      ['learning-to-set-boundaries', 'Learning to set boundaries'],
    ]);
  });

  it('each id is the slug of its label', () => {
    for (const theme of THEMES) {
      expect(theme.id).toBe(theme.label.toLowerCase().replace(/[^a-z]+/g, '-'));
    }
  });

  it('themeLabel gives the label of an id', () => {
    expect(themeLabel('improving-sleep')).toBe('Improving sleep');
  });

  it('isThemeId accepts only the eleven ids', () => {
    expect(isThemeId('learning-to-set-boundaries')).toBe(true);
    expect(isThemeId('Improving sleep')).toBe(false);
    expect(isThemeId(null)).toBe(false);
  });
});

describe('goal types and formulation factors', () => {
  it('has the three goal types with labels', () => {
    expect(GOAL_TYPES).toEqual(['process', 'performance', 'outcome']);
    expect(GOAL_TYPES.map((type) => GOAL_TYPE_LABELS[type])).toEqual(['Process', 'Performance', 'Outcome']);
    expect(isGoalType('outcome')).toBe(true);
    expect(isGoalType('result')).toBe(false);
  });

  it('has the 5 P’s with labels', () => {
    expect(FORMULATION_FACTORS).toEqual(['presenting', 'predisposing', 'precipitating', 'perpetuating', 'protective']);
    expect(FORMULATION_FACTORS.map((factor) => FORMULATION_FACTOR_LABELS[factor])).toEqual([
      'Presenting problem',
      'Predisposing factors',
      'Precipitating factors',
      'Perpetuating factors',
      'Protective factors',
    ]);
    expect(isFormulationFactor('protective')).toBe(true);
    expect(isFormulationFactor('preventive')).toBe(false);
  });
});
