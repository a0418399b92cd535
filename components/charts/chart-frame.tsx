import type { ReactNode } from 'react';

/**
 * Chart geometry. Each chart is drawn twice from the same code: a wide version for tablets and
 * desktops and a compact one for phones (CSS shows one), so text stays readable at both sizes
 * without any client JavaScript.
 */
export interface Geometry {
  width: number;
  height: number;
  x0: number;
  x1: number;
  /** The bottom of the plot (value = min) … */
  y0: number;
  /** … and its top (value = max). */
  y1: number;
  compact: boolean;
}

export const WIDE: Geometry = { width: 640, height: 240, x0: 44, x1: 620, y0: 200, y1: 14, compact: false };
export const COMPACT: Geometry = { width: 340, height: 230, x0: 30, x1: 332, y0: 190, y1: 12, compact: true };

/** Maps a value in [min, max] to the plot's y coordinate (max at the top). */
export function yOf(g: Geometry, value: number, min: number, max: number): number {
  return g.y0 - ((value - min) / (max - min)) * (g.y0 - g.y1);
}

/**
 * x of the i-th of n evenly spaced points (one point sits in the middle). `reserve` keeps room
 * free at the right of the plot, for labels such as band names.
 */
export function xOf(g: Geometry, index: number, count: number, reserve = 0): number {
  const right = g.x1 - reserve;
  if (count <= 1) return (g.x0 + right) / 2;
  const pad = g.compact ? 14 : 24;
  return g.x0 + pad + (index / (count - 1)) * (right - g.x0 - 2 * pad);
}

/**
 * A chart as a figure: a visible title and one-sentence summary, a legend, the SVG (an image
 * named by the title and described by the summary), and the same numbers as a table behind
 * "Show as a table". Server-rendered: no JavaScript.
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
  /** What the chart shows, in words: shown under the title and read as the image's description. */
  description: string;
  legend?: ReactNode;
  svg: (g: Geometry) => ReactNode;
  table: ReactNode;
  footer?: ReactNode;
}) {
  const Heading = ({ 2: 'h2', 3: 'h3', 4: 'h4' } as const)[headingLevel];
  const drawing = (g: Geometry, className: string) => (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-labelledby={`${id}-${g.compact ? 'c' : 'w'}-title`}
      aria-describedby={`${id}-desc`}
      className={className}
      preserveAspectRatio="xMidYMid meet"
      data-chart={id}
    >
      <title id={`${id}-${g.compact ? 'c' : 'w'}-title`}>{title}</title>
      {svg(g)}
    </svg>
  );
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0">
      <Heading id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </Heading>
      <p id={`${id}-desc`} className="mt-0.5 text-sm text-slate-700">
        {description}
      </p>
      {legend ? <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">{legend}</div> : null}
      {drawing(WIDE, 'mt-2 hidden h-auto w-full sm:block')}
      {drawing(COMPACT, 'mt-2 block h-auto w-full sm:hidden')}
      {footer}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-800">Show as a table</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

export function LegendItem({
  kind,
  children,
}: {
  kind: 'client' | 'therapist' | 'bar' | 'target' | 'cutoff' | 'partial';
  children: ReactNode;
}) {
  const swatch = {
    client: (
      <svg width="28" height="12" aria-hidden="true">
        <line x1="0" y1="6" x2="28" y2="6" stroke="#0f766e" strokeWidth="3" />
        <circle cx="14" cy="6" r="4" fill="#0f766e" />
      </svg>
    ),
    therapist: (
      <svg width="28" height="12" aria-hidden="true">
        <line x1="0" y1="6" x2="28" y2="6" stroke="#475569" strokeWidth="3" strokeDasharray="5 3" />
        <rect x="10" y="2" width="8" height="8" fill="#475569" />
      </svg>
    ),
    bar: (
      <svg width="14" height="12" aria-hidden="true">
        <rect x="0" y="0" width="14" height="12" fill="#0f766e" />
      </svg>
    ),
    target: (
      <svg width="28" height="12" aria-hidden="true">
        <line x1="0" y1="6" x2="28" y2="6" stroke="#b45309" strokeWidth="2" strokeDasharray="6 3" />
      </svg>
    ),
    partial: (
      <svg width="28" height="12" aria-hidden="true">
        <line x1="0" y1="6" x2="28" y2="6" stroke="#0f766e" strokeWidth="2" strokeDasharray="4 4" />
        <circle cx="14" cy="6" r="4" fill="#fff" stroke="#0f766e" strokeWidth="2" />
      </svg>
    ),
    cutoff: (
      <svg width="28" height="12" aria-hidden="true">
        <line x1="0" y1="6" x2="28" y2="6" stroke="#b91c1c" strokeWidth="2" strokeDasharray="6 3" />
      </svg>
    ),
  }[kind];
  return (
    <span className="inline-flex items-center gap-1.5">
      {swatch}
      {children}
    </span>
  );
}

export const tableClasses = {
  table: 'w-full min-w-[18rem] text-left text-sm',
  th: 'border-b border-slate-200 px-2 py-1.5 font-semibold text-slate-800',
  td: 'border-b border-slate-100 px-2 py-1.5 text-slate-800',
} as const;

/** Horizontal grid lines with their labels on the left. */
export function YAxis({ g, ticks, min, max }: { g: Geometry; ticks: readonly number[]; min: number; max: number }) {
  return (
    <g aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={g.x0}
            x2={g.x1}
            y1={yOf(g, tick, min, max)}
            y2={yOf(g, tick, min, max)}
            stroke="#e2e8f0"
            strokeWidth="1"
          />
          <text x={g.x0 - 6} y={yOf(g, tick, min, max) + 4} textAnchor="end" fontSize="12" fill="#475569">
            {tick}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Labels under the points ("S3" and a short date). When they would not fit (many sessions on
 * a phone), only every k-th is drawn, always including the last; dates only when there is room.
 */
export function XLabels({
  g,
  labels,
  reserve = 0,
}: {
  g: Geometry;
  labels: { key: string; top: string; bottom?: string }[];
  reserve?: number;
}) {
  const room = g.x1 - reserve - g.x0;
  const fit = Math.max(1, Math.floor(room / 40));
  const step = Math.ceil(labels.length / fit);
  const withDates = labels.length * 50 <= room;
  return (
    <g aria-hidden="true">
      {labels.map((label, index) =>
        index % step === 0 || index === labels.length - 1 ? (
          <text
            key={label.key}
            x={xOf(g, index, labels.length, reserve)}
            y={g.y0 + 16}
            textAnchor="middle"
            fontSize="12"
            fill="#334155"
          >
            {label.top}
            {label.bottom && withDates ? (
              <tspan x={xOf(g, index, labels.length, reserve)} dy="14" fontSize="11" fill="#64748b">
                {label.bottom}
              </tspan>
            ) : null}
          </text>
        ) : null,
      )}
    </g>
  );
}

/** Polyline segments through the non-missing values (a gap where a value is missing). */
export function segments(
  g: Geometry,
  values: readonly (number | null)[],
  min: number,
  max: number,
  reserve = 0,
): string[] {
  const out: string[] = [];
  let current: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length > 1) out.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${xOf(g, index, values.length, reserve).toFixed(1)},${yOf(g, value, min, max).toFixed(1)}`);
  });
  if (current.length > 1) out.push(current.join(' '));
  return out;
}
