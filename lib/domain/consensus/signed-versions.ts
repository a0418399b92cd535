/**
 * The signed versions of a plan, read from its signatures: each time the client and the
 * therapist completed a round (the signature that set the next review date), the plan version
 * they signed, who signed it and when, and a supervisor's co-signature given before the next
 * round ended. Numbered from 1 in the order they were completed. Pure: the printable plan
 * (lib/data/plan-print.ts) shows any of them as it was signed.
 */

export type SignedVersionRole = 'client' | 'therapist' | 'supervisor';

export interface SignatureFact {
  readonly id: string;
  readonly role: SignedVersionRole;
  readonly hash: string;
  readonly signedAt: Date;
  /** Set on the signature that completed the plan: it set the next review date. */
  readonly nextReviewDate: string | null;
}

export interface SignedVersion<S extends SignatureFact> {
  /** 1 for the first plan ever signed by both. */
  readonly number: number;
  /** The completing signature's id: the version's stable name in an address. */
  readonly id: string;
  readonly hash: string;
  readonly completedAt: Date;
  readonly nextReviewDate: string | null;
  readonly completing: S;
  readonly client: S;
  readonly therapist: S;
  readonly supervisor: S | null;
}

/** Every completed round, oldest first. */
export function signedVersions<S extends SignatureFact>(signatures: readonly S[]): SignedVersion<S>[] {
  const ordered = [...signatures].sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime());
  const versions: SignedVersion<S>[] = [];
  let roundStart: Date | null = null;
  for (const signature of ordered) {
    if (signature.role === 'supervisor' || signature.nextReviewDate === null) continue;
    const otherRole = signature.role === 'client' ? 'therapist' : 'client';
    // The other side's signature on the same version in this round (the latest, if they signed twice).
    const other = ordered
      .filter(
        (s) =>
          s.role === otherRole &&
          s.hash === signature.hash &&
          s.signedAt <= signature.signedAt &&
          (roundStart === null || s.signedAt > roundStart),
      )
      .at(-1);
    roundStart = signature.signedAt;
    if (!other) continue;
    versions.push({
      number: versions.length + 1,
      id: signature.id,
      hash: signature.hash,
      completedAt: signature.signedAt,
      nextReviewDate: signature.nextReviewDate,
      completing: signature,
      client: signature.role === 'client' ? signature : other,
      therapist: signature.role === 'therapist' ? signature : other,
      supervisor: null,
    });
  }
  // A co-signature belongs to the version that was the latest signed one when it was given.
  return versions.map((version, index) => {
    const next = versions[index + 1];
    const supervisor =
      ordered.find(
        (s) =>
          s.role === 'supervisor' &&
          s.hash === version.hash &&
          s.signedAt >= version.completedAt &&
          (next === undefined || s.signedAt < next.completedAt),
      ) ?? null;
    return { ...version, supervisor };
  });
}
