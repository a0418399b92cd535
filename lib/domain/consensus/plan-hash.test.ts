import { describe, expect, it } from 'vitest';

import { planHash } from './plan-hash';
import { canonicalPlanText } from './plan-serialisation';

describe('canonical plan text', () => {
  it('sorts by goal id, one goalId:versionId line each, no trailing newline', () => {
    expect(
      canonicalPlanText([
        { goalId: 'b', versionId: '2' },
        { goalId: 'a', versionId: '1' },
      ]),
    ).toBe('a:1\nb:2');
  });

  it('sorts by code unit, not locale (uppercase before lowercase, "10" before "9")', () => {
    expect(
      canonicalPlanText([
        { goalId: 'b', versionId: 'x' },
        { goalId: 'B', versionId: 'x' },
        { goalId: '9', versionId: 'x' },
        { goalId: '10', versionId: 'x' },
      ]),
    ).toBe('10:x\n9:x\nB:x\nb:x');
  });

  it('an empty plan is the empty string', () => {
    expect(canonicalPlanText([])).toBe('');
  });

  it.each([
    [{ goalId: 'a:b', versionId: 'c' }],
    [{ goalId: 'a', versionId: 'b\nc' }],
    [{ goalId: 'a', versionId: 'b\rc' }],
  ])('refuses ids that would make the text ambiguous: %j', (pair) => {
    expect(() => canonicalPlanText([pair])).toThrow(RangeError);
  });

  it('refuses a goal listed twice', () => {
    expect(() =>
      canonicalPlanText([
        { goalId: 'a', versionId: '1' },
        { goalId: 'a', versionId: '2' },
      ]),
    ).toThrow('Goal a appears twice in the plan');
  });
});

describe('planHash', () => {
  it('matches a hand-computed SHA-256 (printf "a:1\\nb:2" | sha256sum)', () => {
    expect(
      planHash([
        { goalId: 'a', versionId: '1' },
        { goalId: 'b', versionId: '2' },
      ]),
    ).toBe('2bc11e86e8348c7c62f11e681435b5d013a262e5a9f3b8ce61c25831a516a45e');
  });

  it('does not depend on input order', () => {
    const pairs = [
      { goalId: 'goal-3', versionId: 'ver-9' },
      { goalId: 'goal-1', versionId: 'ver-4' },
      { goalId: 'goal-2', versionId: 'ver-7' },
    ];
    const expected = planHash(pairs);
    expect(planHash([...pairs].reverse())).toBe(expected);
    expect(planHash([pairs[1]!, pairs[2]!, pairs[0]!])).toBe(expected);
  });

  it('changes when a goal is re-worded (new version id)', () => {
    const before = planHash([{ goalId: 'a', versionId: '1' }]);
    expect(planHash([{ goalId: 'a', versionId: '2' }])).not.toBe(before);
  });

  it('of an empty plan is the SHA-256 of the empty string', () => {
    expect(planHash([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
