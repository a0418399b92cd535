import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { FocusForm } from '@/components/goals/focus-form';
import { GoalDetails, GoalStandingBadges, PositionsSummary, VersionHistory } from '@/components/goals/goal-pieces';
import { RespondForm } from '@/components/goals/respond-form';
import { WordingDiff } from '@/components/goals/wording-diff';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { getGoal } from '@/lib/data/goals';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { answerGoalAction, setFocusAction } from './actions';

export const metadata: Metadata = { title: 'Your goal' };

const SAVED_MESSAGES: Record<string, string> = {
  created: 'Thank you. Your goal is saved, and your therapist will look at it with you.',
  revised: 'Thank you. Your suggestion is saved; your therapist will be asked to look at it.',
};

export default async function PortalGoalPage({
  params,
  searchParams,
}: {
  params: Promise<{ goalId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [route, { saved }] = await Promise.all([params, searchParams]);
  const goalId = recordIdOrNotFound(route.goalId);
  const detail = await loadOrNotFound(() => getGoal(goalId));
  const { goal } = detail;
  const changedByTherapist = goal.current.authorSide === 'therapist' && goal.current.previousWording !== null;
  const waitingForMe = !goal.closed && goal.positionOnCurrent.client === null;
  return (
    <div className="space-y-5">
      <p>
        <Link href="/portal/goals">← Your goals</Link>
      </p>
      <h1 className="text-2xl font-semibold tracking-tight">Your goal</h1>
      {saved && SAVED_MESSAGES[saved] ? <Alert tone="success">{SAVED_MESSAGES[saved]}</Alert> : null}
      <Card>
        <p className="text-xl leading-snug text-slate-900">“{goal.current.fields.wording}”</p>
        <p className="mt-3 flex flex-wrap gap-2">
          <GoalStandingBadges goal={goal} audience="client" />
          {goal.clientFocus ? <Badge tone="info">Your focus</Badge> : null}
        </p>
        <div className="mt-4">
          <PositionsSummary goal={goal} audience="client" />
        </div>
      </Card>

      {changedByTherapist && goal.current.previousWording !== goal.current.fields.wording ? (
        <Card title="What your therapist changed">
          <WordingDiff before={goal.current.previousWording!} after={goal.current.fields.wording} />
          {goal.current.changeNote ? (
            <p className="mt-2 text-sm text-slate-800">Why: “{goal.current.changeNote}”</p>
          ) : null}
        </Card>
      ) : null}

      {detail.canRespond ? (
        <Card title={waitingForMe ? 'Do you agree?' : 'Your answer'}>
          <p className="mb-3 text-sm text-slate-700">
            There is no wrong answer. If something doesn’t feel right, say so: changing a goal is a normal part of the
            work.
          </p>
          <RespondForm
            action={answerGoalAction}
            goalId={goal.id}
            versionNumber={goal.current.number}
            audience="client"
            current={goal.positionOnCurrent.client}
          />
        </Card>
      ) : null}

      <div className="flex flex-col gap-3 sm:flex-row sm:items-start [&_button]:w-full sm:[&_button]:w-auto">
        {detail.canEdit ? (
          <ButtonLink href={`/portal/goals/${goal.id}/edit`} variant="secondary">
            Suggest a change
          </ButtonLink>
        ) : null}
        {detail.canSetFocus ? <FocusForm action={setFocusAction} goalId={goal.id} focus={goal.clientFocus} /> : null}
      </div>

      <Card title="The details">
        <GoalDetails version={goal.current} audience="client" />
      </Card>

      <details className="rounded-xl border border-slate-200 bg-white p-5">
        <summary className="cursor-pointer font-medium text-brand-800">
          {goal.versions.length === 1
            ? 'How this goal started'
            : `How this goal has changed (${goal.versions.length - 1} ${goal.versions.length === 2 ? 'change' : 'changes'})`}
        </summary>
        <div className="mt-4">
          <VersionHistory goal={goal} audience="client" timeZone={detail.timeZone} />
        </div>
      </details>
    </div>
  );
}
