import { describe, expect, it } from 'vitest';
import { sparklineSummary } from './sparkline';

describe('the sparkline in words', () => {
  it('says where the mean rating went, over how many sessions', () => {
    expect(sparklineSummary([])).toBe('No goal ratings yet');
    expect(sparklineSummary([{ at: '2026-01-01T10:00:00Z', mean: 4 }])).toBe('One rated session: mean goal rating 4.0 out of 10');
    expect(sparklineSummary([{ at: 'a', mean: 2.5 }, { at: 'b', mean: 3 }, { at: 'c', mean: 6 }])).toBe('Mean goal rating up, from 2.5 to 6.0 out of 10 over 3 sessions');
    expect(sparklineSummary([{ at: 'a', mean: 6 }, { at: 'b', mean: 4 }])).toBe('Mean goal rating down, from 6.0 to 4.0 out of 10 over 2 sessions');
  });
});
