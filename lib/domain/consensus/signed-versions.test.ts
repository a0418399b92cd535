import { describe, expect, it } from 'vitest';
import { signedVersions, type SignatureFact } from './signed-versions';

const at = (day: number) => new Date(Date.UTC(2026, 0, day, 10));
const sig = (
  id: string,
  role: SignatureFact['role'],
  hash: string,
  day: number,
  nextReviewDate: string | null = null,
): SignatureFact => ({
  id,
  role,
  hash,
  signedAt: at(day),
  nextReviewDate,
});

describe('signedVersions', () => {
  it('finds each round both sides completed, with who signed and the co-signature', () => {
    const versions = signedVersions([
      sig('t1', 'therapist', 'A', 1),
      sig('c1', 'client', 'A', 2, '2026-04-02'),
      sig('s1', 'supervisor', 'A', 3),
      sig('c2', 'client', 'B', 10),
      sig('t2', 'therapist', 'B', 11, '2026-04-11'),
    ]);
    expect(
      versions.map((v) => [
        v.number,
        v.id,
        v.hash,
        v.client.id,
        v.therapist.id,
        v.supervisor?.id ?? null,
        v.nextReviewDate,
      ]),
    ).toEqual([
      [1, 'c1', 'A', 'c1', 't1', 's1', '2026-04-02'],
      [2, 't2', 'B', 'c2', 't2', null, '2026-04-11'],
    ]);
  });

  it('does not count a version only one side signed', () => {
    expect(signedVersions([sig('t1', 'therapist', 'A', 1), sig('c1', 'client', 'B', 2)])).toEqual([]);
  });

  it('reads a review of the same version as a new signed version, with that round’s signatures', () => {
    const versions = signedVersions([
      sig('t1', 'therapist', 'A', 1),
      sig('c1', 'client', 'A', 2, '2026-04-02'),
      sig('t2', 'therapist', 'A', 90),
      sig('c2', 'client', 'A', 91, '2026-07-01'),
    ]);
    expect(versions.map((v) => [v.client.id, v.therapist.id])).toEqual([
      ['c1', 't1'],
      ['c2', 't2'],
    ]);
  });
});
