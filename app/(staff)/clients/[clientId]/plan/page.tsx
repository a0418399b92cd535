import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ClientTabs } from '@/components/client-tabs';
import { GoalListItem } from '@/components/goals/goal-pieces';
import { FormulationForm } from '@/components/goals/formulation-form';
import { PlanStatusSummary } from '@/components/goals/plan-status';
import { SignPlanForm } from '@/components/goals/sign-plan-form';
import { WaitingList } from '@/components/goals/waiting-list';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { verifySession } from '@/lib/auth/session';
import { getCarePlan, type CarePlan } from '@/lib/data/care-plan';
import { getClientProgress, type ClientProgress } from '@/lib/data/progress';
import type { FormulationView } from '@/lib/data/formulation';
import { FORMULATION_FACTOR_LABELS, FORMULATION_FACTORS } from '@/lib/domain/themes';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { saveFormulationAction, signPlanAction } from './actions';

export const metadata: Metadata = { title: 'Goals and plan' };

// What the plan now is shows in its status (one place); only the co-signature, which is not
// part of the plan's status, is confirmed here.
const SIGNED_MESSAGES: Record<string, string> = {
  cosigned: 'You co-signed this version of the plan.',
};

export default async function ClientPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<{ signed?: string }>;
}) {
  const [route, { signed }] = await Promise.all([params, searchParams]);
  const clientId = recordIdOrNotFound(route.clientId);
  const [care, principal, progress] = await Promise.all([
    loadOrNotFound(() => getCarePlan(clientId)),
    verifySession(),
    loadOrNotFound(() => getClientProgress(clientId)),
  ]);
  const treating = care.side === 'therapist';
  const { plan } = care;
  return (
    <>
      <PageHeader
        title={care.client.displayName}
        description="Goals and plan: set together, agreed by both, signed by both."
        actions={treating ? <ButtonLink href={`/clients/${clientId}/goals/new`}>Add a goal</ButtonLink> : null}
      />
      <ClientTabs clientId={clientId} active="plan" />
      {signed && SIGNED_MESSAGES[signed] ? (
        <Alert tone="success" className="mb-6">
          {SIGNED_MESSAGES[signed]}
        </Alert>
      ) : null}
      {care.relationship === 'supervising' ? (
        <Alert tone="info" className="mb-6">
          You are viewing this plan as the supervisor of the treating clinician. You can comment on goals and co-sign a
          signed plan.
        </Alert>
      ) : null}
      {treating ? (
        <WaitingList
          items={care.waiting}
          audience="therapist"
          goalHref={(goalId) => `/clients/${clientId}/goals/${goalId}`}
          signHref="#sign"
        />
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Goals">
            {care.goals.length === 0 ? (
              <EmptyState
                title="No goals yet"
                action={
                  treating ? (
                    <ButtonLink href={`/clients/${clientId}/goals/new`}>Draft the first goal</ButtonLink>
                  ) : null
                }
              >
                Goals are set together, in the client’s own words. The client can also propose goals and answer the
                brainstorm questions in the portal.
              </EmptyState>
            ) : (
              <ul className="space-y-3">
                {care.goals.map((goal) => (
                  <li key={goal.id}>
                    <GoalListItem goal={goal} href={`/clients/${clientId}/goals/${goal.id}`} audience="therapist" />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="Formulation (5 P’s)">
            {treating ? (
              <FormulationForm action={saveFormulationAction} clientId={clientId} formulation={care.formulation!} />
            ) : care.formulation ? (
              <FormulationText formulation={care.formulation} />
            ) : null}
            {care.formulation && care.formulation.history.length > 0 ? (
              <FormulationHistory formulation={care.formulation} timeZone={care.timeZone} />
            ) : null}
          </Card>
        </div>

        <div className="space-y-6">
          <Card title="Plan">
            <PlanStatusSummary
              plan={plan}
              audience="therapist"
              timeZone={care.timeZone}
              goalHref={(goalId) => `/clients/${clientId}/goals/${goalId}`}
            />
            <SigningSection care={care} principalName={principal?.name ?? ''} clientId={clientId} />
            <p className="mt-4 border-t border-slate-200 pt-3 text-sm">
              {/* A full page load (not next/link): the print page's stylesheet carries its own CSP nonce. */}
              <a href={`/clients/${clientId}/plan/print`}>Print or download the plan (PDF)</a>
            </p>
          </Card>
          <Card title="Progress at a glance">
            <ProgressGlance progress={progress} clientId={clientId} />
          </Card>
          <Card title="Brainstorm answers">
            <BrainstormAnswers care={care} />
          </Card>
        </div>
      </div>
    </>
  );
}

function SigningSection({
  care,
  principalName,
  clientId,
}: {
  care: CarePlan;
  principalName: string;
  clientId: string;
}) {
  const { plan } = care;
  if (care.side === 'therapist') {
    if (!plan.canSign || plan.signedThisRound.therapist) return null;
    const review = plan.status === 'signed';
    const form = (
      <SignPlanForm
        action={signPlanAction}
        clientId={clientId}
        planHash={plan.hash}
        expectedName={principalName}
        needsReason={plan.belowMinimum && !plan.shortfallReasonOnFile}
        minimumGoals={plan.minimumGoals}
        submitLabel={review ? 'Sign again to review' : 'Sign the plan'}
        intro={
          `You are signing version ${plan.hash.slice(0, 8)} of the plan: ` +
          `the ${plan.goalCount} ${plan.goalCount === 1 ? 'goal' : 'goals'} above, as worded now.`
        }
      />
    );
    return (
      <section id="sign" aria-labelledby="sign-heading" className="mt-5 border-t border-slate-200 pt-4">
        <h3 id="sign-heading" className="mb-2 font-semibold text-slate-900">
          {review ? 'Review the plan' : 'Sign the plan'}
        </h3>
        {review && !plan.reviewOverdue && !plan.signedThisRound.client ? (
          <details>
            <summary className="cursor-pointer text-sm text-brand-800">Start a review now (both sign again)</summary>
            <div className="mt-3">{form}</div>
          </details>
        ) : (
          form
        )}
      </section>
    );
  }
  if (care.canSupervise && plan.status === 'signed' && !plan.current.supervisor) {
    return (
      <section aria-labelledby="cosign-heading" className="mt-5 border-t border-slate-200 pt-4">
        <h3 id="cosign-heading" className="mb-2 font-semibold text-slate-900">
          Co-sign as supervisor
        </h3>
        <SignPlanForm
          action={signPlanAction}
          clientId={clientId}
          planHash={plan.hash}
          expectedName={principalName}
          needsReason={false}
          minimumGoals={plan.minimumGoals}
          submitLabel="Co-sign this version"
          intro="Co-signing records that you have read this version of the plan, as signed by the client and the therapist."
        />
      </section>
    );
  }
  return null;
}

/** Each goal's latest client rating beside its first, with the charts one click away. */
function ProgressGlance({ progress, clientId }: { progress: ClientProgress; clientId: string }) {
  const rated = progress.goals.filter((goal) => goal.points.some((point) => point.client !== null));
  return (
    <div className="space-y-3 text-sm">
      {rated.length === 0 ? (
        <p className="text-slate-700">
          No goal has a client rating yet. Ratings come from each check-in and session once the plan is signed.
        </p>
      ) : (
        <ul className="space-y-2">
          {rated.map((goal) => {
            const ratings = goal.points.flatMap((point) => (point.client === null ? [] : [point.client]));
            const first = ratings[0]!;
            const latest = ratings[ratings.length - 1]!;
            return (
              <li key={goal.goalId}>
                <p className="font-medium text-slate-900">{goal.wording}</p>
                <p className="text-slate-700">
                  {ratings.length === 1
                    ? `Rated ${latest} of 10 once`
                    : `Latest ${latest} of 10, first ${first} (${ratings.length} ratings, ` +
                      `lowest ${Math.min(...ratings)}, highest ${Math.max(...ratings)})`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={`/clients/${clientId}/sessions`}>Charts, questionnaires and sessions</Link>
      </p>
    </div>
  );
}

function FormulationText({ formulation }: { formulation: FormulationView }) {
  const filled = FORMULATION_FACTORS.filter((factor) => formulation[factor]);
  if (filled.length === 0)
    return <p className="text-sm text-slate-700">The therapist has not written a formulation yet.</p>;
  return (
    <div className="space-y-3 text-sm">
      <dl className="space-y-3">
        {filled.map((factor) => (
          <div key={factor}>
            <dt className="font-medium text-slate-600">{FORMULATION_FACTOR_LABELS[factor]}</dt>
            <dd className="whitespace-pre-line text-slate-900">{formulation[factor]}</dd>
          </div>
        ))}
      </dl>
      <p className="text-slate-700">
        {formulation.sharedWithClient ? 'Shared with the client.' : 'Not shared with the client.'}
      </p>
    </div>
  );
}

function FormulationHistory({ formulation, timeZone }: { formulation: FormulationView; timeZone: string }) {
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer text-brand-800">Earlier versions ({formulation.history.length})</summary>
      <ol className="mt-2 space-y-3">
        {formulation.history.map((version) => (
          <li key={version.version} className="border-l-2 border-slate-300 pl-3">
            <p className="text-slate-700">
              Version {version.version}, {version.editedByName ?? 'unknown'},{' '}
              {formatDateTime(version.createdAt, timeZone)}
              {version.sharedWithClient ? ' · shared with the client' : ''}
            </p>
            <dl className="mt-1 space-y-1">
              {FORMULATION_FACTORS.filter((factor) => version.fields[factor]).map((factor) => (
                <div key={factor}>
                  <dt className="inline font-medium text-slate-600">{FORMULATION_FACTOR_LABELS[factor]}: </dt>
                  <dd className="inline whitespace-pre-line text-slate-900">{version.fields[factor]}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </details>
  );
}

function BrainstormAnswers({ care }: { care: CarePlan }) {
  const answered = care.brainstorm.filter((answer) => answer.answer !== null);
  if (answered.length === 0)
    return (
      <p className="text-sm text-slate-700">
        The client has not answered the brainstorm questions yet. They can in the portal, before or during goal setting.
      </p>
    );
  return (
    <dl className="space-y-3 text-sm">
      {answered.map((answer) => (
        <div key={answer.prompt}>
          <dt className="font-medium text-slate-600">{answer.question}</dt>
          <dd className="whitespace-pre-line text-slate-900">{answer.answer}</dd>
        </div>
      ))}
    </dl>
  );
}
