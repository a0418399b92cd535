import { type Position, type Side } from './types';

/**
 * Who agrees with which wording of a goal.
 *
 * Rules (docs/design.md, "Consensus"):
 * - Every wording edit creates a new version; the version with the highest number is current.
 * - Writing a version counts as its writer's 'agree' on it.
 * - A position only counts for the version it was given on. When the goal is re-worded, the
 *   other side's position on the older version no longer counts: they must look again.
 * - A goal is agreed when both sides' positions on the current version are 'agree'.
 *
 * The data layer keeps every version and every position (nothing is lost); these functions
 * only need each side's latest position.
 */

/** Default shape of a version's wording; the goal schema owns the real fields. */
export type GoalVersionText = Readonly<Record<string, unknown>>;

export interface GoalVersion<TText = GoalVersionText> {
  readonly id: string;
  /** 1 for the first wording, then 2, 3… per goal. */
  readonly number: number;
  readonly authorSide: Side;
  readonly text: TText;
}

export interface SidePosition {
  readonly position: Position;
  /** Why the side wants changes or disagrees. Optional: nobody is forced to explain. */
  readonly comment?: string | null;
  /** The version this position was given on. */
  readonly versionId: string;
}

export interface GoalConsensus<TText = GoalVersionText> {
  readonly versions: readonly GoalVersion<TText>[];
  /** Each side's latest position, possibly on an older version. */
  readonly positions: Readonly<Partial<Record<Side, SidePosition>>>;
}

export type ConsensusResult<TText> =
  { readonly ok: true; readonly goal: GoalConsensus<TText> } | { readonly ok: false; readonly error: string };

export function currentVersion<TText>(goal: Pick<GoalConsensus<TText>, 'versions'>): GoalVersion<TText> | undefined {
  let current: GoalVersion<TText> | undefined;
  for (const version of goal.versions) {
    if (current === undefined || version.number > current.number) current = version;
  }
  return current;
}

/**
 * The side's position on the current version: an explicit position on that version wins
 * (a writer may change their mind about their own wording); otherwise the writer of the
 * current version agrees by writing it; otherwise the side has not responded yet (null).
 */
export function positionOnCurrentVersion<TText>(goal: GoalConsensus<TText>, side: Side): Position | null {
  const current = currentVersion(goal);
  if (current === undefined) return null;
  const stated = goal.positions[side];
  if (stated !== undefined && stated.versionId === current.id) return stated.position;
  return current.authorSide === side ? 'agree' : null;
}

export function isAgreed<TText>(goal: GoalConsensus<TText>): boolean {
  return (
    positionOnCurrentVersion(goal, 'client') === 'agree' && positionOnCurrentVersion(goal, 'therapist') === 'agree'
  );
}

/**
 * Adds a new wording as the next version. The writer agrees with it; the other side's
 * position stays recorded but, being on an older version, no longer counts.
 */
export function reviseGoal<TText>(
  goal: GoalConsensus<TText>,
  revision: { readonly id: string; readonly authorSide: Side; readonly text: TText },
): ConsensusResult<TText> {
  if (goal.versions.some((version) => version.id === revision.id)) {
    return { ok: false, error: `Version ${revision.id} already exists on this goal` };
  }
  const nextNumber = (currentVersion(goal)?.number ?? 0) + 1;
  const version: GoalVersion<TText> = { ...revision, number: nextNumber };
  return {
    ok: true,
    goal: {
      versions: [...goal.versions, version],
      positions: {
        ...goal.positions,
        [revision.authorSide]: { position: 'agree', versionId: revision.id },
      },
    },
  };
}

/**
 * Records a side's position. Only the current version can be responded to, so that nobody
 * agrees to wording that has already been replaced.
 */
export function recordPosition<TText>(
  goal: GoalConsensus<TText>,
  side: Side,
  stated: SidePosition,
): ConsensusResult<TText> {
  const current = currentVersion(goal);
  if (current === undefined) {
    return { ok: false, error: 'This goal has no wording yet' };
  }
  if (stated.versionId !== current.id) {
    const given = goal.versions.find((version) => version.id === stated.versionId);
    return {
      ok: false,
      error:
        given === undefined
          ? `Version ${stated.versionId} does not belong to this goal`
          : `The goal has changed since version ${given.number}; respond to version ${current.number}`,
    };
  }
  return { ok: true, goal: { ...goal, positions: { ...goal.positions, [side]: stated } } };
}
