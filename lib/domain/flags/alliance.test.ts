import { describe, expect, it } from 'vitest';
import { allianceFlag } from './index';

describe('allianceFlag', () => {
  it('35.9 with no previous session → flag, below 36', () => {
    expect(allianceFlag({ therapySessionNumber: 1, srsTotal: 35.9, previousSrsTotal: null })).toEqual({
      kind: 'alliance',
      reason: 'SRS total 35.9 in session 1 is below 36.',
      data: {
        therapySessionNumber: 1,
        srsTotal: 35.9,
        previousSrsTotal: null,
        reasons: [
          { rule: 'below-threshold', total: 35.9, threshold: 36, sentence: 'SRS total 35.9 in session 1 is below 36.' },
        ],
      },
    });
  });

  it.each([
    { total: 36, previous: null, flagged: false, why: 'exactly 36 is not below 36' },
    { total: 35.9, previous: null, flagged: true, why: '35.9 < 36' },
    { total: 38, previous: 39, flagged: true, why: 'drop of exactly 1.0' },
    { total: 38.1, previous: 39, flagged: false, why: 'drop of 0.9' },
    { total: 15.4, previous: 16.4, flagged: true, why: 'drop of 1.0 (float says 0.9999999999999982)' },
    { total: 35.1, previous: 36, flagged: true, why: 'below 36 and drop 0.9' },
    { total: 40, previous: 38, flagged: false, why: 'rise' },
    { total: 37, previous: 37, flagged: false, why: 'no change' },
  ])('$total after $previous → $flagged ($why)', ({ total, previous, flagged }) => {
    expect(allianceFlag({ therapySessionNumber: 2, srsTotal: total, previousSrsTotal: previous }) !== null).toBe(
      flagged,
    );
  });

  it('the float trap is real: 16.4 − 15.4 < 1 in binary, yet the flag is raised', () => {
    expect(16.4 - 15.4 < 1).toBe(true);
    const flag = allianceFlag({ therapySessionNumber: 4, srsTotal: 15.4, previousSrsTotal: 16.4 });
    expect(flag?.data.reasons.map((r) => r.rule)).toEqual(['below-threshold', 'dropped']);
    expect(flag?.reason).toBe(
      'SRS total 15.4 in session 4 is below 36. SRS total fell 1.0 point, from 16.4 to 15.4, since the previous session.',
    );
  });

  it('drop only (38.5 → 37.0): reason names both totals and the drop', () => {
    expect(allianceFlag({ therapySessionNumber: 6, srsTotal: 37, previousSrsTotal: 38.5 })).toEqual({
      kind: 'alliance',
      reason: 'SRS total fell 1.5 points, from 38.5 to 37.0, since the previous session.',
      data: {
        therapySessionNumber: 6,
        srsTotal: 37,
        previousSrsTotal: 38.5,
        reasons: [
          {
            rule: 'dropped',
            previousTotal: 38.5,
            total: 37,
            drop: 1.5,
            sentence: 'SRS total fell 1.5 points, from 38.5 to 37.0, since the previous session.',
          },
        ],
      },
    });
  });

  it.each([
    { srsTotal: 40.1, previousSrsTotal: null, code: 'out-of-range' },
    { srsTotal: 36.05, previousSrsTotal: null, code: 'not-on-tenth-grid' },
    { srsTotal: 36, previousSrsTotal: -1, code: 'out-of-range' },
  ])('refuses $srsTotal after $previousSrsTotal ($code)', ({ code, ...totals }) => {
    expect(() => allianceFlag({ therapySessionNumber: 1, ...totals })).toThrowError(expect.objectContaining({ code }));
  });
});
