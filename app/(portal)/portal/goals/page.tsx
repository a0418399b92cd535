import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { GoalListItem } from '@/components/goals/goal-pieces';
import { WaitingList } from '@/components/goals/waiting-list';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { getCarePlan } from '@/lib/data/care-plan';
import { MAX_FOCUS_GOALS } from '@/lib/validation/goals';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'Your goals' };

export default async function PortalGoalsPage() {
  const care = await loadOrNotFound(() => getCarePlan());
  const current = care.goals.filter((goal) => !goal.closed && goal.lifecycleStatus !== 'on-hold');
  const earlier = care.goals.filter((goal) => goal.closed || goal.lifecycleStatus === 'on-hold');
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Your goals</h1>
      <p className="text-slate-800">
        These are your goals, in your own words. You and your therapist agree on each one. Changing a goal is a normal
        part of the work.
      </p>
      <WaitingList
        items={care.waiting}
        audience="client"
        goalHref={(goalId) => `/portal/goals/${goalId}`}
        signHref="/portal/plan"
      />
      <div className="flex flex-col gap-3 sm:flex-row">
        <ButtonLink href="/portal/goals/new">Suggest a goal</ButtonLink>
        <ButtonLink href="/portal/brainstorm" variant="secondary">
          Answer the brainstorm questions
        </ButtonLink>
      </div>
      {current.length === 0 ? (
        <EmptyState title="No goals yet">
          You and your therapist will set goals together. You can start by answering a few questions about what you
          would like to change, or suggest a goal yourself.
        </EmptyState>
      ) : (
        <section aria-labelledby="current-goals" className="space-y-3">
          <h2 id="current-goals" className="text-lg font-semibold">
            Your plan
          </h2>
          <p className="text-sm text-slate-700">
            You can choose up to {MAX_FOCUS_GOALS} goals to focus on ({care.focusCount} chosen). See{' '}
            <Link href="/portal/plan" className="underline">
              your plan and signatures
            </Link>
            .
          </p>
          <ul className="space-y-3">
            {current.map((goal) => (
              <li key={goal.id}>
                <GoalListItem goal={goal} href={`/portal/goals/${goal.id}`} audience="client" />
              </li>
            ))}
          </ul>
        </section>
      )}
      {earlier.length > 0 ? (
        <details className="rounded-xl border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-brand-800">
            Goals on hold or finished ({earlier.length})
          </summary>
          <ul className="mt-3 space-y-3">
            {earlier.map((goal) => (
              <li key={goal.id}>
                <GoalListItem goal={goal} href={`/portal/goals/${goal.id}`} audience="client" />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
