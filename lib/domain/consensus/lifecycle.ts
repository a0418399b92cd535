import { isClosedStatus } from './plan-goals';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from './types';

/**
 * The goal lifecycle (FHIR R4 Goal.lifecycleStatus) as one explicit table.
 *
 *   proposed ──both agree──▶ accepted ──plan signed──▶ active
 *      ▲                        │                        │
 *      └──── re-worded ─────────┴────────────────────────┘
 *
 * Decisions (each also visible in the table below):
 * - A re-worded goal (`new-version`) goes back to `proposed`, whether it was proposed,
 *   accepted or active: the new wording needs both sides' agreement (→ `accepted`) and then,
 *   because the plan hash changed, a new plan signature (→ `active`). A re-worded *on-hold*
 *   goal stays on hold; agreement is looked at again when it is resumed.
 * - A position that leaves an accepted goal no longer agreed moves it back to `proposed`. An
 *   active goal stays active when a side withdraws agreement: the signed plan stands, the goal
 *   shows as not agreed (consensus rate, plan blockers) until it is re-worded or re-agreed.
 * - `plan-signed` makes agreed accepted goals active; it is a no-op for active goals (a
 *   review signs the plan again).
 * - A status change is an event with a required reason, never a new version.
 * - Resuming an on-hold goal (target `active`) puts it back in the plan as `accepted` if it is
 *   agreed, else `proposed`. It becomes `active` only when the plan is signed again, because
 *   returning it to the plan changes the plan hash, so the signatures no longer cover it.
 * - Closed statuses (completed, cancelled, rejected, entered-in-error) are terminal. A completed
 *   goal is not re-opened: to work on it again, write a new goal, so the completed record and
 *   its ratings stay exactly as they were.
 * - `completed` only from active or on-hold (only goals worked on under a signed plan can be
 *   achieved); goals of an unsigned plan are cancelled at discharge.
 * - `rejected` only from proposed or accepted (a goal that was never in a signed plan).
 * - `entered-in-error` and `cancelled` from any non-closed status.
 */

export type StatusChangeTarget =
  | 'on-hold'
  | 'completed'
  | 'cancelled'
  | 'rejected'
  | 'entered-in-error'
  /** Resume from on-hold; see the decisions above for the resulting status. */
  | 'active';

export const STATUS_CHANGE_TARGETS: readonly StatusChangeTarget[] = [
  'on-hold',
  'completed',
  'cancelled',
  'rejected',
  'entered-in-error',
  'active',
];

export type LifecycleEvent =
  | { readonly type: 'new-version' }
  | { readonly type: 'position' }
  | { readonly type: 'plan-signed' }
  | { readonly type: 'status-change'; readonly target: StatusChangeTarget; readonly reason: string };

/** An event without its payload: the key of the transition table. */
export type LifecycleAction = 'new-version' | 'position' | 'plan-signed' | `status-change:${StatusChangeTarget}`;

export const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = [
  'new-version',
  'position',
  'plan-signed',
  ...STATUS_CHANGE_TARGETS.map((target): LifecycleAction => `status-change:${target}`),
];

/**
 * Where an action leads, depending on whether the goal is agreed on its current version
 * *after* the event's own change is applied (e.g. after the position is recorded).
 * `null` means the action is not allowed in that agreement state.
 */
export interface TransitionOutcome {
  readonly ifAgreed: LifecycleStatus | null;
  readonly ifNotAgreed: LifecycleStatus | null;
}

type TransitionRow = Readonly<Partial<Record<LifecycleAction, TransitionOutcome>>>;

const always = (status: LifecycleStatus): TransitionOutcome => ({
  ifAgreed: status,
  ifNotAgreed: status,
});

const onlyWhenAgreed = (status: LifecycleStatus): TransitionOutcome => ({
  ifAgreed: status,
  ifNotAgreed: null,
});

/** Any action missing from a row is illegal from that status. */
export const LIFECYCLE_TRANSITIONS: Readonly<Record<LifecycleStatus, TransitionRow>> = {
  proposed: {
    'new-version': always('proposed'),
    position: { ifAgreed: 'accepted', ifNotAgreed: 'proposed' },
    'status-change:cancelled': always('cancelled'),
    'status-change:rejected': always('rejected'),
    'status-change:entered-in-error': always('entered-in-error'),
  },
  accepted: {
    'new-version': always('proposed'),
    position: { ifAgreed: 'accepted', ifNotAgreed: 'proposed' },
    'plan-signed': onlyWhenAgreed('active'),
    'status-change:on-hold': always('on-hold'),
    'status-change:cancelled': always('cancelled'),
    'status-change:rejected': always('rejected'),
    'status-change:entered-in-error': always('entered-in-error'),
  },
  active: {
    'new-version': always('proposed'),
    position: always('active'),
    'plan-signed': onlyWhenAgreed('active'),
    'status-change:on-hold': always('on-hold'),
    'status-change:completed': always('completed'),
    'status-change:cancelled': always('cancelled'),
    'status-change:entered-in-error': always('entered-in-error'),
  },
  'on-hold': {
    'new-version': always('on-hold'),
    position: always('on-hold'),
    'status-change:active': { ifAgreed: 'accepted', ifNotAgreed: 'proposed' },
    'status-change:completed': always('completed'),
    'status-change:cancelled': always('cancelled'),
    'status-change:entered-in-error': always('entered-in-error'),
  },
  completed: {},
  cancelled: {},
  rejected: {},
  'entered-in-error': {},
};

export interface GoalLifecycleState {
  readonly status: LifecycleStatus;
  /** Both sides agree on the current version (after the event's own change is applied). */
  readonly agreed: boolean;
}

export type TransitionResult =
  { readonly ok: true; readonly status: LifecycleStatus } | { readonly ok: false; readonly error: string };

export function actionOf(event: LifecycleEvent): LifecycleAction {
  return event.type === 'status-change' ? `status-change:${event.target}` : event.type;
}

/**
 * Human wording of each action for error messages: `act(goal)` reads "put <goal> on hold",
 * `done` completes "only … goals can be <done>".
 */
const ACTION_WORDING: Readonly<
  Record<LifecycleAction, { readonly act: (goal: string) => string; readonly done: string }>
> = {
  'new-version': { act: (goal) => `re-word ${goal}`, done: 're-worded' },
  position: { act: (goal) => `record a position on ${goal}`, done: 'responded to' },
  'plan-signed': { act: (goal) => `activate ${goal}`, done: 'activated by signing the plan' },
  'status-change:on-hold': { act: (goal) => `put ${goal} on hold`, done: 'put on hold' },
  'status-change:completed': { act: (goal) => `complete ${goal}`, done: 'completed' },
  'status-change:cancelled': { act: (goal) => `cancel ${goal}`, done: 'cancelled' },
  'status-change:rejected': { act: (goal) => `reject ${goal}`, done: 'rejected' },
  'status-change:entered-in-error': {
    act: (goal) => `mark ${goal} as entered in error`,
    done: 'marked as entered in error',
  },
  'status-change:active': { act: (goal) => `resume ${goal}`, done: 'resumed' },
};

/** The statuses from which an action is allowed at all. */
function statusesAllowing(action: LifecycleAction): LifecycleStatus[] {
  return LIFECYCLE_STATUSES.filter((status) => LIFECYCLE_TRANSITIONS[status][action] !== undefined);
}

/** "a proposed goal", "an active goal". */
function aGoal(status: LifecycleStatus): string {
  return `${/^[aeiou]/.test(status) ? 'an' : 'a'} ${status} goal`;
}

function joinWithOr(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

/** Applies one event to a goal's lifecycle status, or explains why it is not allowed. */
export function transition(goal: GoalLifecycleState, event: LifecycleEvent): TransitionResult {
  const action = actionOf(event);
  const wording = ACTION_WORDING[action];

  if (isClosedStatus(goal.status)) {
    return {
      ok: false,
      error: `Cannot ${wording.act(aGoal(goal.status))}: closed goals do not change; write a new goal instead`,
    };
  }

  const outcome = LIFECYCLE_TRANSITIONS[goal.status][action];
  if (outcome === undefined) {
    const allowedFrom = joinWithOr(statusesAllowing(action));
    return {
      ok: false,
      error: `Cannot ${wording.act(aGoal(goal.status))}; only ${allowedFrom} goals can be ${wording.done}`,
    };
  }

  if (event.type === 'status-change' && event.reason.trim() === '') {
    return { ok: false, error: `A reason is needed to ${wording.act('a goal')}` };
  }

  const next = goal.agreed ? outcome.ifAgreed : outcome.ifNotAgreed;
  if (next === null) {
    return {
      ok: false,
      error: `Cannot ${wording.act('a goal')} that is not agreed by both sides on its current version`,
    };
  }
  return { ok: true, status: next };
}

/** The actions the UI may offer for a goal right now (status-change actions still need a reason). */
export function legalActions(goal: GoalLifecycleState): LifecycleAction[] {
  const row = LIFECYCLE_TRANSITIONS[goal.status];
  return LIFECYCLE_ACTIONS.filter((action) => {
    const outcome = row[action];
    if (outcome === undefined) return false;
    return (goal.agreed ? outcome.ifAgreed : outcome.ifNotAgreed) !== null;
  });
}
