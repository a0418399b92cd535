import { describe, expect, it } from 'vitest';
import { isQuestionnaireDue, measuresDueBefore, srsDueAfter } from './measure-schedule';

describe('isQuestionnaireDue', () => {
  const intakeAndEvery4 = { atIntake: true, everyNthSession: 4 };
  it.each([
    [1, true],
    [2, false],
    [4, false],
    [5, true],
    [8, false],
    [9, true],
    [13, true],
  ])('at intake and every 4th session: session %i → %s', (n, due) => {
    expect(isQuestionnaireDue(n, intakeAndEvery4)).toBe(due);
  });

  it('without intake, the first is N sessions after it', () => {
    expect(isQuestionnaireDue(1, { atIntake: false, everyNthSession: 4 })).toBe(false);
    expect(isQuestionnaireDue(5, { atIntake: false, everyNthSession: 4 })).toBe(true);
  });

  it('every session when N is 1; only at intake when N is 0', () => {
    expect([1, 2, 3].map((n) => isQuestionnaireDue(n, { atIntake: true, everyNthSession: 1 }))).toEqual([
      true,
      true,
      true,
    ]);
    expect([1, 2, 5, 9].map((n) => isQuestionnaireDue(n, { atIntake: true, everyNthSession: 0 }))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('refuses session numbers that are not whole and positive', () => {
    expect(() => isQuestionnaireDue(0, intakeAndEvery4)).toThrow(RangeError);
    expect(() => isQuestionnaireDue(2.5, intakeAndEvery4)).toThrow(RangeError);
  });
});

describe('measuresDueBefore / srsDueAfter', () => {
  const settings = {
    measureSchedule: { phq9: { atIntake: true, everyNthSession: 4 }, gad7: { atIntake: false, everyNthSession: 2 } },
    licensedInstruments: { ors: true, srs: false },
  };
  it('reads each instrument’s own schedule and the licence switches', () => {
    expect(measuresDueBefore(1, settings)).toEqual({ phq9: true, gad7: false, ors: true });
    expect(measuresDueBefore(3, settings)).toEqual({ phq9: false, gad7: true, ors: true });
    expect(measuresDueBefore(2, { ...settings, licensedInstruments: { ors: false, srs: true } }).ors).toBe(false);
    expect(srsDueAfter(settings)).toBe(false);
    expect(srsDueAfter({ ...settings, licensedInstruments: { ors: false, srs: true } })).toBe(true);
  });
});
