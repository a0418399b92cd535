import { ChartFrame, LegendItem, tableClasses as t, xOf, XLabels, YAxis, yOf, type Geometry } from './chart-frame';
import { shortDate } from '../ui/format';

export interface WeekCount {
  weekStart: string;
  done: number;
}

/** How many times a step was done each week, as bars, with the weekly target as a dashed line. */
export function ObjectiveWeeksChart({
  id,
  title,
  weeks,
  target,
  headingLevel,
}: {
  id: string;
  title: string;
  weeks: readonly WeekCount[];
  target: number | null;
  headingLevel?: 2 | 3 | 4;
}) {
  const max = Math.max(1, target ?? 0, ...weeks.map((w) => w.done));
  const top = max <= 5 ? max : Math.ceil(max / 5) * 5;
  const ticks = top <= 7 ? Array.from({ length: top + 1 }, (_, i) => i) : [0, Math.round(top / 2), top];
  const weekLabel = (weekStart: string) => shortDate(`${weekStart}T12:00:00Z`, 'UTC');
  const latest = weeks[weeks.length - 1];
  const description =
    `Done ${weeks.map((w) => w.done).join(', ')} times in the last ${weeks.length} weeks` +
    (target !== null ? `, against a target of ${target} a week` : '') +
    (latest ? `; ${latest.done} so far this week.` : '.');
  return (
    <ChartFrame
      id={id}
      title={title}
      headingLevel={headingLevel}
      description={description}
      legend={
        <>
          <LegendItem kind="bar">Times done</LegendItem>
          {target !== null ? <LegendItem kind="target">Weekly target</LegendItem> : null}
        </>
      }
      svg={(g: Geometry) => {
        const barWidth = Math.min(40, ((g.x1 - g.x0) / Math.max(weeks.length, 1)) * 0.6);
        return (
          <>
            <YAxis g={g} ticks={ticks} min={0} max={top} />
            <XLabels g={g} labels={weeks.map((w) => ({ key: w.weekStart, top: weekLabel(w.weekStart) }))} />
            {weeks.map((w, index) => (
              <rect
                key={w.weekStart}
                x={xOf(g, index, weeks.length) - barWidth / 2}
                y={yOf(g, w.done, 0, top)}
                width={barWidth}
                height={g.y0 - yOf(g, w.done, 0, top)}
                fill="#0f766e"
                rx="2"
              />
            ))}
            {target !== null ? (
              <line
                x1={g.x0}
                x2={g.x1}
                y1={yOf(g, target, 0, top)}
                y2={yOf(g, target, 0, top)}
                stroke="#b45309"
                strokeWidth="2"
                strokeDasharray="6 3"
                aria-hidden="true"
              />
            ) : null}
          </>
        );
      }}
      table={
        <table className={t.table}>
          <caption className="sr-only">{title}: times done each week</caption>
          <thead>
            <tr>
              <th scope="col" className={t.th}>
                Week starting
              </th>
              <th scope="col" className={t.th}>
                Times done
              </th>
              {target !== null ? (
                <th scope="col" className={t.th}>
                  Target
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row" className={t.td}>
                  {weekLabel(w.weekStart)}
                </th>
                <td className={t.td}>{w.done}</td>
                {target !== null ? <td className={t.td}>{target}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
