import { describe, expect, test } from 'vitest';
import {
  afterSend,
  deviceDraftKey,
  draftFate,
  hasRiskAnswer,
  keptValuesForPage,
  ownDraftKeys,
  parseDraftEntry,
  upgradeDraftValues,
  type CheckInDraftEntry,
  type TickDraftEntry,
} from './rules';

const NS_A = 'a'.repeat(32);
const NS_B = 'b'.repeat(32);
const SESSION = '4f1c2b8e-0000-4000-8000-000000000001';

const checkIn = (values: Record<string, string>, overrides: Partial<CheckInDraftEntry> = {}): CheckInDraftEntry => ({
  kind: 'check-in',
  therapySessionId: SESSION,
  values,
  closesAt: '2026-12-08T10:00:00.000Z',
  changedAt: '2026-12-07T09:00:00.000Z',
  riskSent: false,
  ...overrides,
});
const tick: TickDraftEntry = {
  kind: 'tick',
  submissionKey: '4f1c2b8e-0000-4000-8000-000000000002',
  values: { objectiveId: 'o', doneOn: '2026-12-07', note: '', submissionKey: '4f1c2b8e-0000-4000-8000-000000000002' },
  changedAt: '2026-12-07T09:00:00.000Z',
};
const BEFORE_CLOSE = new Date('2026-12-08T09:59:59.999Z');
const AT_CLOSE = new Date('2026-12-08T10:00:00.000Z');

describe('where an entry is stored', () => {
  test('by person (namespace), kind and therapy session', () => {
    expect(deviceDraftKey(NS_A, 'check-in', SESSION)).toBe(`accord.drafts.${NS_A}.check-in.${SESSION}`);
    expect(deviceDraftKey(NS_B, 'check-in', SESSION)).not.toBe(deviceDraftKey(NS_A, 'check-in', SESSION));
    expect(deviceDraftKey(NS_A, 'tick', SESSION)).toBe(`accord.drafts.${NS_A}.tick.${SESSION}`);
  });

  test("a session's after-session check-in (SRS) is stored beside its before-session one, never over it", () => {
    expect(deviceDraftKey(NS_A, 'after-check-in', SESSION)).toBe(`accord.drafts.${NS_A}.after-check-in.${SESSION}`);
    expect(deviceDraftKey(NS_A, 'after-check-in', SESSION)).not.toBe(deviceDraftKey(NS_A, 'check-in', SESSION));
  });

  test('a namespace that is not the server-derived hex (an email, a user id with dashes) is refused', () => {
    expect(() => deviceDraftKey('robin@example.com', 'check-in', SESSION)).toThrow('16–64 hex digits');
    expect(() => deviceDraftKey(SESSION, 'check-in', SESSION)).toThrow('16–64 hex digits');
  });

  test("a person lists only their own entries, never another person's on the same phone", () => {
    const names = [
      deviceDraftKey(NS_A, 'check-in', SESSION),
      deviceDraftKey(NS_B, 'check-in', SESSION),
      deviceDraftKey(NS_A, 'tick', 'k'),
      'theme',
      `accord.drafts.${NS_A}x.check-in.${SESSION}`,
    ];
    expect(ownDraftKeys(NS_A, names)).toEqual([
      deviceDraftKey(NS_A, 'check-in', SESSION),
      deviceDraftKey(NS_A, 'tick', 'k'),
    ]);
    expect(ownDraftKeys(NS_B, names)).toEqual([deviceDraftKey(NS_B, 'check-in', SESSION)]);
  });
});

describe('what becomes of a stored check-in', () => {
  test('open: sent; closed: deleted, one millisecond decides', () => {
    expect(draftFate(checkIn({ 'phq9.0': '2' }), BEFORE_CLOSE)).toBe('send');
    expect(draftFate(checkIn({ 'phq9.0': '2' }), AT_CLOSE)).toBe('delete');
  });

  test('closed with a risk answer the server has not seen: sent once more, then deleted', () => {
    const risky = checkIn({ 'phq9.8': '2' });
    expect(draftFate(risky, AT_CLOSE)).toBe('send-late-risk');
    expect(
      afterSend(risky, { outcome: 'refused', final: true, message: 'This check-in has closed.', riskKept: true }),
    ).toBeNull();
    expect(draftFate({ ...risky, riskSent: true }, AT_CLOSE)).toBe('delete');
  });

  test('question 9 answered 0 or not at all is no risk answer', () => {
    expect(hasRiskAnswer({ 'phq9.8': '0' })).toBe(false);
    expect(hasRiskAnswer({ 'phq9.7': '3' })).toBe(false);
    expect(['1', '2', '3'].map((answer) => hasRiskAnswer({ 'phq9.8': answer }))).toEqual([true, true, true]);
  });

  test('saved, or refused for good (sent elsewhere, not theirs): deleted', () => {
    expect(afterSend(checkIn({}), { outcome: 'saved' })).toBeNull();
    expect(
      afterSend(checkIn({}), {
        outcome: 'refused',
        final: true,
        message: 'You have already sent this check-in',
        riskKept: false,
      }),
    ).toBeNull();
  });

  test('refused for a field the client can fix: kept, and a risk answer in it counts as sent', () => {
    const kept = afterSend(checkIn({ 'phq9.8': '1', 'ors.0': '11' }), {
      outcome: 'refused',
      final: false,
      message: 'Some answers need attention.',
      riskKept: true,
    });
    expect(kept).toMatchObject({ riskSent: true, values: { 'phq9.8': '1', 'ors.0': '11' } });
    expect(draftFate(kept!, BEFORE_CLOSE)).toBe('send');
    expect(draftFate(kept!, AT_CLOSE)).toBe('delete');
  });

  test('signed out (idle time-out): kept as it was, for the same person to send after signing in', () => {
    const entry = checkIn({ 'phq9.8': '3' });
    expect(afterSend(entry, { outcome: 'signed-out' })).toBe(entry);
  });
});

describe('what becomes of a stored after-session check-in (SRS)', () => {
  const srs = (values: Record<string, string>) =>
    checkIn(values, { kind: 'after-check-in', closesAt: '2026-12-14T10:00:00.000Z' });
  const SRS_AT_CLOSE = new Date('2026-12-14T10:00:00.000Z');

  test('open: sent; closed: deleted (it holds no risk answer), one millisecond decides', () => {
    expect(draftFate(srs({ 'srs.0': '7.5' }), new Date('2026-12-14T09:59:59.999Z'))).toBe('send');
    expect(draftFate(srs({ 'srs.0': '7.5' }), SRS_AT_CLOSE)).toBe('delete');
  });

  test('saved, or refused for good (sent elsewhere, closed, not theirs): deleted', () => {
    expect(afterSend(srs({ 'srs.0': '7.5' }), { outcome: 'saved' })).toBeNull();
    expect(
      afterSend(srs({ 'srs.0': '7.5' }), {
        outcome: 'refused',
        final: true,
        message: 'You have already sent this check-in, thank you. Nothing was changed.',
        riskKept: false,
      }),
    ).toBeNull();
  });

  test('refused for a field the client can fix: kept unchanged; signed out: kept as it was', () => {
    const entry = srs({ 'srs.0': '11' });
    expect(
      afterSend(entry, { outcome: 'refused', final: false, message: 'Some answers need attention.', riskKept: false }),
    ).toEqual(entry);
    expect(afterSend(entry, { outcome: 'signed-out' })).toBe(entry);
  });
});

describe('what becomes of a stored tick', () => {
  test('always sent; deleted after any answer from the server', () => {
    expect(draftFate(tick, new Date('2030-01-01'))).toBe('send');
    expect(afterSend(tick, { outcome: 'saved' })).toBeNull();
    expect(
      afterSend(tick, {
        outcome: 'refused',
        final: false,
        message: 'Choose today or one of the 6 days before it.',
        riskKept: false,
      }),
    ).toBeNull();
  });
});

describe('reading an entry back', () => {
  test('a real entry round-trips', () => {
    const entry = checkIn({ 'phq9.8': '1' }, { riskSent: true });
    expect(parseDraftEntry(JSON.stringify(entry))).toEqual(entry);
    expect(parseDraftEntry(JSON.stringify(tick))).toEqual(tick);
    const after = checkIn({ measures: 'srs', 'srs.0': '7.5', 'srs.3': '9' }, { kind: 'after-check-in' });
    expect(parseDraftEntry(JSON.stringify(after))).toEqual(after);
  });

  test.each([
    'not json',
    'null',
    '{"kind":"check-in"}',
    '{"kind":"after-check-in","therapySessionId":"s","closesAt":"x","values":{"srs-1":7}}',
    '{"kind":"tick","submissionKey":"k","values":{"note":3}}',
    '{"kind":"other"}',
  ])('%s is no entry', (json) => {
    expect(parseDraftEntry(json)).toBeNull();
  });
});

const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';

/** As phones kept them before the forms named fields by schema path. */
const OLD_CHECK_IN = {
  therapySessionId: SESSION,
  goals: `${G1},${G2}`,
  measures: 'phq9,ors',
  [`goal-${G2}-progress`]: '6',
  [`goal-${G2}-clarity`]: '4',
  [`goal-${G1}-clarity`]: '2',
  'phq9-1': '0',
  'phq9-9': '2',
  'ors-4': '7.5',
};

describe('a draft kept under the old field names is upgraded, nothing lost', () => {
  test('questions from 1 become paths from 0; a goal takes its place in the old goals list', () => {
    expect(upgradeDraftValues(OLD_CHECK_IN, 'check-in')).toEqual({
      therapySessionId: SESSION,
      measures: 'phq9,ors',
      'goals.0.goalId': G1,
      'goals.0.clarity': '2',
      'goals.1.goalId': G2,
      'goals.1.progress': '6',
      'goals.1.clarity': '4',
      'phq9.0': '0',
      'phq9.8': '2',
      'ors.3': '7.5',
    });
  });

  test('today’s names pass unchanged, and win over an old name for the same question', () => {
    const today = { therapySessionId: SESSION, measures: 'phq9', 'goals.0.goalId': G1, 'phq9.8': '1' };
    expect(upgradeDraftValues(today, 'check-in')).toEqual(today);
    expect(upgradeDraftValues({ ...today, 'phq9-9': '3' }, 'check-in')['phq9.8']).toBe('1');
  });

  test('answers for a goal not in the old list, and question numbers out of range, were never read: dropped', () => {
    expect(
      upgradeDraftValues({ goals: G1, [`goal-${G2}-progress`]: '5', 'phq9-10': '1', 'phq9-0': '1' }, 'check-in'),
    ).toEqual({ 'goals.0.goalId': G1 });
  });

  test('an old SRS draft: srs.0–srs.3, and the form showed the SRS', () => {
    expect(upgradeDraftValues({ therapySessionId: SESSION, 'srs-1': '7.5', 'srs-4': '9' }, 'after-check-in')).toEqual({
      therapySessionId: SESSION,
      measures: 'srs',
      'srs.0': '7.5',
      'srs.3': '9',
    });
  });

  test('read back from the phone: upgraded, and its risk answer is still found', () => {
    const kept = parseDraftEntry(JSON.stringify(checkIn(OLD_CHECK_IN)));
    expect(kept?.kind === 'check-in' && kept.values['phq9.8']).toBe('2');
    expect(kept?.kind === 'check-in' && hasRiskAnswer(kept.values)).toBe(true);
  });

  test('an old closed draft with an unsent risk answer is still sent once more', () => {
    const kept = parseDraftEntry(JSON.stringify(checkIn({ goals: G1, 'phq9-9': '3' })))!;
    expect(draftFate(kept, AT_CLOSE)).toBe('send-late-risk');
    expect(draftFate(parseDraftEntry(JSON.stringify(checkIn({ goals: G1, 'phq9-9': '0' })))!, AT_CLOSE)).toBe('delete');
  });
});

describe('putting kept answers back on today’s form', () => {
  test('a goal’s answers follow its id to its place on today’s page; a goal no longer there is left out', () => {
    const kept = upgradeDraftValues(OLD_CHECK_IN, 'check-in');
    const page = { therapySessionId: SESSION, measures: 'phq9', 'goals.0.goalId': G2, 'goals.1.goalId': 'g3' };
    expect(keptValuesForPage(kept, page)).toEqual({
      'goals.0.progress': '6',
      'goals.0.clarity': '4',
      'phq9.0': '0',
      'phq9.8': '2',
      'ors.3': '7.5',
    });
  });

  test('the page’s own fields are never overwritten', () => {
    expect(
      keptValuesForPage(
        { therapySessionId: 'other', measures: 'gad7', intent: 'submit', 'srs.0': '5' },
        { therapySessionId: SESSION },
      ),
    ).toEqual({ 'srs.0': '5' });
  });
});
