import { describe, expect, it } from 'vitest';
import { hasSignedThisRound, lastCompletionAt, type SigningFact, wouldCompletePlan } from './signing-round';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const sig = (side: SigningFact['side'], hash: string, day: number, completedPlan = false): SigningFact => ({
  side,
  hash,
  signedAt: at(day),
  completedPlan,
});

describe('signing rounds', () => {
  it('before anyone signs, nobody has signed and one signature does not complete the plan', () => {
    expect(lastCompletionAt([])).toBeNull();
    expect(hasSignedThisRound([], 'h1', 'client')).toBe(false);
    expect(wouldCompletePlan([], 'h1', 'client')).toBe(false);
  });

  it('the second side to sign the same hash completes the plan', () => {
    const signatures = [sig('client', 'h1', 1)];
    expect(wouldCompletePlan(signatures, 'h1', 'therapist')).toBe(true);
    expect(wouldCompletePlan(signatures, 'h1', 'client')).toBe(false);
  });

  it('a signature on another hash does not count', () => {
    expect(wouldCompletePlan([sig('client', 'h1', 1)], 'h2', 'therapist')).toBe(false);
  });

  it('after completion a review needs both sides again', () => {
    const signatures = [sig('client', 'h1', 1), sig('therapist', 'h1', 2, true)];
    expect(lastCompletionAt(signatures)).toEqual(at(2));
    expect(hasSignedThisRound(signatures, 'h1', 'client')).toBe(false);
    expect(hasSignedThisRound(signatures, 'h1', 'therapist')).toBe(false);
    expect(wouldCompletePlan(signatures, 'h1', 'client')).toBe(false);
    const reviewStarted = [...signatures, sig('therapist', 'h1', 90)];
    expect(hasSignedThisRound(reviewStarted, 'h1', 'therapist')).toBe(true);
    expect(wouldCompletePlan(reviewStarted, 'h1', 'client')).toBe(true);
  });

  it('a changed plan is a new round: signatures on the new hash after the last completion count', () => {
    const signatures = [sig('client', 'h1', 1), sig('therapist', 'h1', 2, true), sig('therapist', 'h2', 5)];
    expect(wouldCompletePlan(signatures, 'h2', 'client')).toBe(true);
    expect(wouldCompletePlan(signatures, 'h1', 'client')).toBe(false);
  });
});
