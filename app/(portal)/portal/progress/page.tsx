import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { GoalRatingsChart } from '@/components/charts/goal-ratings-chart';
import { ObjectiveWeeksChart } from '@/components/charts/objective-weeks-chart';
import { cx } from '@/components/ui/cx';
import { getMyProgress, type MyGoalProgress } from '@/lib/data/progress';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'My progress' };

export default async function MyProgressPage() {
  const progress = await loadOrNotFound(() => getMyProgress());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">My progress</h1>
        <p className="mt-1 text-slate-700">
          How your goals have moved, in your own ratings. Change is rarely a straight line, and that is fine.
        </p>
      </div>
      {progress.goals.length === 0 ? (
        <section className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-8 text-center">
          <h2 className="text-base font-semibold">No goals to show yet</h2>
          <p className="mx-auto mt-1 max-w-prose text-sm text-slate-700">
            Once you and your therapist have agreed your goals, your ratings from each check-in will build up here.
          </p>
        </section>
      ) : (
        progress.goals.map((goal, index) => (
          <GoalCard key={goal.goalId} goal={goal} index={index} timeZone={progress.timeZone} />
        ))
      )}
      {progress.objectives.length > 0 ? (
        <section
          aria-labelledby="my-steps-heading"
          className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id="my-steps-heading" className="text-lg font-semibold">
            Your steps, week by week
          </h2>
          {progress.objectives.map((objective, index) => (
            <ObjectiveWeeksChart
              key={objective.objectiveId}
              id={`my-steps-${index}`}
              title={objective.description}
              weeks={objective.weeks}
              target={objective.weeklyTarget}
            />
          ))}
          <p className="text-sm">
            <Link href="/portal/steps">Tick off a step</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}

function GoalCard({ goal, index, timeZone }: { goal: MyGoalProgress; index: number; timeZone: string }) {
  const setback = goal.words.tone === 'setback';
  return (
    <section
      aria-labelledby={`my-goal-${index}`}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id={`my-goal-${index}`} className="text-lg font-semibold">
        {goal.wording}
      </h2>
      <div className={cx('rounded-lg px-3 py-2', setback ? 'border border-sky-200 bg-sky-50' : 'bg-brand-50')}>
        <p className="font-medium text-slate-900">{goal.words.headline}</p>
        <p className="mt-0.5 text-sm text-slate-800">{goal.words.body}</p>
      </div>
      {goal.points.length > 0 ? (
        <GoalRatingsChart
          id={`my-goal-chart-${index}`}
          title="Your ratings, session by session"
          points={goal.points.map((p) => ({ number: p.number, date: p.date, client: p.rating }))}
          showTherapist={false}
          timeZone={timeZone}
          clientLabel="Your ratings"
        />
      ) : null}
    </section>
  );
}
