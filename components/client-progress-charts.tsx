import type { ClientProgress, MeasureSeries } from '@/lib/data/progress';
import { GBO_RELIABLE_CHANGE, formatTenths, type ChangeClassification } from '@/lib/domain/scoring';
import { GoalRatingsChart } from './charts/goal-ratings-chart';
import { MeasureChart } from './charts/measure-chart';
import { ObjectiveWeeksChart } from './charts/objective-weeks-chart';
import { tableClasses as t } from './charts/chart-frame';
import { shortDate } from './ui/format';
import { INSTRUMENT_LABELS } from '@/lib/domain/scoring';

function signed(value: number, decimals: boolean): string {
  const text = decimals ? formatTenths(Math.abs(value)) : String(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : '0';
}

/** After the change: whether it counts as a reliable improvement or deterioration, or nothing. */
function reliableWords(change: { reliableImprovement: boolean; reliableDeterioration: boolean }): string {
  if (change.reliableImprovement) return ' (a reliable improvement)';
  if (change.reliableDeterioration) return ' (a reliable deterioration)';
  return '';
}

function changeText(series: MeasureSeries, change: ChangeClassification): string {
  const decimals = series.instrument === 'ors';
  const parts = [`Change since the first: ${signed(change.change, decimals)}`];
  if (change.reliableImprovement) parts.push('a reliable improvement');
  if (change.reliableDeterioration) parts.push('a reliable deterioration');
  if (change.recovery === 'recovered')
    parts.push('recovered (in the clinical range at the first score, outside it at the latest)');
  if (change.recovery === 'not-recovered') parts.push('still in the clinical range');
  return `${parts.join('; ')}.`;
}

/** Everything on a client's progress, for their clinician: goals, measures, GAS and steps. */
export function ClientProgressCharts({ progress, timeZone }: { progress: ClientProgress; timeZone: string }) {
  const measures = progress.measures.filter((m) => m.points.length > 0);
  return (
    <div className="space-y-8">
      <section aria-labelledby="goal-progress-heading" className="space-y-6">
        <h3 id="goal-progress-heading" className="text-base font-semibold text-slate-900">
          Goals: progress ratings (0–10)
        </h3>
        {progress.goals.length === 0 ? (
          <p className="text-sm text-slate-700">
            There are no active goals yet. Once the plan is signed, each check-in and session rates them here.
          </p>
        ) : (
          progress.goals.map((goal, index) => (
            <div key={goal.goalId} className="border-t border-slate-100 pt-4">
              <GoalRatingsChart
                id={`goal-chart-${index}`}
                title={goal.wording}
                points={goal.points}
                showTherapist
                timeZone={timeZone}
                headingLevel={4}
              />
              <p className="mt-2 text-sm text-slate-800">
                {goal.change
                  ? `Client’s change since the first rating: ` +
                    `${signed(goal.change.change, false)}${reliableWords(goal.change)}; ` +
                    `${GBO_RELIABLE_CHANGE} points or more counts as reliable.`
                  : 'Not rated by the client yet.'}
                {goal.latestClarity !== null ? ` Latest clarity: ${goal.latestClarity} of 5.` : ''}
                {goal.lifecycleStatus !== 'active' ? ` This goal is ${goal.lifecycleStatus.replace('-', ' ')}.` : ''}
              </p>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="measures-heading" className="space-y-6">
        <h3 id="measures-heading" className="text-base font-semibold text-slate-900">
          Questionnaires
        </h3>
        {measures.length === 0 ? (
          <p className="text-sm text-slate-700">No questionnaires have been completed yet.</p>
        ) : (
          measures.map((series) => (
            <div key={series.instrument} className="border-t border-slate-100 pt-4">
              <MeasureChart
                id={`measure-${series.instrument}`}
                instrument={series.instrument}
                points={series.points}
                cutoffNote={series.cutoffNote}
                timeZone={timeZone}
                headingLevel={4}
              />
              {series.change || series.cutoffNote ? (
                <p className="mt-2 text-sm text-slate-800">
                  {series.change ? changeText(series, series.change) : null}
                  {series.change && series.cutoffNote ? ' ' : null}
                  {series.cutoffNote}
                </p>
              ) : null}
            </div>
          ))
        )}
      </section>

      {progress.gas.length > 0 ? (
        <section aria-labelledby="gas-heading">
          <h3 id="gas-heading" className="text-base font-semibold text-slate-900">
            Goal attainment (GAS T-score)
          </h3>
          <p className="mt-1 text-sm text-slate-700">
            50 means every rated goal reached its expected level; weights and ρ = 0.3 are applied.
          </p>
          <table className={`${t.table} mt-2`}>
            <caption className="sr-only">GAS T-score by session</caption>
            <thead>
              <tr>
                <th scope="col" className={t.th}>
                  Session
                </th>
                <th scope="col" className={t.th}>
                  Date
                </th>
                <th scope="col" className={t.th}>
                  T-score
                </th>
                <th scope="col" className={t.th}>
                  Goals rated
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.gas.map((row) => (
                <tr key={row.number}>
                  <th scope="row" className={t.td}>
                    {row.number}
                  </th>
                  <td className={t.td}>{shortDate(row.date, timeZone)}</td>
                  <td className={t.td}>{row.tScore.toFixed(1)}</td>
                  <td className={t.td}>{row.goalsRated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      <section aria-labelledby="steps-heading" className="space-y-6">
        <h3 id="steps-heading" className="text-base font-semibold text-slate-900">
          Steps between sessions
        </h3>
        {progress.objectives.length === 0 ? (
          <p className="text-sm text-slate-700">No steps have been set for the active goals.</p>
        ) : (
          progress.objectives.map((objective, index) => (
            <div key={objective.objectiveId} className="border-t border-slate-100 pt-4">
              <ObjectiveWeeksChart
                id={`steps-${index}`}
                title={`${objective.description}${objective.frequency ? ` (${objective.frequency})` : ''}`}
                weeks={objective.weeks}
                target={objective.weeklyTarget}
                headingLevel={4}
              />
            </div>
          ))
        )}
      </section>
    </div>
  );
}

export { INSTRUMENT_LABELS };
