import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientTabs } from '@/components/client-tabs';
import { valuesFromVersion } from '@/components/goals/form-values';
import { GoalForm } from '@/components/goals/goal-form';
import { PageHeader } from '@/components/ui/page-header';
import { getGoal } from '@/lib/data/goals';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { reviseGoalAction } from './actions';

export const metadata: Metadata = { title: 'Revise a goal' };

export default async function EditGoalPage({ params }: { params: Promise<{ clientId: string; goalId: string }> }) {
  const route = await params;
  const [clientId, goalId] = [recordIdOrNotFound(route.clientId), recordIdOrNotFound(route.goalId)];
  const detail = await loadOrNotFound(() => getGoal(goalId));
  if (detail.client.id !== clientId || detail.side !== 'therapist' || !detail.canEdit) notFound();
  const { goal } = detail;
  return (
    <>
      <PageHeader
        title="Revise the goal"
        description={
          `A new wording becomes version ${goal.current.number + 1}. Both of you agree to it again; every earlier ` +
          `version is kept.`
        }
      />
      <ClientTabs clientId={clientId} active="plan" />
      <GoalForm
        action={reviseGoalAction}
        audience="therapist"
        initial={valuesFromVersion(goal.current)}
        hidden={{ goalId, expectedVersion: String(goal.current.number) }}
        today={detail.today}
        submitLabel="Save new version"
        pendingLabel="Saving…"
        cancelHref={`/clients/${clientId}/goals/${goalId}`}
        isRevision
      />
    </>
  );
}
