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

export interface GoalChartPoint {
  number: number;
  date: string;
  client: number | null;
  therapist?: number | null;
}

function describe(points: readonly GoalChartPoint[], showTherapist: boolean, clientLabel: string): string {
  const side = (label: string, pick: (p: GoalChartPoint) => number | null) => {
    const series = points.map((p) => ({ label: `session ${p.number}`, value: pick(p) }));
    const count = series.filter((p) => p.value !== null).length;
    if (count === 0) return `No ${label.toLowerCase()} yet.`;
    return `${label}, out of 10, over ${count} ${count === 1 ? 'session' : 'sessions'}. ${summariseSeries(series, { format: String })}`;
  };
  const parts = [side(clientLabel, (p) => p.client)];
  if (showTherapist) parts.push(side('Therapist ratings', (p) => p.therapist ?? null));
  return parts.join(' ');
}

/**
 * A goal's progress ratings (0–10) across sessions: the client's as a solid line with dots and,
 * for staff, the therapist's as a dashed line with squares, so the two can be told apart
 * without colour.
 */
export function GoalRatingsChart({
  id,
  title,
  points,
  showTherapist,
  timeZone,
  clientLabel = 'Client ratings',
  headingLevel,
}: {
  id: string;
  title: string;
  points: readonly GoalChartPoint[];
  showTherapist: boolean;
  timeZone: string;
  clientLabel?: string;
  headingLevel?: 2 | 3 | 4;
}) {
  const client = points.map((p) => p.client);
  const therapist = points.map((p) => p.therapist ?? null);
  return (
    <ChartFrame
      id={id}
      title={title}
      headingLevel={headingLevel}
      description={describe(points, showTherapist, clientLabel)}
      legend={
        <>
          <LegendItem kind="client">{clientLabel}</LegendItem>
          {showTherapist ? <LegendItem kind="therapist">Therapist ratings</LegendItem> : null}
        </>
      }
      svg={(g: Geometry) => (
        <>
          <YAxis g={g} ticks={[0, 2, 4, 6, 8, 10]} min={0} max={10} />
          <XLabels
            g={g}
            labels={points.map((p) => ({
              key: String(p.number),
              top: `S${p.number}`,
              bottom: shortDate(p.date, timeZone),
            }))}
          />
          {showTherapist
            ? segments(g, therapist, 0, 10).map((line) => (
                <polyline
                  key={`t-${line}`}
                  points={line}
                  fill="none"
                  stroke="#475569"
                  strokeWidth="3"
                  strokeDasharray="7 4"
                  data-series="therapist"
                />
              ))
            : null}
          {segments(g, client, 0, 10).map((line) => (
            <polyline
              key={`c-${line}`}
              points={line}
              fill="none"
              stroke="#0f766e"
              strokeWidth="3"
              data-series="client"
            />
          ))}
          {showTherapist
            ? therapist.map((value, index) =>
                value === null ? null : (
                  <rect
                    key={`tp-${index}`}
                    x={xOf(g, index, points.length) - 5}
                    y={yOf(g, value, 0, 10) - 5}
                    width="10"
                    height="10"
                    fill="#475569"
                  />
                ),
              )
            : null}
          {client.map((value, index) =>
            value === null ? null : (
              <circle
                key={`cp-${index}`}
                cx={xOf(g, index, points.length)}
                cy={yOf(g, value, 0, 10)}
                r="5.5"
                fill="#0f766e"
                stroke="#fff"
                strokeWidth="1.5"
              />
            ),
          )}
        </>
      )}
      table={
        <table className={t.table}>
          <caption className="sr-only">{title}: ratings by session</caption>
          <thead>
            <tr>
              <th scope="col" className={t.th}>
                Session
              </th>
              <th scope="col" className={t.th}>
                Date
              </th>
              <th scope="col" className={t.th}>
                {clientLabel.replace(/ ratings?$/, ' rating')}
              </th>
              {showTherapist ? (
                <th scope="col" className={t.th}>
                  Therapist rating
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
                <td className={t.td}>{p.client ?? '—'}</td>
                {showTherapist ? <td className={t.td}>{p.therapist ?? '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
