import { GAD7_BANDS, PHQ9_BANDS, SRS_ALLIANCE_THRESHOLD, formatTenths, type SeverityBand } from '@/lib/domain/scoring';
import { summariseSeries } from './series-summary';
import {
  ChartFrame,
  LegendItem,
  segments,
  tableClasses as t,
  xOf,
  XLabels,
  YAxis,
  yOf,
  type Geometry,
} from './chart-frame';
import { shortDate } from '../ui/format';
import type { Instrument } from '@/lib/domain/scoring';

type ChartInstrument = Instrument;

export interface MeasureChartPoint {
  number: number;
  date: string;
  total: number;
  /** ORS: the clinical cutoff at this score (the client's age on its date); null when none applies. */
  cutoff?: number | null;
}

/** Mildest to most severe; a scale with fewer bands takes colours spread over the same range. */
const BAND_FILLS = ['#ecfdf5', '#fefce8', '#fff7ed', '#ffedd5', '#fee2e2'];
const bandFill = (index: number, count: number) =>
  BAND_FILLS[Math.round((index * (BAND_FILLS.length - 1)) / Math.max(1, count - 1))] ?? '#f8fafc';
/**
 * Room at the right of the plot for band and cutoff labels, so no point sits on a label (wide charts only; phones read
 * them from the legend).
 */
const labelRoom = (g: Geometry) => (g.compact ? 0 : 118);

interface InstrumentChart {
  name: string;
  max: number;
  ticks: number[];
  /** What a higher score means, for the description. */
  direction: string;
  bands?: readonly SeverityBand<string>[];
  /**
   * A horizontal line (cutoff) and the range below it shaded as a concern. `at` per point: the
   * ORS cutoff follows the client's age on each score's date (and is absent where none applies).
   */
  line?: { at: (number | null)[]; label: string };
}

/** "Clinical cutoff 25", or "Clinical cutoff 28, then 25 (by age on each date)" when the client came of age in between. */
function orsCutoffLabel(cutoffs: readonly (number | null)[]): string | null {
  const distinct = cutoffs.filter(
    (c, i): c is number => c !== null && c !== cutoffs.slice(0, i).findLast((p) => p !== null),
  );
  if (distinct.length === 0) return null;
  return distinct.length === 1
    ? `Clinical cutoff ${distinct[0]}`
    : `Clinical cutoff ${distinct.join(', then ')} (by age on each date)`;
}

function chartFor(instrument: ChartInstrument, points: readonly MeasureChartPoint[]): InstrumentChart {
  switch (instrument) {
    case 'phq9':
      return { name: 'PHQ-9', max: 27, ticks: [0, 5, 10, 15, 20, 27], direction: 'lower is better', bands: PHQ9_BANDS };
    case 'gad7':
      return { name: 'GAD-7', max: 21, ticks: [0, 5, 10, 15, 21], direction: 'lower is better', bands: GAD7_BANDS };
    case 'ors': {
      const at = points.map((p) => p.cutoff ?? null);
      const label = orsCutoffLabel(at);
      return {
        name: 'ORS',
        max: 40,
        ticks: [0, 10, 20, 30, 40],
        direction: 'higher is better',
        line: label === null ? undefined : { at, label },
      };
    }
    case 'srs':
      return {
        name: 'SRS',
        max: 40,
        ticks: [0, 10, 20, 30, 40],
        direction: 'higher is better',
        line: {
          at: points.length === 0 ? [SRS_ALLIANCE_THRESHOLD] : points.map(() => SRS_ALLIANCE_THRESHOLD),
          label: `Alliance threshold ${SRS_ALLIANCE_THRESHOLD}`,
        },
      };
  }
}

function bandLabel(bands: readonly SeverityBand<string>[] | undefined, total: number): string | null {
  return bands?.find((b) => total >= b.min && total <= b.max)?.label ?? null;
}

/** ORS: clinical at or below the cutoff for the age on the score's date; SRS: a concern below 36. */
function thresholdCell(instrument: ChartInstrument, point: MeasureChartPoint): string {
  if (instrument === 'srs') return point.total < SRS_ALLIANCE_THRESHOLD ? 'Below' : 'At or above';
  const cutoff = point.cutoff ?? null;
  if (cutoff === null) return 'No cutoff';
  return point.total <= cutoff ? `At or below ${cutoff} (clinical)` : `Above ${cutoff}`;
}

function format(instrument: ChartInstrument, value: number): string {
  return instrument === 'ors' || instrument === 'srs' ? formatTenths(value) : String(value);
}

/** Horizontal pieces of a cutoff line: each point's cutoff spans halfway to its neighbours. */
function lineSegments(
  g: Geometry,
  at: readonly (number | null)[],
  reserve: number,
): { x0: number; x1: number; at: number }[] {
  const xs = at.map((_, index) => xOf(g, index, at.length, reserve));
  return at.flatMap((value, index) => {
    if (value === null) return [];
    const x0 = index === 0 ? g.x0 : (xs[index - 1]! + xs[index]!) / 2;
    const x1 = index === at.length - 1 ? g.x1 : (xs[index]! + xs[index + 1]!) / 2;
    return [{ x0, x1, at: value }];
  });
}

/**
 * Totals of one standard measure across sessions, drawn over its severity bands (PHQ-9,
 * GAD-7) or with its cutoff line and the range below it shaded (ORS clinical cutoff by age on
 * each score's date, SRS 36). `cutoffNote` says why an ORS score has no cutoff (age unknown:
 * it asks for the date of birth; under 13).
 */
/**
 * The chart's text alternative: what the totals are, how they moved, the latest band, the cutoff
 * and any note about it. Pure, so it can be checked without rendering.
 */
export function measureChartDescription(
  instrument: ChartInstrument,
  points: readonly MeasureChartPoint[],
  cutoffNote: string | null = null,
): string {
  const chart = chartFor(instrument, points);
  const latest = points[points.length - 1];
  if (!latest) return `No complete ${chart.name} yet.`;
  return (
    `${chart.name} totals (${chart.direction}, 0 to ${chart.max}) over ${points.length} ` +
    `${points.length === 1 ? 'session' : 'sessions'}. ` +
    summariseSeries(
      points.map((p) => ({ label: `session ${p.number}`, value: p.total })),
      { format: (value) => format(instrument, value) },
    ) +
    (chart.bands ? ` Latest band: ${bandLabel(chart.bands, latest.total)}.` : '') +
    (chart.line ? ` ${chart.line.label}.` : '') +
    (cutoffNote ? ` ${cutoffNote}` : '')
  );
}

export function MeasureChart({
  id,
  instrument,
  points,
  cutoffNote = null,
  timeZone,
  headingLevel,
}: {
  id: string;
  instrument: ChartInstrument;
  points: readonly MeasureChartPoint[];
  cutoffNote?: string | null;
  timeZone: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const chart = chartFor(instrument, points);
  const values = points.map((p) => p.total);
  const description = measureChartDescription(instrument, points, cutoffNote);
  return (
    <ChartFrame
      id={id}
      title={chart.name}
      headingLevel={headingLevel}
      description={description}
      legend={
        <>
          <LegendItem kind="client">Total</LegendItem>
          {chart.line ? <LegendItem kind="cutoff">{chart.line.label} (shaded below)</LegendItem> : null}
          {chart.bands ? (
            <span>Shaded bands: {chart.bands.map((b) => `${b.label} ${b.min}–${b.max}`).join(', ')}</span>
          ) : null}
        </>
      }
      svg={(g: Geometry) => {
        const reserve = labelRoom(g);
        const y = (value: number) => yOf(g, value, 0, chart.max);
        return (
          <>
            {chart.bands?.map((band, index) => {
              const top = y(Math.min(band.max + 1, chart.max));
              const bottom = y(band.min);
              return (
                <g key={band.band} aria-hidden="true">
                  <rect
                    x={g.x0}
                    y={top}
                    width={g.x1 - g.x0}
                    height={bottom - top}
                    fill={bandFill(index, chart.bands?.length ?? 1)}
                  />
                  {g.compact ? null : (
                    <text x={g.x1 - 4} y={top + 12} textAnchor="end" fontSize="11" fill="#475569">
                      {band.label}
                    </text>
                  )}
                </g>
              );
            })}
            {chart.line
              ? (() => {
                  const pieces = lineSegments(g, chart.line.at, reserve);
                  const last = pieces[pieces.length - 1];
                  return (
                    <g aria-hidden="true" data-cutoff-line={chart.line.at.map((value) => value ?? '-').join(',')}>
                      {pieces.map((piece) => (
                        <rect
                          key={`shade-${piece.x0}`}
                          x={piece.x0}
                          y={y(piece.at)}
                          width={piece.x1 - piece.x0}
                          height={g.y0 - y(piece.at)}
                          fill="#fef2f2"
                        />
                      ))}
                      {pieces.map((piece) => (
                        <line
                          key={`line-${piece.x0}`}
                          x1={piece.x0}
                          x2={piece.x1}
                          y1={y(piece.at)}
                          y2={y(piece.at)}
                          stroke="#b91c1c"
                          strokeWidth="2"
                          strokeDasharray="6 3"
                        />
                      ))}
                      {g.compact || !last ? null : (
                        <text x={g.x1 - 4} y={y(last.at) - 5} textAnchor="end" fontSize="11" fill="#991b1b">
                          {instrument === 'ors' ? `Clinical cutoff ${last.at}` : chart.line.label}
                        </text>
                      )}
                    </g>
                  );
                })()
              : null}
            <YAxis g={g} ticks={chart.ticks} min={0} max={chart.max} />
            <XLabels
              g={g}
              reserve={reserve}
              labels={points.map((p) => ({
                key: String(p.number),
                top: `S${p.number}`,
                bottom: shortDate(p.date, timeZone),
              }))}
            />
            {segments(g, values, 0, chart.max, reserve).map((line) => (
              <polyline key={line} points={line} fill="none" stroke="#0f766e" strokeWidth="3" />
            ))}
            {values.map((value, index) => (
              <circle
                key={index}
                cx={xOf(g, index, values.length, reserve)}
                cy={y(value)}
                r="5.5"
                fill="#0f766e"
                stroke="#fff"
                strokeWidth="1.5"
              />
            ))}
          </>
        );
      }}
      table={
        <table className={t.table}>
          <caption className="sr-only">{chart.name} totals by session</caption>
          <thead>
            <tr>
              <th scope="col" className={t.th}>
                Session
              </th>
              <th scope="col" className={t.th}>
                Date
              </th>
              <th scope="col" className={t.th}>
                Total
              </th>
              {chart.bands ? (
                <th scope="col" className={t.th}>
                  Band
                </th>
              ) : null}
              {chart.line || cutoffNote ? (
                <th scope="col" className={t.th}>
                  {instrument === 'ors' ? 'Clinical cutoff' : chart.line?.label}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.number}>
                <th scope="row" className={t.td}>
                  {p.number}
                </th>
                <td className={t.td}>{shortDate(p.date, timeZone)}</td>
                <td className={t.td}>{format(instrument, p.total)}</td>
                {chart.bands ? <td className={t.td}>{bandLabel(chart.bands, p.total)}</td> : null}
                {chart.line || cutoffNote ? <td className={t.td}>{thresholdCell(instrument, p)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
