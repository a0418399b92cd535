import { describe, expect, it } from 'vitest';
import {
  FREQUENCY_OPTIONS,
  GAD7_ITEMS,
  GAD7_ITEM_COUNT,
  GAD7_STEM,
  ORS_ITEM_LABELS,
  PHQ9_ITEMS,
  PHQ9_ITEM_COUNT,
  PHQ9_STEM,
  SRS_ITEM_LABELS,
  frequencyLabel,
} from './index';

describe('item metadata for forms', () => {
  it('answer options are the standard four, valued 0–3', () => {
    expect(FREQUENCY_OPTIONS).toEqual([
      { value: 0, label: 'Not at all' },
      { value: 1, label: 'Several days' },
      { value: 2, label: 'More than half the days' },
      { value: 3, label: 'Nearly every day' },
    ]);
    expect(frequencyLabel(2)).toBe('More than half the days');
  });

  it('PHQ-9: standard stem, nine items numbered 1–9, item 9 is the self-harm item', () => {
    expect(PHQ9_STEM).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect(PHQ9_ITEMS.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(PHQ9_ITEMS).toHaveLength(PHQ9_ITEM_COUNT);
    expect(PHQ9_ITEMS[0]?.text).toBe('Little interest or pleasure in doing things');
    expect(PHQ9_ITEMS[8]?.text).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
  });

  it('GAD-7: its own stem, seven items numbered 1–7', () => {
    expect(GAD7_STEM).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
    expect(GAD7_ITEMS.map((item) => item.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(GAD7_ITEMS).toHaveLength(GAD7_ITEM_COUNT);
    expect(GAD7_ITEMS[0]?.text).toBe('Feeling nervous, anxious, or on edge');
    expect(GAD7_ITEMS[6]?.text).toBe('Feeling afraid as if something awful might happen');
  });

  it('ORS and SRS ship short labels only', () => {
    expect(ORS_ITEM_LABELS.map((item) => item.label)).toEqual([
      'Individually',
      'Interpersonally',
      'Socially',
      'Overall',
    ]);
    expect(SRS_ITEM_LABELS.map((item) => item.label)).toEqual([
      'Relationship',
      'Goals and topics',
      'Approach or method',
      'Overall',
    ]);
    expect(SRS_ITEM_LABELS.map((item) => item.key)).toEqual(['bond', 'goals', 'approach', 'overall']);
  });
});
