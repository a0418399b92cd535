import { describe, expect, it } from 'vitest';

import {
  currentVersion,
  type GoalConsensus,
  isAgreed,
  positionOnCurrentVersion,
  recordPosition,
  reviseGoal,
} from './agreement';
import { type Side } from './types';

type Text = { readonly ownWords: string };

const proposedBy = (side: Side, id = 'v1'): GoalConsensus<Text> => ({
  versions: [{ id, number: 1, authorSide: side, text: { ownWords: 'Sleep 7 hours on weeknights' } }],
  positions: {},
});

function unwrap(result: ReturnType<typeof reviseGoal<Text>>): GoalConsensus<Text> {
  if (!result.ok) throw new Error(result.error);
  return result.goal;
}

describe('writing a version counts as the writer agreeing', () => {
  it('the writer agrees, the other side has not responded', () => {
    const goal = proposedBy('client');
    expect(positionOnCurrentVersion(goal, 'client')).toBe('agree');
    expect(positionOnCurrentVersion(goal, 'therapist')).toBeNull();
    expect(isAgreed(goal)).toBe(false);
  });

  it('is agreed once the other side agrees on the same version', () => {
    const goal = unwrap(recordPosition(proposedBy('client'), 'therapist', { position: 'agree', versionId: 'v1' }));
    expect(isAgreed(goal)).toBe(true);
  });

  it('reviseGoal records the writer agree explicitly on the new version', () => {
    const goal = unwrap(
      reviseGoal(proposedBy('therapist'), { id: 'v2', authorSide: 'client', text: { ownWords: 'x' } }),
    );
    expect(goal.positions.client).toEqual({ position: 'agree', versionId: 'v2' });
    expect(currentVersion(goal)?.number).toBe(2);
  });

  it('an explicit position on your own version overrides the implied agree', () => {
    const goal = unwrap(recordPosition(proposedBy('client'), 'client', { position: 'wants-changes', versionId: 'v1' }));
    expect(positionOnCurrentVersion(goal, 'client')).toBe('wants-changes');
  });
});

describe('wants changes and disagree', () => {
  it.each(['wants-changes', 'disagree'] as const)('%s on the current version means not agreed', (position) => {
    const goal = unwrap(
      recordPosition(proposedBy('therapist'), 'client', { position, comment: 'Too big a step', versionId: 'v1' }),
    );
    expect(positionOnCurrentVersion(goal, 'client')).toBe(position);
    expect(goal.positions.client?.comment).toBe('Too big a step');
    expect(isAgreed(goal)).toBe(false);
  });
});

describe('a re-worded goal needs agreement again', () => {
  const agreedOnV1 = unwrap(recordPosition(proposedBy('client'), 'therapist', { position: 'agree', versionId: 'v1' }));

  it('the other side’s agree on the older version no longer counts', () => {
    const reworded = unwrap(reviseGoal(agreedOnV1, { id: 'v2', authorSide: 'client', text: { ownWords: 'Sleep 7h' } }));
    expect(reworded.positions.therapist).toEqual({ position: 'agree', versionId: 'v1' }); // kept, not lost
    expect(positionOnCurrentVersion(reworded, 'therapist')).toBeNull();
    expect(isAgreed(reworded)).toBe(false);
  });

  it('the writer of the older version is not assumed to agree with the new one', () => {
    const byTherapist = unwrap(
      reviseGoal(proposedBy('client'), { id: 'v2', authorSide: 'therapist', text: { ownWords: 'y' } }),
    );
    expect(positionOnCurrentVersion(byTherapist, 'client')).toBeNull();
    expect(positionOnCurrentVersion(byTherapist, 'therapist')).toBe('agree');
  });

  it('agreeing on the new version makes it agreed again', () => {
    const reworded = unwrap(reviseGoal(agreedOnV1, { id: 'v2', authorSide: 'client', text: { ownWords: 'Sleep 7h' } }));
    const again = unwrap(recordPosition(reworded, 'therapist', { position: 'agree', versionId: 'v2' }));
    expect(isAgreed(again)).toBe(true);
  });

  it('a position on a replaced version is refused', () => {
    const reworded = unwrap(reviseGoal(agreedOnV1, { id: 'v2', authorSide: 'client', text: { ownWords: 'Sleep 7h' } }));
    expect(recordPosition(reworded, 'therapist', { position: 'agree', versionId: 'v1' })).toEqual({
      ok: false,
      error: 'The goal has changed since version 1; respond to version 2',
    });
  });

  it('a position on an unknown version is refused', () => {
    expect(recordPosition(agreedOnV1, 'therapist', { position: 'agree', versionId: 'nope' })).toEqual({
      ok: false,
      error: 'Version nope does not belong to this goal',
    });
  });

  it('a duplicate version id is refused', () => {
    expect(reviseGoal(agreedOnV1, { id: 'v1', authorSide: 'client', text: { ownWords: 'z' } })).toEqual({
      ok: false,
      error: 'Version v1 already exists on this goal',
    });
  });
});

describe('current version', () => {
  it('is the highest number, whatever the array order', () => {
    const goal: GoalConsensus<Text> = {
      versions: [
        { id: 'v3', number: 3, authorSide: 'client', text: { ownWords: 'c' } },
        { id: 'v1', number: 1, authorSide: 'client', text: { ownWords: 'a' } },
        { id: 'v2', number: 2, authorSide: 'therapist', text: { ownWords: 'b' } },
      ],
      positions: { therapist: { position: 'agree', versionId: 'v2' } },
    };
    expect(currentVersion(goal)?.id).toBe('v3');
    expect(isAgreed(goal)).toBe(false);
  });

  it('a goal with no versions has no positions and is not agreed', () => {
    const empty: GoalConsensus<Text> = { versions: [], positions: {} };
    expect(currentVersion(empty)).toBeUndefined();
    expect(positionOnCurrentVersion(empty, 'client')).toBeNull();
    expect(isAgreed(empty)).toBe(false);
    expect(recordPosition(empty, 'client', { position: 'agree', versionId: 'v1' })).toEqual({
      ok: false,
      error: 'This goal has no wording yet',
    });
  });
});
