import { describe, expect, it } from 'vitest';
import { sparklineSummary } from './sparkline';

describe('the sparkline in words', () => {
  it('says where the mean rating went, over how many sessions', () => {
    expect(sparklineSummary([])).toBe('No goal ratings yet');
    expect(sparklineSummary([{ at: '2026-01-01T10:00:00Z', mean: 4 }])).toBe(
      'One rated session: mean goal rating 4.0 out of 10',
    );
    expect(
      sparklineSummary([
        { at: 'a', mean: 2.5 },
        { at: 'b', mean: 3 },
        { at: 'c', mean: 6 },
      ]),
    ).toBe('Mean goal rating up, from 2.5 to 6.0 out of 10 over 3 sessions');
    expect(
      sparklineSummary([
        { at: 'a', mean: 6 },
        { at: 'b', mean: 4 },
      ]),
    ).toBe('Mean goal rating down, from 6.0 to 4.0 out of 10 over 2 sessions');
  });

  it('never calls a line that went up and down "up", nor a flat one a range', () => {
    expect(
      sparklineSummary([
        { at: 'a', mean: 2 },
        { at: 'b', mean: 1 },
        { at: 'c', mean: 3 },
        { at: 'd', mean: 2 },
      ]),
    ).toBe('Mean goal rating up and down over 4 sessions: first 2.0, latest 2.0, lowest 1.0, highest 3.0 out of 10');
    expect(
      sparklineSummary([
        { at: 'a', mean: 5 },
        { at: 'b', mean: 5 },
      ]),
    ).toBe('Mean goal rating steady at 5.0 out of 10 over 2 sessions');
  });
});
