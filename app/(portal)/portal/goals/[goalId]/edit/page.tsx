import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { valuesFromVersion } from '@/components/goals/form-values';
import { GoalForm } from '@/components/goals/goal-form';
import { getGoal } from '@/lib/data/goals';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { suggestChangeAction } from './actions';

export const metadata: Metadata = { title: 'Suggest a change' };

export default async function PortalEditGoalPage({ params }: { params: Promise<{ goalId: string }> }) {
  const goalId = recordIdOrNotFound((await params).goalId);
  const detail = await loadOrNotFound(() => getGoal(goalId));
  if (!detail.canEdit) notFound();
  const { goal } = detail;
  return (
    <div className="space-y-5">
      <p>
        <Link href={`/portal/goals/${goalId}`}>← Back to the goal</Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">Suggest a change</h1>
      <p className="text-slate-800">
        Changing a goal is a normal part of the work. Your therapist will see exactly what you changed, and the earlier
        wording is kept.
      </p>
      <GoalForm
        action={suggestChangeAction}
        audience="client"
        initial={valuesFromVersion(goal.current)}
        hidden={{ goalId, expectedVersion: String(goal.current.number) }}
        today={detail.today}
        submitLabel="Send my suggestion"
        pendingLabel="Sending…"
        cancelHref={`/portal/goals/${goalId}`}
        isRevision
      />
    </div>
  );
}
