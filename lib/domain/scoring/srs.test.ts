import { describe, expect, it } from 'vitest';
import { SRS_ALLIANCE_DROP, SRS_ALLIANCE_THRESHOLD, scoreSrs } from './index';

describe('scoreSrs', () => {
  it('sums in exact tenths: 9.1 + 8.9 + 9.0 + 8.9 = 35.9', () => {
    expect(scoreSrs([9.1, 8.9, 9.0, 8.9])).toEqual({
      instrument: 'SRS',
      complete: true,
      items: [9.1, 8.9, 9, 8.9],
      answered: 4,
      missingItems: [],
      total: 35.9,
    });
  });

  it('9.1 + 8.9 + 9.1 + 8.9 = 36 exactly', () => {
    expect(scoreSrs([9.1, 8.9, 9.1, 8.9]).total).toBe(36);
  });

  it('an unmarked item → incomplete', () => {
    expect(scoreSrs([9, 9, undefined, 9])).toEqual({
      instrument: 'SRS',
      complete: false,
      items: [9, 9, null, 9],
      answered: 3,
      missingItems: [3],
      total: null,
    });
  });

  it.each([
    { items: [10.05, 9, 9, 9], code: 'not-on-tenth-grid' },
    { items: [11, 9, 9, 9], code: 'out-of-range' },
    { items: [9, 9, 9, 9, 9], code: 'too-many-items' },
  ])('refuses $items ($code)', ({ items, code }) => {
    expect(() => scoreSrs(items)).toThrowError(expect.objectContaining({ code }));
  });

  it('exposes the alliance threshold 36 and drop 1', () => {
    expect(SRS_ALLIANCE_THRESHOLD).toBe(36);
    expect(SRS_ALLIANCE_DROP).toBe(1);
  });
});
