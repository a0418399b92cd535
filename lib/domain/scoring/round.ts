/**
 * Rounds to one decimal place, halves away from zero (63.65 → 63.7, -0.05 → -0.1),
 * for display of continuous scores such as the GAS T-score.
 *
 * `toPrecision(12)` first strips binary noise so a value that is a half in decimal
 * rounds the way a person would round it: 0.6 - 0.05 is 0.5499999999999999 in
 * binary, and a naive Math.round(x * 10) / 10 would give 0.5 instead of 0.6.
 * Never returns -0 (so JSON and equality checks stay clean).
 */
export function roundToOneDecimal(value: number): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot round ${value}`);
  }
  const scaledMagnitude = Number((Math.abs(value) * 10).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaledMagnitude)) / 10;
  return rounded + 0;
}
