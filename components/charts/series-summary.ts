/**
 * A chart's one-sentence summary, in words that match the line. "From 2 to 2" read as a range
 * on a line that went 1–3, so a summary names the first and the latest point and, when the
 * line went up and down on the way, its lowest and highest too; the trend word is only used
 * when the line really moved one way. A period that is not over yet (the current month) is
 * reported on its own as "so far" and is never part of the trend. Pure: used by every chart.
 */

export interface SummaryPoint {
  /** Where the point sits, as it reads in a sentence: "session 3", "March 2026". */
  readonly label: string;
  /** null: nothing measured there (a gap, never a zero). */
  readonly value: number | null;
}

export interface SummaryOptions {
  /** How a value reads: "4", "4.0 out of 10", "75%". */
  readonly format: (value: number) => string;
  /** The last point is a period that is not over yet (the current month). */
  readonly partialLast?: boolean;
  /** What nothing measured is called, for "No … yet." */
  readonly noun?: string;
}

interface Measured {
  readonly label: string;
  readonly value: number;
}

function extreme(points: readonly Measured[], pick: (a: number, b: number) => boolean): Measured {
  return points.reduce((best, point) => (pick(point.value, best.value) ? point : best));
}

/** The complete points in words: steady, rising, falling, or up and down with first/latest/lowest/highest. */
function describeComplete(points: readonly Measured[], format: (value: number) => string): string {
  const first = points[0]!;
  const latest = points[points.length - 1]!;
  if (points.length === 1) return `${format(first.value)} in ${first.label}.`;
  const steps = points.slice(1).map((point, index) => point.value - points[index]!.value);
  if (steps.every((step) => step === 0))
    return `Steady at ${format(first.value)} from ${first.label} to ${latest.label}.`;
  if (steps.every((step) => step >= 0))
    return `Rising, from ${format(first.value)} in ${first.label} to ${format(latest.value)} in ${latest.label}.`;
  if (steps.every((step) => step <= 0))
    return `Falling, from ${format(first.value)} in ${first.label} to ${format(latest.value)} in ${latest.label}.`;
  const lowest = extreme(points, (a, b) => a < b);
  const highest = extreme(points, (a, b) => a > b);
  const overall =
    latest.value > first.value
      ? 'higher than at the start'
      : latest.value < first.value
        ? 'lower than at the start'
        : 'back where it started';
  return (
    `Up and down, ending ${overall}: first ${format(first.value)} (${first.label}), latest ${format(latest.value)} (${latest.label}), ` +
    `lowest ${format(lowest.value)} (${lowest.label}), highest ${format(highest.value)} (${highest.label}).`
  );
}

export function summariseSeries(points: readonly SummaryPoint[], options: SummaryOptions): string {
  const { format, partialLast = false, noun = 'data' } = options;
  const last = points[points.length - 1];
  const partial =
    partialLast && last !== undefined && last.value !== null ? { label: last.label, value: last.value } : null;
  const complete = (partialLast ? points.slice(0, -1) : points).filter(
    (point): point is Measured => point.value !== null,
  );
  const partialText = partial
    ? `${capitalise(partial.label)} so far: ${format(partial.value)} (not over yet, so not part of the trend).`
    : '';
  if (complete.length === 0) return partial ? partialText : `No ${noun} yet.`;
  return [describeComplete(complete, format), partialText].filter(Boolean).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
