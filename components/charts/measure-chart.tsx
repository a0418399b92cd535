import { GAD7_BANDS, PHQ9_BANDS, SRS_ALLIANCE_THRESHOLD, formatTenths, type SeverityBand } from '@/lib/domain/scoring';
import { ChartFrame, LegendItem, PLOT, segments, shortDate, tableClasses as t, xOf, XLabels, YAxis, yOf } from './chart-frame';

export type ChartInstrument = 'phq9' | 'gad7' | 'ors' | 'srs';

export interface MeasureChartPoint {
  number: number;
  date: string;
  total: number;
}

const BAND_FILLS = ['#ecfdf5', '#fefce8', '#fff7ed', '#ffedd5', '#fee2e2'];

interface InstrumentChart {
  name: string;
  max: number;
  ticks: number[];
  /** What a higher score means, for the description. */
  direction: string;
  bands?: readonly SeverityBand<string>[];
  /** A horizontal line (cutoff), and the range it marks as a concern. */
  line?: { at: number; label: string; shadeBelow: boolean };
}

function chartFor(instrument: ChartInstrument, cutoff: number | null): InstrumentChart {
  switch (instrument) {
    case 'phq9':
      return { name: 'PHQ-9', max: 27, ticks: [0, 5, 10, 15, 20, 27], direction: 'lower is better', bands: PHQ9_BANDS };
    case 'gad7':
      return { name: 'GAD-7', max: 21, ticks: [0, 5, 10, 15, 21], direction: 'lower is better', bands: GAD7_BANDS };
    case 'ors':
      return {
        name: 'ORS',
        max: 40,
        ticks: [0, 10, 20, 30, 40],
        direction: 'higher is better',
        line: cutoff === null ? undefined : { at: cutoff, label: `Clinical cutoff ${cutoff}`, shadeBelow: true },
      };
    case 'srs':
      return { name: 'SRS', max: 40, ticks: [0, 10, 20, 30, 40], direction: 'higher is better', line: { at: SRS_ALLIANCE_THRESHOLD, label: `Alliance threshold ${SRS_ALLIANCE_THRESHOLD}`, shadeBelow: true } };
  }
}

function bandLabel(bands: readonly SeverityBand<string>[] | undefined, total: number): string | null {
  return bands?.find((b) => total >= b.min && total <= b.max)?.label ?? null;
}

function format(instrument: ChartInstrument, value: number): string {
  return instrument === 'ors' || instrument === 'srs' ? formatTenths(value) : String(value);
}

/**
 * Totals of one standard measure across sessions, drawn over its severity bands (PHQ-9,
 * GAD-7) or with its cutoff line and the range below it shaded (ORS clinical cutoff, SRS 36).
 */
export function MeasureChart({ id, instrument, points, cutoff = null, timeZone, headingLevel }: { id: string; instrument: ChartInstrument; points: readonly MeasureChartPoint[]; cutoff?: number | null; timeZone: string; headingLevel?: 2 | 3 | 4 }) {
  const chart = chartFor(instrument, cutoff);
  const values = points.map((p) => p.total);
  const first = points[0];
  const latest = points[points.length - 1];
  const description =
    first && latest
      ? `${chart.name} totals (${chart.direction}, 0 to ${chart.max}) ${points.length === 1 ? `of ${format(instrument, first.total)}` : `from ${format(instrument, first.total)} to ${format(instrument, latest.total)}`} over ${points.length} ${points.length === 1 ? 'session' : 'sessions'}.` +
        (chart.bands ? ` Latest band: ${bandLabel(chart.bands, latest.total)}.` : '') +
        (chart.line ? ` ${chart.line.label}.` : '')
      : `No complete ${chart.name} yet.`;
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
          {chart.bands ? <span>Shaded bands: {chart.bands.map((b) => `${b.label} ${b.min}–${b.max}`).join(', ')}</span> : null}
        </>
      }
      svg={
        <>
          {chart.bands?.map((band, index) => {
            const top = yOf(Math.min(band.max + 1, chart.max), 0, chart.max);
            const bottom = yOf(band.min, 0, chart.max);
            return (
              <g key={band.band} aria-hidden="true">
                <rect x={PLOT.x0} y={top} width={PLOT.x1 - PLOT.x0} height={bottom - top} fill={BAND_FILLS[index] ?? '#f8fafc'} />
                <text x={PLOT.x1 - 4} y={top + 12} textAnchor="end" fontSize="11" fill="#475569">
                  {band.label}
                </text>
              </g>
            );
          })}
          {chart.line ? (
            <g aria-hidden="true">
              <rect x={PLOT.x0} y={yOf(chart.line.at, 0, chart.max)} width={PLOT.x1 - PLOT.x0} height={PLOT.y0 - yOf(chart.line.at, 0, chart.max)} fill="#fef2f2" />
              <line x1={PLOT.x0} x2={PLOT.x1} y1={yOf(chart.line.at, 0, chart.max)} y2={yOf(chart.line.at, 0, chart.max)} stroke="#b91c1c" strokeWidth="2" strokeDasharray="6 3" />
              <text x={PLOT.x1 - 4} y={yOf(chart.line.at, 0, chart.max) - 5} textAnchor="end" fontSize="11" fill="#991b1b">
                {chart.line.label}
              </text>
            </g>
          ) : null}
          <YAxis ticks={chart.ticks} min={0} max={chart.max} />
          <XLabels labels={points.map((p) => ({ key: String(p.number), top: `S${p.number}`, bottom: shortDate(p.date, timeZone) }))} />
          {segments(values, 0, chart.max).map((line) => (
            <polyline key={line} points={line} fill="none" stroke="#0f766e" strokeWidth="3" />
          ))}
          {values.map((value, index) => (
            <circle key={index} cx={xOf(index, values.length)} cy={yOf(value, 0, chart.max)} r="5.5" fill="#0f766e" stroke="#fff" strokeWidth="1.5" />
          ))}
        </>
      }
      table={
        <table className={t.table}>
          <caption className="sr-only">{chart.name} totals by session</caption>
          <thead>
            <tr>
              <th scope="col" className={t.th}>Session</th>
              <th scope="col" className={t.th}>Date</th>
              <th scope="col" className={t.th}>Total</th>
              {chart.bands ? <th scope="col" className={t.th}>Band</th> : null}
              {chart.line ? <th scope="col" className={t.th}>{chart.line.label}</th> : null}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.number}>
                <th scope="row" className={t.td}>{p.number}</th>
                <td className={t.td}>{shortDate(p.date, timeZone)}</td>
                <td className={t.td}>{format(instrument, p.total)}</td>
                {chart.bands ? <td className={t.td}>{bandLabel(chart.bands, p.total)}</td> : null}
                {chart.line ? <td className={t.td}>{instrument === 'ors' ? (p.total <= chart.line.at ? 'At or below' : 'Above') : p.total < chart.line.at ? 'Below' : 'At or above'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

