/** A named severity range of questionnaire totals, both ends inclusive. */
export interface SeverityBand<Band extends string> {
  band: Band;
  min: number;
  max: number;
  label: string;
}

/**
 * The band a (validated) total falls in. The band tables are contiguous and cover
 * the whole range, so a miss means a programming error, not bad client input.
 */
export function bandForTotal<Band extends string>(total: number, bands: readonly SeverityBand<Band>[]): Band {
  const match = bands.find((b) => total >= b.min && total <= b.max);
  if (!match) throw new RangeError(`No severity band contains ${total}`);
  return match.band;
}
