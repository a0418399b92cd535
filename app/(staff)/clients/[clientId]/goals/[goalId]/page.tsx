import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientTabs } from '@/components/client-tabs';
import { CommentForm } from '@/components/goals/comment-form';
import { GoalDetails, LifecycleBadge, PositionsSummary, VersionHistory } from '@/components/goals/goal-pieces';
import { ACHIEVEMENT_LABELS, LIFECYCLE_LABELS } from '@/components/goals/labels';
import { QualityReport } from '@/components/goals/quality-report';
import { RespondForm } from '@/components/goals/respond-form';
import { StatusChangeForm } from '@/components/goals/status-change-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getGoal } from '@/lib/data/goals';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { changeGoalStatusAction, commentOnGoalAction, respondToGoalAction } from './actions';

export const metadata: Metadata = { title: 'Goal' };

const SAVED_MESSAGES: Record<string, string> = {
  created: 'Goal proposed. It counts as your agreement; the client is asked for theirs in the portal.',
  revised: 'New version saved. It counts as your agreement; the client is asked to look again.',
};

export default async function GoalPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string; goalId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [route, { saved }] = await Promise.all([params, searchParams]);
  const [clientId, goalId] = [recordIdOrNotFound(route.clientId), recordIdOrNotFound(route.goalId)];
  const detail = await loadOrNotFound(() => getGoal(goalId));
  if (detail.client.id !== clientId) notFound();
  const { goal } = detail;
  const treating = detail.side === 'therapist';
  return (
    <>
      <PageHeader
        title={goal.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{detail.client.displayName}</span>
            <LifecycleBadge goal={goal} audience="therapist" />
            {goal.inPlan ? (
              <Badge tone={goal.agreed ? 'good' : 'warn'}>{goal.agreed ? 'Agreed by both' : 'Not agreed yet'}</Badge>
            ) : null}
            {goal.achievementStatus ? <Badge tone="info">{ACHIEVEMENT_LABELS[goal.achievementStatus]}</Badge> : null}
          </span>
        }
        actions={
          detail.canEdit && treating ? (
            <ButtonLink href={`/clients/${clientId}/goals/${goalId}/edit`}>Revise the wording</ButtonLink>
          ) : null
        }
      />
      <ClientTabs clientId={clientId} active="plan" />
      {saved && SAVED_MESSAGES[saved] ? (
        <Alert tone="success" className="mb-6">
          {SAVED_MESSAGES[saved]}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={`Version ${goal.current.number}`}>
            <p className="text-lg text-slate-900">“{goal.current.fields.wording}”</p>
            <div className="mt-4">
              <GoalDetails version={goal.current} audience="therapist" />
            </div>
          </Card>
          <Card title="Where each side stands">
            <PositionsSummary goal={goal} audience="therapist" />
            {treating && detail.canRespond ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <RespondForm
                  action={respondToGoalAction}
                  goalId={goal.id}
                  versionNumber={goal.current.number}
                  audience="therapist"
                  current={goal.positionOnCurrent.therapist}
                />
              </div>
            ) : null}
            {detail.canRecordForClient ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <p className="mb-3 text-sm text-slate-700">
                  {detail.client.displayName} has no portal account yet, so you can record the answer they gave you in
                  session. It is marked as recorded by you.
                </p>
                <RespondForm
                  action={respondToGoalAction}
                  goalId={goal.id}
                  versionNumber={goal.current.number}
                  audience="therapist"
                  current={goal.positionOnCurrent.client}
                  onBehalfOfClient
                />
              </div>
            ) : null}
          </Card>
          <Card title="History">
            <VersionHistory goal={goal} audience="therapist" timeZone={detail.timeZone} />
          </Card>
        </div>
        <div className="space-y-6">
          <QualityReport
            report={goal.current.quality}
            audience="therapist"
            headingLevel={2}
            idPrefix="quality-current"
          />
          {detail.canComment || goal.comments.length > 0 ? (
            <Card title="Supervisor comments">
              {goal.comments.length === 0 ? <p className="text-sm text-slate-700">No comments yet.</p> : null}
              <ul className="space-y-3 text-sm">
                {goal.comments.map((comment) => (
                  <li key={comment.id} className="border-l-2 border-sky-300 pl-3">
                    <p className="whitespace-pre-line text-slate-900">{comment.body}</p>
                    <p className="text-slate-700">
                      {comment.authorName}, on version {comment.versionNumber},{' '}
                      {formatDateTime(comment.createdAt, detail.timeZone)}
                    </p>
                  </li>
                ))}
              </ul>
              {detail.canComment ? (
                <div className="mt-4">
                  <CommentForm action={commentOnGoalAction} goalId={goal.id} versionNumber={goal.current.number} />
                </div>
              ) : null}
            </Card>
          ) : null}
          <Card title="Status">
            <ol className="space-y-2 text-sm">
              {goal.statusEvents.map((event, index) => (
                <li key={`${event.createdAt}-${index}`}>
                  <p className="font-medium text-slate-900">
                    {event.fromStatus ? `${LIFECYCLE_LABELS.therapist[event.fromStatus]} → ` : ''}
                    {LIFECYCLE_LABELS.therapist[event.toStatus]}
                    {event.achievementStatus ? ` · ${ACHIEVEMENT_LABELS[event.achievementStatus]}` : ''}
                  </p>
                  <p className="text-slate-700">
                    {event.reason} ({event.userName ?? 'unknown'}, {formatDateTime(event.createdAt, detail.timeZone)})
                  </p>
                </li>
              ))}
            </ol>
            {detail.canChangeStatus && detail.statusChanges.length > 0 ? (
              <div className="mt-4 border-t border-slate-200 pt-4">
                <StatusChangeForm action={changeGoalStatusAction} goalId={goal.id} targets={detail.statusChanges} />
              </div>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
