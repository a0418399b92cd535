import { GAD7_BANDS, PHQ9_BANDS, SRS_ALLIANCE_THRESHOLD, formatTenths, type SeverityBand } from '@/lib/domain/scoring';
import { summariseSeries } from './series-summary';
import { ChartFrame, LegendItem, segments, shortDate, tableClasses as t, xOf, XLabels, YAxis, yOf, type Geometry } from './chart-frame';

export type ChartInstrument = 'phq9' | 'gad7' | 'ors' | 'srs';

export interface MeasureChartPoint {
  number: number;
  date: string;
  total: number;
}

/** Mildest to most severe; a scale with fewer bands takes colours spread over the same range. */
const BAND_FILLS = ['#ecfdf5', '#fefce8', '#fff7ed', '#ffedd5', '#fee2e2'];
const bandFill = (index: number, count: number) => BAND_FILLS[Math.round((index * (BAND_FILLS.length - 1)) / Math.max(1, count - 1))] ?? '#f8fafc';
/** Room at the right of the plot for band and cutoff labels, so no point sits on a label (wide charts only; phones read them from the legend). */
const labelRoom = (g: Geometry) => (g.compact ? 0 : 118);

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
  const latest = points[points.length - 1];
  const description = latest
    ? `${chart.name} totals (${chart.direction}, 0 to ${chart.max}) over ${points.length} ${points.length === 1 ? 'session' : 'sessions'}. ` +
      summariseSeries(
        points.map((p) => ({ label: `session ${p.number}`, value: p.total })),
        { format: (value) => format(instrument, value) },
      ) +
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
                  <rect x={g.x0} y={top} width={g.x1 - g.x0} height={bottom - top} fill={bandFill(index, chart.bands?.length ?? 1)} />
                  {g.compact ? null : (
                    <text x={g.x1 - 4} y={top + 12} textAnchor="end" fontSize="11" fill="#475569">
                      {band.label}
                    </text>
                  )}
                </g>
              );
            })}
            {chart.line ? (
              <g aria-hidden="true">
                <rect x={g.x0} y={y(chart.line.at)} width={g.x1 - g.x0} height={g.y0 - y(chart.line.at)} fill="#fef2f2" />
                <line x1={g.x0} x2={g.x1} y1={y(chart.line.at)} y2={y(chart.line.at)} stroke="#b91c1c" strokeWidth="2" strokeDasharray="6 3" />
                {g.compact ? null : (
                  <text x={g.x1 - 4} y={y(chart.line.at) - 5} textAnchor="end" fontSize="11" fill="#991b1b">
                    {chart.line.label}
                  </text>
                )}
              </g>
            ) : null}
            <YAxis g={g} ticks={chart.ticks} min={0} max={chart.max} />
            <XLabels g={g} reserve={reserve} labels={points.map((p) => ({ key: String(p.number), top: `S${p.number}`, bottom: shortDate(p.date, timeZone) }))} />
            {segments(g, values, 0, chart.max, reserve).map((line) => (
              <polyline key={line} points={line} fill="none" stroke="#0f766e" strokeWidth="3" />
            ))}
            {values.map((value, index) => (
              <circle key={index} cx={xOf(g, index, values.length, reserve)} cy={y(value)} r="5.5" fill="#0f766e" stroke="#fff" strokeWidth="1.5" />
            ))}
          </>
        );
      }}
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

