import { ChartFrame, segments, tableClasses as t, xOf, XLabels, YAxis, yOf } from './chart-frame';
import { dateTimeFormat } from '@/lib/intl';

export interface MonthlyValue {
  /** 'YYYY-MM' */
  month: string;
  /** null: nothing to measure that month (a gap in the line, never a zero). */
  value: number | null;
  /** What the value is made of, for the table ("12 of 15 sessions"). */
  detail: string;
}

const monthLabel = (month: string, style: 'short' | 'long') => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, number - 1, 1));
  return style === 'short' ? dateTimeFormat({ month: 'short', timeZone: 'UTC' }).format(date) : dateTimeFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
};

function describe(values: readonly MonthlyValue[], format: (value: number) => string, noun: string): string {
  const measured = values.filter((v): v is MonthlyValue & { value: number } => v.value !== null);
  if (measured.length === 0) return `No ${noun} in these months yet.`;
  const first = measured[0]!;
  const last = measured[measured.length - 1]!;
  if (measured.length === 1) return `${format(first.value)} in ${monthLabel(first.month, 'long')}; no other month has data.`;
  return `From ${format(first.value)} in ${monthLabel(first.month, 'long')} to ${format(last.value)} in ${monthLabel(last.month, 'long')}.`;
}

/**
 * One figure month by month (the team trend): a line through the months that have data, a gap
 * where a month has none, with the numbers behind "Show as a table". Server-rendered SVG.
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
}) {
  const series = values.map((v) => v.value);
  return (
    <ChartFrame
      id={id}
      title={title}
      description={describe(values, format, noun)}
      svg={(g) => (
        <>
          <YAxis g={g} ticks={ticks} min={min} max={max} />
          <XLabels g={g} labels={values.map((v) => ({ key: v.month, top: monthLabel(v.month, 'short'), bottom: v.month.slice(0, 4) }))} />
          {segments(g, series, min, max).map((line) => (
            <polyline key={line} points={line} fill="none" stroke="#0f766e" strokeWidth="3" />
          ))}
          {series.map((value, index) => (value === null ? null : <circle key={values[index]!.month} cx={xOf(g, index, series.length)} cy={yOf(g, value, min, max)} r="4.5" fill="#0f766e" stroke="#fff" strokeWidth="1.5" />))}
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
