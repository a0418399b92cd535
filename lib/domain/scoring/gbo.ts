import { requireIntegerInRange } from './validate';

/*
 * Goal-Based Outcome (GBO) rating: per goal, a whole number from 0 (not at all
 * met) to 10 (fully met). The client's ratings are the outcome measure; the
 * therapist's are shown beside them. Higher is better.
 */

export const GBO_MIN = 0;
export const GBO_MAX = 10;
/**
 * Published reliable change index is ≈ 2.45 points; on an integer scale the
 * smallest change that exceeds it is 3.
 */
export const GBO_RELIABLE_CHANGE = 3;

export interface GboChange {
  /** The first client rating: the baseline. */
  baseline: number;
  latest: number;
  /** latest − baseline; positive is improvement. */
  change: number;
  reliableImprovement: boolean;
  reliableDeterioration: boolean;
}

/** Refuses anything but a whole number 0–10; returns it. */
export function validateGboRating(value: unknown, field = 'GBO rating'): number {
  return requireIntegerInRange(value, GBO_MIN, GBO_MAX, field);
}

/**
 * Change on one goal from the client's ratings, given in therapy-session order.
 * Null when there is no rating yet; with a single rating the change is 0.
 * Every rating is validated (not only the first and last) so that a corrupt
 * series is noticed rather than quietly summarised.
 */
export function gboChange(ratings: readonly number[]): GboChange | null {
  ratings.forEach((rating, index) => validateGboRating(rating, `GBO rating ${index + 1}`));
  const baseline = ratings[0];
  const latest = ratings[ratings.length - 1];
  if (baseline === undefined || latest === undefined) return null;

  const change = latest - baseline;
  return {
    baseline,
    latest,
    change,
    reliableImprovement: change >= GBO_RELIABLE_CHANGE,
    reliableDeterioration: change <= -GBO_RELIABLE_CHANGE,
  };
}
