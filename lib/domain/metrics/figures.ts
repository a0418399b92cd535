/**
 * The shapes metrics return. A rate always carries its counts so a dashboard can say
 * "4 of 5", and an empty denominator gives null ("no data"), never 0 or NaN.
 */

export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  /** numerator ÷ denominator in 0–1, or null when the denominator is 0. */
  readonly value: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** Counts the items matching `isCounted` among those matching `isEligible`. */
export function rateOf<T>(
  items: readonly T[],
  isEligible: (item: T) => boolean,
  isCounted: (item: T) => boolean,
): Rate {
  let numerator = 0;
  let denominator = 0;
  for (const item of items) {
    if (!isEligible(item)) continue;
    denominator += 1;
    if (isCounted(item)) numerator += 1;
  }
  return rate(numerator, denominator);
}

/** Arithmetic mean, or null for no values. */
export function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
