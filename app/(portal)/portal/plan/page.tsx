import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { GoalStandingBadges } from '@/components/goals/goal-pieces';
import { PlanStatusSummary } from '@/components/goals/plan-status';
import { SignPlanForm } from '@/components/goals/sign-plan-form';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { verifySession } from '@/lib/auth/session';
import { getCarePlan } from '@/lib/data/care-plan';
import { FORMULATION_FACTOR_CLIENT_LABELS, FORMULATION_FACTORS } from '@/lib/domain/themes';
import { loadOrNotFound } from '@/lib/page-data';
import { signOwnPlanAction } from './actions';

export const metadata: Metadata = { title: 'Your plan' };

export default async function PortalPlanPage() {
  const [care, principal] = await Promise.all([loadOrNotFound(() => getCarePlan()), verifySession()]);
  const { plan } = care;
  const planGoals = care.goals.filter((goal) => goal.inPlan);
  const signing = care.waiting.find(
    (item) => item.kind === 'sign' || item.kind === 're-consent' || item.kind === 'review',
  );
  const formulation = care.formulation;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-semibold tracking-tight">Your plan</h1>
      <p className="text-slate-800">
        Your plan is the goals you and your therapist have agreed. When you both sign it, you are saying yes to the same
        words.
      </p>
      <Card title="Where your plan stands">
        <PlanStatusSummary
          plan={plan}
          audience="client"
          timeZone={care.timeZone}
          goalHref={(goalId) => `/portal/goals/${goalId}`}
        />
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {/* A full page load (not next/link): the print page's stylesheet carries its own CSP nonce. */}
          <a href="/portal/plan/print">Print or download your plan</a>
          <Link href="/portal/record">Download my record</Link>
        </p>
      </Card>
      {planGoals.length === 0 ? (
        <EmptyState title="No goals in your plan yet">
          <Link href="/portal/goals" className="underline">
            Look at your goals
          </Link>{' '}
          or{' '}
          <Link href="/portal/brainstorm" className="underline">
            start with a few questions
          </Link>
          .
        </EmptyState>
      ) : (
        <Card title="The goals in your plan">
          <ul className="space-y-3">
            {planGoals.map((goal) => (
              <li key={goal.id} className="rounded-lg border border-slate-200 p-3">
                <Link href={`/portal/goals/${goal.id}`} className="font-medium">
                  {goal.current.fields.wording}
                </Link>
                <p className="mt-1 flex flex-wrap gap-2">
                  <GoalStandingBadges goal={goal} audience="client" />
                </p>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {signing ? (
        <Card title={signing.kind === 'review' ? 'Review and sign again' : 'Sign your plan'}>
          <SignPlanForm
            action={signOwnPlanAction}
            planHash={plan.hash}
            expectedName={principal?.name ?? ''}
            needsReason={plan.belowMinimum && !plan.shortfallReasonOnFile}
            minimumGoals={plan.minimumGoals}
            submitLabel="Sign my plan"
            intro={
              `By signing, you agree to these ${plan.goalCount} ${plan.goalCount === 1 ? 'goal' : 'goals'}, ` +
              'as they are worded now. You can still suggest changes later; that is a normal part of the work.'
            }
          />
        </Card>
      ) : null}
      {formulation ? (
        <Card title="How we understand things together">
          <p className="mb-3 text-sm text-slate-700">Your therapist shared this with you.</p>
          <dl className="space-y-3 text-sm">
            {FORMULATION_FACTORS.filter((factor) => formulation[factor]).map((factor) => (
              <div key={factor}>
                <dt className="font-medium text-slate-600">{FORMULATION_FACTOR_CLIENT_LABELS[factor]}</dt>
                <dd className="whitespace-pre-line text-slate-900">{formulation[factor]}</dd>
              </div>
            ))}
          </dl>
        </Card>
      ) : null}
    </div>
  );
}
