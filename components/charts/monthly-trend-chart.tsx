import { ChartFrame, LegendItem, segments, tableClasses as t, xOf, XLabels, YAxis, yOf } from './chart-frame';
import { monthLabel } from '../ui/format';
import { summariseSeries } from './series-summary';

export interface MonthlyValue {
  /** 'YYYY-MM' */
  month: string;
  /** null: nothing to measure that month (a gap in the line, never a zero). */
  value: number | null;
  /** What the value is made of, for the table ("12 of 15 sessions"). */
  detail: string;
}

/**
 * One figure month by month (the team trend): a line through the months that have data, a gap
 * where a month has none, with the numbers behind "Show as a table". Server-rendered SVG.
 * The current month is not over: with `partialLast` it is drawn apart (a dashed line to a
 * hollow dot, "so far" under its label) and left out of the trend the summary describes, so a
 * half month does not read as a decline.
 */
export function MonthlyTrendChart({
  id,
  title,
  values,
  min,
  max,
  ticks,
  format,
  noun,
  valueLabel,
  partialLast = false,
}: {
  id: string;
  title: string;
  values: readonly MonthlyValue[];
  min: number;
  max: number;
  ticks: readonly number[];
  format: (value: number) => string;
  /** What is missing when nothing is measured ("rated sessions"). */
  noun: string;
  valueLabel: string;
  /** The last month is the current one, not over yet. */
  partialLast?: boolean;
}) {
  const series = values.map((v) => v.value);
  const lastIndex = values.length - 1;
  const partial = partialLast && lastIndex >= 0 ? values[lastIndex]! : null;
  const complete = partial ? [...series.slice(0, -1), null] : series;
  const lastComplete = complete.reduce<number>((found, value, index) => (value === null ? found : index), -1);
  const description = summariseSeries(
    values.map((v) => ({ label: monthLabel(v.month, 'long'), value: v.value })),
    { format, partialLast, noun: `${noun} in these months` },
  );
  return (
    <ChartFrame
      id={id}
      title={title}
      description={description}
      legend={
        partial ? (
          <>
            <LegendItem kind="client">Complete months</LegendItem>
            <LegendItem kind="partial">{monthLabel(partial.month, 'long')} so far</LegendItem>
          </>
        ) : undefined
      }
      svg={(g) => (
        <>
          <YAxis g={g} ticks={ticks} min={min} max={max} />
          <XLabels
            g={g}
            labels={values.map((v, index) => ({
              key: v.month,
              top: monthLabel(v.month, 'short'),
              bottom: partial && index === lastIndex ? 'so far' : v.month.slice(0, 4),
            }))}
          />
          {segments(g, complete, min, max).map((line) => (
            <polyline key={line} points={line} fill="none" stroke="#0f766e" strokeWidth="3" />
          ))}
          {complete.map((value, index) =>
            value === null ? null : (
              <circle
                key={values[index]!.month}
                cx={xOf(g, index, series.length)}
                cy={yOf(g, value, min, max)}
                r="4.5"
                fill="#0f766e"
                stroke="#fff"
                strokeWidth="1.5"
              />
            ),
          )}
          {partial && partial.value !== null ? (
            <g data-partial-month={partial.month}>
              {lastComplete >= 0 ? (
                <line
                  x1={xOf(g, lastComplete, series.length)}
                  y1={yOf(g, complete[lastComplete]!, min, max)}
                  x2={xOf(g, lastIndex, series.length)}
                  y2={yOf(g, partial.value, min, max)}
                  stroke="#0f766e"
                  strokeWidth="2"
                  strokeDasharray="4 4"
                />
              ) : null}
              <circle
                cx={xOf(g, lastIndex, series.length)}
                cy={yOf(g, partial.value, min, max)}
                r="4.5"
                fill="#fff"
                stroke="#0f766e"
                strokeWidth="2.5"
              />
            </g>
          ) : null}
        </>
      )}
      table={
        <table className={t.table}>
          <caption className="sr-only">{title}, by month</caption>
          <thead>
            <tr>
              <th scope="col" className={t.th}>
                Month
              </th>
              <th scope="col" className={t.th}>
                {valueLabel}
              </th>
              <th scope="col" className={t.th}>
                From
              </th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => (
              <tr key={v.month}>
                <th scope="row" className={t.td}>
                  {monthLabel(v.month, 'long')}
                  {partial && v.month === partial.month ? ' (so far)' : ''}
                </th>
                <td className={t.td}>{v.value === null ? '—' : format(v.value)}</td>
                <td className={t.td}>{v.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
