import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientTabs } from '@/components/client-tabs';
import { GoalForm } from '@/components/goals/goal-form';
import { PageHeader } from '@/components/ui/page-header';
import { getCarePlan } from '@/lib/data/care-plan';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { createGoalAction } from './actions';

export const metadata: Metadata = { title: 'Draft a goal' };

export default async function NewGoalPage({ params }: { params: Promise<{ clientId: string }> }) {
  const clientId = recordIdOrNotFound((await params).clientId);
  const care = await loadOrNotFound(() => getCarePlan(clientId));
  if (care.side !== 'therapist') notFound();
  return (
    <>
      <PageHeader
        title={`Draft a goal with ${care.client.displayName}`}
        description="Write it in the client’s own words. The checks on the right update as you type; they never stop you saving."
      />
      <ClientTabs clientId={clientId} active="plan" />
      <GoalForm
        action={createGoalAction}
        audience="therapist"
        initial={{}}
        hidden={{ clientId }}
        today={care.today}
        submitLabel="Propose this goal"
        pendingLabel="Saving…"
        cancelHref={`/clients/${clientId}/plan`}
      />
    </>
  );
}
