import { ScoringInputError } from './errors';
import { requireFiniteNumber, requireIntegerInRange } from './validate';

/*
 * Goal Attainment Scaling (GAS), Kiresuk & Sherman summary T-score:
 *
 *   T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
 *
 * xᵢ is the attainment level of goal i (−2…+2, 0 = expected outcome), wᵢ its
 * weight (default 1) and ρ the assumed correlation between goal scores, by
 * convention 0.3. T = 50 means "on average, exactly the expected outcome".
 */

export const GAS_MIN_LEVEL = -2;
export const GAS_MAX_LEVEL = 2;
export const GAS_DEFAULT_RHO = 0.3;

export interface GasItem {
  /** Attainment level, a whole number from −2 to +2. */
  level: number;
  /** Relative importance, > 0; 1 when omitted. */
  weight?: number;
}

/**
 * The unrounded GAS T-score, or null when there are no goals to score.
 * Round for display with `roundToOneDecimal` (three unweighted goals at +1 → 63.7).
 */
export function gasTScore(items: readonly GasItem[], rho: number = GAS_DEFAULT_RHO): number | null {
  validateRho(rho);
  if (items.length === 0) return null;

  let weightedLevels = 0; // Σwᵢxᵢ
  let sumOfSquaredWeights = 0; // Σwᵢ²
  let sumOfWeights = 0; // Σwᵢ
  items.forEach((item, index) => {
    const level = requireIntegerInRange(item.level, GAS_MIN_LEVEL, GAS_MAX_LEVEL, `GAS goal ${index + 1} level`);
    const weight = validateWeight(item.weight, index);
    weightedLevels += weight * level;
    sumOfSquaredWeights += weight * weight;
    sumOfWeights += weight;
  });

  // Positive for any ρ in [0, 1] because every weight is > 0.
  const denominator = Math.sqrt((1 - rho) * sumOfSquaredWeights + rho * sumOfWeights * sumOfWeights);
  return 50 + (10 * weightedLevels) / denominator;
}

function validateWeight(weight: number | undefined, index: number): number {
  if (weight === undefined) return 1;
  const field = `GAS goal ${index + 1} weight`;
  const w = requireFiniteNumber(weight, field);
  if (w <= 0) {
    throw new ScoringInputError('out-of-range', field, `${field} must be greater than 0; received ${w}.`);
  }
  return w;
}

function validateRho(rho: number): void {
  const r = requireFiniteNumber(rho, 'GAS rho');
  if (r < 0 || r > 1) {
    throw new ScoringInputError('out-of-range', 'GAS rho', `GAS rho must be from 0 to 1; received ${r}.`);
  }
}
