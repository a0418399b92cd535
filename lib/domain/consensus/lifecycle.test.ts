import { describe, expect, it } from 'vitest';

import {
  LIFECYCLE_ACTIONS,
  LIFECYCLE_TRANSITIONS,
  type LifecycleAction,
  type LifecycleEvent,
  legalActions,
  type StatusChangeTarget,
  transition,
} from './lifecycle';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from './types';

function eventFor(action: LifecycleAction, reason = 'Agreed in session 4'): LifecycleEvent {
  if (action.startsWith('status-change:')) {
    return { type: 'status-change', target: action.slice('status-change:'.length) as StatusChangeTarget, reason };
  }
  return { type: action as 'new-version' | 'position' | 'plan-signed' };
}

/**
 * The expected result of every (status, action, agreed) combination, written out by hand.
 * '—' = illegal. Columns: [agreed, not agreed].
 */
type Cell = readonly [LifecycleStatus | '—', LifecycleStatus | '—'];
const X: Cell = ['—', '—'];
const EXPECTED: Record<LifecycleStatus, Record<LifecycleAction, Cell>> = {
  proposed: {
    'new-version': ['proposed', 'proposed'],
    position: ['accepted', 'proposed'],
    'plan-signed': X,
    'status-change:on-hold': X,
    'status-change:completed': X,
    'status-change:cancelled': ['cancelled', 'cancelled'],
    'status-change:rejected': ['rejected', 'rejected'],
    'status-change:entered-in-error': ['entered-in-error', 'entered-in-error'],
    'status-change:active': X,
  },
  accepted: {
    'new-version': ['proposed', 'proposed'],
    position: ['accepted', 'proposed'],
    'plan-signed': ['active', '—'],
    'status-change:on-hold': ['on-hold', 'on-hold'],
    'status-change:completed': X,
    'status-change:cancelled': ['cancelled', 'cancelled'],
    'status-change:rejected': ['rejected', 'rejected'],
    'status-change:entered-in-error': ['entered-in-error', 'entered-in-error'],
    'status-change:active': X,
  },
  active: {
    'new-version': ['proposed', 'proposed'],
    position: ['active', 'active'],
    'plan-signed': ['active', '—'],
    'status-change:on-hold': ['on-hold', 'on-hold'],
    'status-change:completed': ['completed', 'completed'],
    'status-change:cancelled': ['cancelled', 'cancelled'],
    'status-change:rejected': X,
    'status-change:entered-in-error': ['entered-in-error', 'entered-in-error'],
    'status-change:active': X,
  },
  'on-hold': {
    'new-version': ['on-hold', 'on-hold'],
    position: ['on-hold', 'on-hold'],
    'plan-signed': X,
    'status-change:on-hold': X,
    'status-change:completed': ['completed', 'completed'],
    'status-change:cancelled': ['cancelled', 'cancelled'],
    'status-change:rejected': X,
    'status-change:entered-in-error': ['entered-in-error', 'entered-in-error'],
    'status-change:active': ['accepted', 'proposed'],
  },
  completed: Object.fromEntries(LIFECYCLE_ACTIONS.map((a) => [a, X])) as Record<LifecycleAction, Cell>,
  cancelled: Object.fromEntries(LIFECYCLE_ACTIONS.map((a) => [a, X])) as Record<LifecycleAction, Cell>,
  rejected: Object.fromEntries(LIFECYCLE_ACTIONS.map((a) => [a, X])) as Record<LifecycleAction, Cell>,
  'entered-in-error': Object.fromEntries(LIFECYCLE_ACTIONS.map((a) => [a, X])) as Record<LifecycleAction, Cell>,
};

const cases = LIFECYCLE_STATUSES.flatMap((status) =>
  LIFECYCLE_ACTIONS.flatMap((action) =>
    ([true, false] as const).map((agreed) => {
      const cell = EXPECTED[status][action];
      return { status, action, agreed, expected: agreed ? cell[0] : cell[1] };
    }),
  ),
);

describe('transition: every status × action × agreement', () => {
  it('covers 8 statuses × 9 actions × 2 agreement states', () => {
    expect(cases).toHaveLength(144);
  });

  it.each(cases)('$status + $action (agreed: $agreed) → $expected', ({ status, action, agreed, expected }) => {
    const result = transition({ status, agreed }, eventFor(action));
    if (expected === '—') {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/^Cannot /);
    } else {
      expect(result).toEqual({ ok: true, status: expected });
    }
  });

  it.each(cases)(
    'legalActions offers $action for $status (agreed: $agreed) exactly when it is legal',
    ({ status, action, agreed, expected }) => {
      expect(legalActions({ status, agreed }).includes(action)).toBe(expected !== '—');
    },
  );
});

describe('the exported table', () => {
  it('has no way out of closed statuses', () => {
    for (const closed of ['completed', 'cancelled', 'rejected', 'entered-in-error'] as const) {
      expect(LIFECYCLE_TRANSITIONS[closed]).toEqual({});
    }
  });

  it('lists legal actions in a stable order for the UI', () => {
    expect(legalActions({ status: 'accepted', agreed: true })).toEqual([
      'new-version',
      'position',
      'plan-signed',
      'status-change:on-hold',
      'status-change:cancelled',
      'status-change:rejected',
      'status-change:entered-in-error',
    ]);
  });
});

describe('error messages', () => {
  it('names the statuses an action is allowed from', () => {
    expect(
      transition(
        { status: 'proposed', agreed: false },
        { type: 'status-change', target: 'on-hold', reason: 'Holiday' },
      ),
    ).toEqual({
      ok: false,
      error: 'Cannot put a proposed goal on hold; only accepted or active goals can be put on hold',
    });
    expect(
      transition({ status: 'active', agreed: true }, { type: 'status-change', target: 'rejected', reason: 'No' }),
    ).toEqual({
      ok: false,
      error: 'Cannot reject an active goal; only proposed or accepted goals can be rejected',
    });
    expect(transition({ status: 'proposed', agreed: true }, { type: 'plan-signed' })).toEqual({
      ok: false,
      error: 'Cannot activate a proposed goal; only accepted or active goals can be activated by signing the plan',
    });
    expect(
      transition({ status: 'accepted', agreed: false }, { type: 'status-change', target: 'completed', reason: 'Done' }),
    ).toEqual({
      ok: false,
      error: 'Cannot complete an accepted goal; only active or on-hold goals can be completed',
    });
  });

  it('says closed goals do not change, and does not re-open a completed goal', () => {
    expect(transition({ status: 'completed', agreed: true }, { type: 'new-version' })).toEqual({
      ok: false,
      error: 'Cannot re-word a completed goal: closed goals do not change; write a new goal instead',
    });
    expect(
      transition({ status: 'completed', agreed: true }, { type: 'status-change', target: 'active', reason: 'Relapse' }),
    ).toEqual({
      ok: false,
      error: 'Cannot resume a completed goal: closed goals do not change; write a new goal instead',
    });
  });

  it('refuses to activate a goal that is not agreed', () => {
    expect(transition({ status: 'accepted', agreed: false }, { type: 'plan-signed' })).toEqual({
      ok: false,
      error: 'Cannot activate a goal that is not agreed by both sides on its current version',
    });
  });

  it.each(['', '   ', '\n'])('a status change needs a non-blank reason (%j)', (reason) => {
    expect(
      transition({ status: 'active', agreed: true }, { type: 'status-change', target: 'on-hold', reason }),
    ).toEqual({
      ok: false,
      error: 'A reason is needed to put a goal on hold',
    });
  });
});

describe('a goal’s story', () => {
  it('proposed → accepted → active → re-worded → proposed → accepted → active → completed', () => {
    const steps: [LifecycleEvent, boolean, LifecycleStatus][] = [
      [{ type: 'position' }, true, 'accepted'],
      [{ type: 'plan-signed' }, true, 'active'],
      [{ type: 'new-version' }, false, 'proposed'],
      [{ type: 'position' }, true, 'accepted'],
      [{ type: 'plan-signed' }, true, 'active'],
      [{ type: 'status-change', target: 'completed', reason: 'Sleeping 7 hours for a month' }, true, 'completed'],
    ];
    let status: LifecycleStatus = 'proposed';
    for (const [event, agreed, expected] of steps) {
      const result = transition({ status, agreed }, event);
      expect(result).toEqual({ ok: true, status: expected });
      if (result.ok) status = result.status;
    }
  });
});
