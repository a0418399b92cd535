import { Link } from '@/components/ui/link';
import { MonthlyTrendChart } from '@/components/charts/monthly-trend-chart';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { TeamDashboard, TeamDashboardRow } from '@/lib/data/team-dashboard';
import type { PooledFigures } from '@/lib/domain/metrics/pooled';
import { decimal, ofCount, percent, plural, signed } from './format';
import { TeamRiskFlags } from './team-risk-flags';

/**
 * The team (or organisation) dashboard: the team's figures at a glance, one row per clinician
 * with the team total last, and the month-by-month trend. Aggregates only: client-level
 * figures are one click away on a clinician's caseload (for their supervisor).
 */
export function TeamDashboardView({ dashboard }: { dashboard: TeamDashboard }) {
  const organisation = dashboard.scope === 'organisation';
  return (
    <div className="space-y-6">
      {dashboard.openRisk ? (
        <TeamRiskFlags
          flags={dashboard.openRisk}
          total={dashboard.total.flags.risk + ownRisk(dashboard)}
          timeZone={dashboard.timeZone}
        />
      ) : null}
      <TeamSummary
        figures={dashboard.total}
        label={organisation ? 'The organisation at a glance' : 'Your team at a glance'}
      />
      <section aria-labelledby="per-clinician-heading">
        <h2 id="per-clinician-heading" className="mb-3 text-lg font-semibold text-slate-900">
          {organisation ? 'By clinician' : 'By therapist'}
        </h2>
        <TeamTable dashboard={dashboard} />
      </section>
      <TeamTrend dashboard={dashboard} />
    </div>
  );
}

/** Open risk flags on the supervisor's own clients: the list includes them, the team figures do not. */
function ownRisk(dashboard: TeamDashboard): number {
  return dashboard.openRisk?.filter((flag) => flag.clinician.isYou).length ?? 0;
}

function Figure({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
      <dd className="mt-0.5 text-xs text-slate-600">{detail}</dd>
    </div>
  );
}

function TeamSummary({ figures, label }: { figures: PooledFigures; label: string }) {
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="sr-only">
        {label}
      </h2>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure
          label="Goal clarity"
          value={figures.clarity.mean === null ? '—' : `${decimal(figures.clarity.mean)} / 5`}
          detail={
            figures.clarity.count === 0
              ? 'No goals rated yet'
              : `Latest rating of ${plural(figures.clarity.count, 'plan goal')}`
          }
        />
        <Figure
          label="Consensus"
          value={percent(figures.consensus)}
          detail={ofCount(figures.consensus, 'plan goals agreed by both')}
        />
        <Figure
          label="Set from the start"
          value={percent(figures.setFromStart)}
          detail={
            figures.setFromStart.denominator === 0
              ? 'No client has had two sessions yet'
              : `${figures.setFromStart.numerator} of ${plural(figures.setFromStart.denominator, 'client')} agreed a goal by session 2`
          }
        />
        <Figure
          label="Rated regularly"
          value={percent(figures.ratedRegularly)}
          detail={ofCount(figures.ratedRegularly, 'sessions with every goal rated')}
        />
        <Figure
          label="SMART goals"
          value={percent(figures.smart)}
          detail={ofCount(figures.smart, 'plan goals pass all five checks')}
        />
        <Figure
          label="Progress"
          value={figures.progress.meanChange === null ? '—' : `${signed(figures.progress.meanChange)} points`}
          detail={
            figures.progress.measuredGoals === 0
              ? 'No goal rated twice yet'
              : `Mean GBO change; ${percent(figures.progress.reliableImprovement)} of ` +
                `${plural(figures.progress.measuredGoals, 'goal')} reliably better`
          }
        />
        <Figure
          label="Open risk flags"
          value={String(figures.flags.risk)}
          detail={
            `${plural(figures.flags.clientsWithRisk, 'client')}; ${figures.flags.notOnTrack} not-on-track ` +
            `${figures.flags.notOnTrack === 1 ? 'flag' : 'flags'}`
          }
        />
        <Figure
          label="Alliance"
          value={figures.alliance.mean === null ? '—' : `${decimal(figures.alliance.mean)} / 40`}
          detail={`Mean latest SRS of ${plural(figures.alliance.count, 'client')}; ${plural(figures.flags.alliance, 'open alliance flag')}`}
        />
      </dl>
    </section>
  );
}

function FigureCells({ figures }: { figures: PooledFigures }) {
  const cell = 'px-3 py-3 tabular-nums';
  return (
    <>
      <td className={cell}>{figures.clients}</td>
      <td className={cell}>{figures.clarity.mean === null ? '—' : decimal(figures.clarity.mean)}</td>
      <td className={cell}>{percent(figures.consensus)}</td>
      <td className={cell}>{percent(figures.setFromStart)}</td>
      <td className={cell}>{percent(figures.ratedRegularly)}</td>
      <td className={cell}>{percent(figures.smart)}</td>
      <td className={cell}>
        {signed(figures.progress.meanChange)}
        <span className="block text-xs text-slate-600">
          {figures.progress.measuredGoals === 0
            ? 'none measured'
            : `${percent(figures.progress.reliableImprovement)} reliably better`}
        </span>
      </td>
      <td className={cell}>
        {figures.flags.risk > 0 ? (
          <Badge tone="bad">{plural(figures.flags.risk, 'risk')}</Badge>
        ) : (
          <span className="text-slate-600">0 risk</span>
        )}
        <span className="block text-xs text-slate-600">{figures.flags.notOnTrack} not on track</span>
      </td>
      <td className={cell}>
        {figures.alliance.mean === null ? '—' : decimal(figures.alliance.mean)}
        <span className="block text-xs text-slate-600">{plural(figures.flags.alliance, 'flag')}</span>
      </td>
    </>
  );
}

function TeamTable({ dashboard }: { dashboard: TeamDashboard }) {
  const organisation = dashboard.scope === 'organisation';
  if (dashboard.rows.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-8 text-center text-sm text-slate-700">
        {organisation
          ? 'No therapists or supervisors yet. Invite staff under Admin → Invitations.'
          : 'When an administrator links therapists to you for supervision, they appear here with their caseloads.'}
      </p>
    );
  }
  const head = 'px-3 py-3 font-semibold';
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[60rem] text-left text-sm">
        <caption className="sr-only">
          {organisation ? 'Every clinician' : 'Your supervisees'} with their clients’ goal clarity, consensus, progress,
          flags and alliance; the total last
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={head}>
              Clinician
            </th>
            <th scope="col" className={head}>
              Clients
            </th>
            <th scope="col" className={head}>
              Clarity (1–5)
            </th>
            <th scope="col" className={head}>
              Consensus
            </th>
            <th scope="col" className={head}>
              From the start
            </th>
            <th scope="col" className={head}>
              Rated regularly
            </th>
            <th scope="col" className={head}>
              SMART
            </th>
            <th scope="col" className={head}>
              Progress
            </th>
            <th scope="col" className={head}>
              Open flags
            </th>
            <th scope="col" className={head}>
              Alliance (SRS)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {dashboard.rows.map((row) => (
            <ClinicianRow key={row.clinician.id} row={row} organisation={organisation} />
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 bg-slate-50 align-top font-semibold">
          <tr>
            <th scope="row" className="px-3 py-3">
              {organisation ? 'Organisation total' : 'Team total'}
            </th>
            <FigureCells figures={dashboard.total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function ClinicianRow({ row, organisation }: { row: TeamDashboardRow; organisation: boolean }) {
  const { clinician } = row;
  return (
    <tr>
      <th scope="row" className="px-3 py-3 font-medium">
        <Link href={`/team/${clinician.id}`}>{clinician.name}</Link>
        <span className="mt-1 flex flex-col items-start gap-0.5 text-xs font-normal text-slate-600">
          {organisation ? <span>{clinician.role === 'supervisor' ? 'Supervisor' : 'Therapist'}</span> : null}
          {organisation && clinician.supervisorName ? <span>Supervised by {clinician.supervisorName}</span> : null}
          {clinician.deactivated ? <Badge>Deactivated</Badge> : null}
        </span>
      </th>
      <FigureCells figures={row.figures} />
    </tr>
  );
}

function TeamTrend({ dashboard }: { dashboard: TeamDashboard }) {
  const { trend } = dashboard;
  return (
    <Card title="Month by month">
      <p className="mb-4 text-sm text-slate-700">
        The last 12 months on the clinic’s calendar ({dashboard.timeZone}), for the clients on{' '}
        {dashboard.scope === 'organisation' ? 'every caseload' : 'your team’s caseloads'} now. This month is not over
        yet: it is drawn as a hollow dot on a dashed line, marked “so far”.
      </p>
      <div className="grid gap-8 md:grid-cols-2">
        <MonthlyTrendChart
          id="trend-rated"
          title="Sessions with every goal rated"
          values={trend.map((m) => ({
            month: m.month,
            value: m.ratedRegularly.value === null ? null : m.ratedRegularly.value * 100,
            detail:
              m.ratedRegularly.denominator === 0
                ? `${plural(m.attendedSessions, 'session')} attended, none with goals to rate`
                : `${m.ratedRegularly.numerator} of ${plural(m.ratedRegularly.denominator, 'session')}`,
          }))}
          min={0}
          max={100}
          ticks={[0, 25, 50, 75, 100]}
          format={(value) => `${Math.round(value)}%`}
          noun="sessions with goals to rate"
          valueLabel="Rated regularly"
          partialLast
        />
        <MonthlyTrendChart
          id="trend-gbo"
          title="Mean goal rating (0–10)"
          values={trend.map((m) => ({ month: m.month, value: m.gbo.mean, detail: plural(m.gbo.count, 'rating') }))}
          min={0}
          max={10}
          ticks={[0, 2, 4, 6, 8, 10]}
          format={(value) => value.toFixed(1)}
          noun="goal ratings"
          valueLabel="Mean rating"
          partialLast
        />
        <MonthlyTrendChart
          id="trend-clarity"
          title="Mean goal clarity (1–5)"
          values={trend.map((m) => ({
            month: m.month,
            value: m.clarity.mean,
            detail: plural(m.clarity.count, 'clarity answer'),
          }))}
          min={1}
          max={5}
          ticks={[1, 2, 3, 4, 5]}
          format={(value) => value.toFixed(1)}
          noun="clarity answers"
          valueLabel="Mean clarity"
          partialLast
        />
        <MonthlyTrendChart
          id="trend-agreed"
          title="Goals agreed by both"
          values={trend.map((m) => ({
            month: m.month,
            value: m.goalsAgreed,
            detail: `${plural(m.attendedSessions, 'session')} attended`,
          }))}
          min={0}
          max={Math.max(4, ...trend.map((m) => m.goalsAgreed))}
          ticks={niceTicks(Math.max(4, ...trend.map((m) => m.goalsAgreed)))}
          format={(value) => String(value)}
          noun="agreed goals"
          valueLabel="Goals agreed"
          partialLast
        />
      </div>
    </Card>
  );
}

/** Whole-number ticks from 0 to max, about five of them. */
function niceTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 4));
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}
