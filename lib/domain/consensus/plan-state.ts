import { planGoals } from './plan-goals';
import { planHash } from './plan-hash';
import { isReviewOverdue } from './review';
import { type LifecycleStatus, type Side } from './types';

/**
 * Where a client's plan stands: can it be signed, who has signed it, does it need re-consent,
 * is its review overdue. Server-only, because the plan hash uses node:crypto.
 *
 * Decisions:
 * - The plan is recomputed from all the client's goals with `planGoals`, so callers cannot
 *   pass a different idea of "the plan".
 * - Signed means both sides have signed the current hash (at any time). Any change of the
 *   plan's (goal, version) pairs changes the hash: a new or re-worded goal, and also a goal
 *   leaving the plan (completed, on hold, cancelled) or coming back. What was signed is exactly
 *   what is shown, so every such change asks for re-consent.
 * - Status precedence: signed > needs-re-consent > partly-signed > ready-to-sign > draft.
 *   A plan changed after a full signing stays "needs re-consent" until both have signed the
 *   new version, even if one side already has (see `signedBy` for who).
 * - An empty plan is always a draft: there is nothing to consent to (e.g. after discharge).
 * - A plan can be signed (`canSign`) whenever there are no blockers, including when it is
 *   already signed: a review is signing the same plan again.
 */

export interface PlanStateGoal {
  readonly goalId: string;
  /** Short name used in blocker messages, e.g. "Sleep". */
  readonly title: string;
  readonly status: LifecycleStatus;
  /** Both sides agree on the current version. */
  readonly agreed: boolean;
  readonly currentVersionId: string;
}

export interface PlanSignature {
  readonly side: Side;
  readonly hash: string;
  readonly signedAt: Date;
}

export interface PlanStateInput {
  /** All of the client's goals; the plan is derived from them. */
  readonly goals: readonly PlanStateGoal[];
  /** Every signature ever given on this client's plan, in any order. */
  readonly signatures: readonly PlanSignature[];
  /** Organisation setting (default 3). */
  readonly minimumGoals: number;
  /** Why the plan has fewer goals than the minimum; blank counts as no reason. */
  readonly shortfallReason?: string | null;
  /** 'YYYY-MM-DD' set at the last full signing, if any. */
  readonly nextReviewDate?: string | null;
  readonly now: Date;
  /** The organisation's IANA time zone; review dates are days on its calendar. */
  readonly timeZone: string;
}

export type PlanStatus = 'draft' | 'ready-to-sign' | 'partly-signed' | 'signed' | 'needs-re-consent';

/** Something that stops the plan being signed; `goalId` when it is about one goal (pages link to it). */
export interface PlanBlocker {
  readonly message: string;
  readonly goalId: string | null;
}

export interface PlanState {
  readonly hash: string;
  readonly goalCount: number;
  readonly canSign: boolean;
  /** Why the plan cannot be signed yet, in words for the people signing it. */
  readonly blockers: readonly string[];
  /** The same, each with the goal it is about (if any). */
  readonly blockerItems: readonly PlanBlocker[];
  readonly status: PlanStatus;
  readonly reviewOverdue: boolean;
  /** Each side's latest signature on the current hash. */
  readonly signedBy: Readonly<Partial<Record<Side, PlanSignature>>>;
  /** The most recent hash both sides signed (completed by the later of the two signatures). */
  readonly lastFullySignedHash: string | null;
  readonly lastFullySignedAt: Date | null;
}

export const DEFAULT_MINIMUM_GOALS = 3;

function latestSignatureBySide(
  signatures: readonly PlanSignature[],
  hash: string,
): Partial<Record<Side, PlanSignature>> {
  const latest: Partial<Record<Side, PlanSignature>> = {};
  for (const signature of signatures) {
    if (signature.hash !== hash) continue;
    const known = latest[signature.side];
    if (known === undefined || signature.signedAt > known.signedAt) latest[signature.side] = signature;
  }
  return latest;
}

/** The hash most recently completed by both sides, and when it was completed. */
function lastFullySigned(signatures: readonly PlanSignature[]): { hash: string; completedAt: Date } | null {
  let last: { hash: string; completedAt: Date } | null = null;
  for (const hash of new Set(signatures.map((signature) => signature.hash))) {
    // The earliest signature per side is when that side first consented to this version.
    let client: Date | undefined;
    let therapist: Date | undefined;
    for (const signature of signatures) {
      if (signature.hash !== hash) continue;
      if (signature.side === 'client' && (client === undefined || signature.signedAt < client)) {
        client = signature.signedAt;
      }
      if (signature.side === 'therapist' && (therapist === undefined || signature.signedAt < therapist)) {
        therapist = signature.signedAt;
      }
    }
    if (client === undefined || therapist === undefined) continue;
    const completedAt = client > therapist ? client : therapist;
    if (last === null || completedAt > last.completedAt) last = { hash, completedAt };
  }
  return last;
}

function goalsWord(count: number): string {
  return count === 1 ? '1 goal' : `${count} goals`;
}

function blockersFor(
  goals: readonly PlanStateGoal[],
  minimumGoals: number,
  shortfallReason: string | null | undefined,
): PlanBlocker[] {
  if (goals.length === 0) return [{ message: 'The plan has no goals yet', goalId: null }];
  const blockers: PlanBlocker[] = goals
    .filter((goal) => !goal.agreed)
    .map((goal) => ({ message: `Goal "${goal.title}" is not agreed yet`, goalId: goal.goalId }));
  const hasReason = (shortfallReason ?? '').trim() !== '';
  if (goals.length < minimumGoals && !hasReason) {
    blockers.push({
      message: `Plan has ${goalsWord(goals.length)}; the organisation asks for ${minimumGoals} — give a reason`,
      goalId: null,
    });
  }
  return blockers;
}

function statusOf(
  goalCount: number,
  blockers: readonly PlanBlocker[],
  signedBy: Partial<Record<Side, PlanSignature>>,
  hasEarlierFullSigning: boolean,
): PlanStatus {
  if (goalCount === 0) return 'draft';
  if (signedBy.client !== undefined && signedBy.therapist !== undefined) return 'signed';
  if (hasEarlierFullSigning) return 'needs-re-consent';
  if (signedBy.client !== undefined || signedBy.therapist !== undefined) return 'partly-signed';
  return blockers.length === 0 ? 'ready-to-sign' : 'draft';
}

export function planState(input: PlanStateInput): PlanState {
  const goals = planGoals(input.goals);
  const hash = planHash(goals.map((goal) => ({ goalId: goal.goalId, versionId: goal.currentVersionId })));
  const blockers = blockersFor(goals, input.minimumGoals, input.shortfallReason);
  const signedBy = latestSignatureBySide(input.signatures, hash);
  const lastFull = lastFullySigned(input.signatures);
  const reviewDate = input.nextReviewDate ?? null;

  return {
    hash,
    goalCount: goals.length,
    canSign: blockers.length === 0,
    blockers: blockers.map((blocker) => blocker.message),
    blockerItems: blockers,
    status: statusOf(goals.length, blockers, signedBy, lastFull !== null),
    reviewOverdue: reviewDate !== null && isReviewOverdue(reviewDate, input.now, input.timeZone),
    signedBy,
    lastFullySignedHash: lastFull?.hash ?? null,
    lastFullySignedAt: lastFull?.completedAt ?? null,
  };
}

/**
 * The one place a page's plan status comes from: the status, and who the plan is waiting for
 * when exactly one side has signed the current version in this signing round (a first signing,
 * a re-consent after a change, or a review). Every page words this pair; none adds its own
 * "signed" message beside it, so the status and the message can never disagree.
 */
export interface PlanStanding {
  readonly status: PlanStatus;
  readonly waitingFor: Side | null;
}

export function planStanding(status: PlanStatus, signedThisRound: Readonly<Record<Side, boolean>>): PlanStanding {
  if (status === 'draft' || status === 'ready-to-sign') return { status, waitingFor: null };
  const { client, therapist } = signedThisRound;
  return { status, waitingFor: client && !therapist ? 'therapist' : therapist && !client ? 'client' : null };
}
