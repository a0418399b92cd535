/**
 * A small inline trend line: the client's mean goal rating (0–10) at each recent session.
 * Decorative to screen readers except for its text alternative, which says the same in words.
 */
export interface SparklinePoint {
  at: string;
  mean: number;
}

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 3;

export function sparklineSummary(points: readonly SparklinePoint[]): string {
  if (points.length === 0) return 'No goal ratings yet';
  const means = points.map((point) => point.mean);
  const first = means[0]!;
  const last = means[means.length - 1]!;
  if (points.length === 1) return `One rated session: mean goal rating ${first.toFixed(1)} out of 10`;
  // "Up" only when the line went one way; otherwise its lowest and highest too (see series-summary).
  const steps = means.slice(1).map((mean, index) => mean - means[index]!);
  const over = `over ${points.length} sessions`;
  if (steps.every((step) => step === 0)) return `Mean goal rating steady at ${first.toFixed(1)} out of 10 ${over}`;
  if (steps.every((step) => step >= 0))
    return `Mean goal rating up, from ${first.toFixed(1)} to ${last.toFixed(1)} out of 10 ${over}`;
  if (steps.every((step) => step <= 0))
    return `Mean goal rating down, from ${first.toFixed(1)} to ${last.toFixed(1)} out of 10 ${over}`;
  return (
    `Mean goal rating up and down ${over}: first ${first.toFixed(1)}, latest ${last.toFixed(1)}, lowest ` +
    `${Math.min(...means).toFixed(1)}, highest ${Math.max(...means).toFixed(1)} out of 10`
  );
}

export function Sparkline({ points }: { points: readonly SparklinePoint[] }) {
  const summary = sparklineSummary(points);
  if (points.length < 2)
    return <span className="text-xs text-slate-600">{points.length === 0 ? 'No ratings yet' : summary}</span>;
  const x = (index: number) => PAD + (index / (points.length - 1)) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - (value / 10) * (HEIGHT - 2 * PAD);
  const line = points.map((point, index) => `${x(index).toFixed(1)},${y(point.mean).toFixed(1)}`).join(' ');
  const last = points[points.length - 1]!;
  return (
    <span className="inline-flex items-center gap-2">
      <svg
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
        className="shrink-0"
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={y(5)} y2={y(5)} stroke="#e2e8f0" strokeWidth="1" />
        <polyline
          points={line}
          fill="none"
          stroke="#0f766e"
          strokeWidth="2"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
        <circle cx={x(points.length - 1)} cy={y(last.mean)} r="2.5" fill="#0f766e" />
      </svg>
      <span className="sr-only">{summary}</span>
    </span>
  );
}
