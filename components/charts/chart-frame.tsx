import type { ReactNode } from 'react';

/** Chart geometry shared by the charts: a fixed viewBox scaled to the container's width. */
export const CHART = { width: 640, height: 240, left: 44, right: 20, top: 14, bottom: 40 } as const;
export const PLOT = { x0: CHART.left, x1: CHART.width - CHART.right, y0: CHART.height - CHART.bottom, y1: CHART.top } as const;

/** Maps a value in [min, max] to the plot's y coordinate (max at the top). */
export function yOf(value: number, min: number, max: number): number {
  return PLOT.y0 - ((value - min) / (max - min)) * (PLOT.y0 - PLOT.y1);
}

/** x of the i-th of n evenly spaced points (one point sits in the middle). */
export function xOf(index: number, count: number): number {
  if (count <= 1) return (PLOT.x0 + PLOT.x1) / 2;
  const pad = 24;
  return PLOT.x0 + pad + (index / (count - 1)) * (PLOT.x1 - PLOT.x0 - 2 * pad);
}

export function shortDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone }).format(new Date(iso));
}

/**
 * A chart as a figure: a visible title, a legend, the SVG (an image with a name and a one-line
 * description for screen readers), and the same numbers as a table behind "Show as a table".
 * Server-rendered: no JavaScript.
 */
export function ChartFrame({
  id,
  title,
  headingLevel = 3,
  description,
  legend,
  svg,
  table,
  footer,
}: {
  id: string;
  title: string;
  headingLevel?: 2 | 3 | 4;
  /** One or two sentences saying what the chart shows, shown under the title and read as the image's description. */
  description: string;
  legend?: ReactNode;
  svg: ReactNode;
  table: ReactNode;
  footer?: ReactNode;
}) {
  const Heading = `h${headingLevel}`;
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0">
      <Heading id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </Heading>
      <p id={`${id}-desc`} className="mt-0.5 text-sm text-slate-700">
        {description}
      </p>
      {legend ? <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">{legend}</div> : null}
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-desc`}
        className="mt-2 h-auto w-full"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        {svg}
      </svg>
      {footer}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-800">Show as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

export function LegendItem({ kind, children }: { kind: 'client' | 'therapist' | 'bar' | 'target' | 'cutoff'; children: ReactNode }) {
  const swatch = {
    client: <svg width="28" height="12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6" stroke="#0f766e" strokeWidth="3" /><circle cx="14" cy="6" r="4" fill="#0f766e" /></svg>,
    therapist: <svg width="28" height="12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6" stroke="#475569" strokeWidth="3" strokeDasharray="5 3" /><rect x="10" y="2" width="8" height="8" fill="#475569" /></svg>,
    bar: <svg width="14" height="12" aria-hidden="true"><rect x="0" y="0" width="14" height="12" fill="#0f766e" /></svg>,
    target: <svg width="28" height="12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6" stroke="#b45309" strokeWidth="2" strokeDasharray="6 3" /></svg>,
    cutoff: <svg width="28" height="12" aria-hidden="true"><line x1="0" y1="6" x2="28" y2="6" stroke="#b91c1c" strokeWidth="2" strokeDasharray="6 3" /></svg>,
  }[kind];
  return (
    <span className="inline-flex items-center gap-1.5">
      {swatch}
      {children}
    </span>
  );
}

export const tableClasses = {
  table: 'w-full min-w-[20rem] text-left text-sm',
  th: 'border-b border-slate-200 px-2 py-1.5 font-semibold text-slate-800',
  td: 'border-b border-slate-100 px-2 py-1.5 text-slate-800',
} as const;

/** Horizontal grid lines with their labels on the left. */
export function YAxis({ ticks, min, max }: { ticks: readonly number[]; min: number; max: number }) {
  return (
    <g aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PLOT.x0} x2={PLOT.x1} y1={yOf(tick, min, max)} y2={yOf(tick, min, max)} stroke="#e2e8f0" strokeWidth="1" />
          <text x={PLOT.x0 - 8} y={yOf(tick, min, max) + 4} textAnchor="end" fontSize="12" fill="#475569">
            {tick}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Labels under each point: "S3" and a short date. */
export function XLabels({ labels }: { labels: { key: string; top: string; bottom?: string }[] }) {
  return (
    <g aria-hidden="true">
      {labels.map((label, index) => (
        <text key={label.key} x={xOf(index, labels.length)} y={PLOT.y0 + 16} textAnchor="middle" fontSize="12" fill="#334155">
          {label.top}
          {label.bottom ? (
            <tspan x={xOf(index, labels.length)} dy="14" fontSize="11" fill="#64748b">
              {label.bottom}
            </tspan>
          ) : null}
        </text>
      ))}
    </g>
  );
}

/** Polyline segments through the non-missing values (a gap where a value is missing). */
export function segments(values: readonly (number | null)[], min: number, max: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 1) out.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${xOf(index, values.length).toFixed(1)},${yOf(value, min, max).toFixed(1)}`);
  });
  if (current.length > 1) out.push(current.join(' '));
  return out;
}
