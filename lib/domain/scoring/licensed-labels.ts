/*
 * ORS and SRS are licensed instruments (Miller & Duncan). Accord ships only their
 * scoring and these short item labels, never the full item text or the forms;
 * an organisation admin switch turns both instruments off.
 */

export interface AnalogueItemLabel {
  /** 1-based position on the form; also the position in the answers array. */
  number: number;
  /** Stable identifier for storage and code. */
  key: string;
  /** Short label shown next to the line. */
  label: string;
}

export const ORS_ITEM_LABELS: readonly AnalogueItemLabel[] = [
  { number: 1, key: 'individually', label: 'Individually' },
  { number: 2, key: 'interpersonally', label: 'Interpersonally' },
  { number: 3, key: 'socially', label: 'Socially' },
  { number: 4, key: 'overall', label: 'Overall' },
];

export const SRS_ITEM_LABELS: readonly AnalogueItemLabel[] = [
  { number: 1, key: 'bond', label: 'Relationship' },
  { number: 2, key: 'goals', label: 'Goals and topics' },
  { number: 3, key: 'approach', label: 'Approach or method' },
  { number: 4, key: 'overall', label: 'Overall' },
];
