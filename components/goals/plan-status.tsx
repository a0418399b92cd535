import { Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { formatDate, formatDateTime } from '@/components/ui/format';
import type { PlanView, SignatureView } from '@/lib/data/care-plan';
import { planMessage, type Audience } from './labels';

const ROLE_WORDS: Record<Audience, Record<SignatureView['role'], string>> = {
  therapist: { client: 'client', therapist: 'therapist', supervisor: 'supervisor, co-signed' },
  client: { client: 'you', therapist: 'your therapist', supervisor: 'supervisor' },
};

/**
 * Where the plan stands: its one status and sentence (from `planMessage`), review date, what
 * still blocks signing (each goal linked), and who signed this version.
 */
export function PlanStatusSummary({
  plan,
  audience,
  timeZone,
  goalHref,
}: {
  plan: PlanView;
  audience: Audience;
  timeZone: string;
  goalHref: (goalId: string) => string;
}) {
  const signatures = (['client', 'therapist', 'supervisor'] as const).flatMap((role) =>
    plan.current[role] ? [plan.current[role]] : [],
  );
  const message = planMessage(plan.standing, audience);
  // Once one side has signed for the review, the review is under way: the sentence says who is next.
  const reviewUnderWay = plan.standing.status === 'signed' && plan.standing.waitingFor !== null;
  return (
    <div className="space-y-3 text-sm" data-testid="plan-status">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-slate-700">Plan status:</span>
        <Badge tone={message.tone}>{message.label}</Badge>
      </p>
      <p className="text-slate-800">{message.sentence}</p>
      {plan.reviewOverdue && !reviewUnderWay ? (
        <Alert tone="warning" title={audience === 'client' ? 'Time to look at your plan again' : 'Review overdue'}>
          The review was due on {formatDate(plan.nextReviewDate)}. A review is both of you signing the plan again.
        </Alert>
      ) : plan.nextReviewDate ? (
        <p className="text-slate-800">Next review by {formatDate(plan.nextReviewDate)}.</p>
      ) : null}
      {plan.blockers.length > 0 && plan.status !== 'signed' ? (
        <div>
          <p className="font-medium text-slate-700">
            {audience === 'client' ? 'Before signing:' : 'Before it can be signed:'}
          </p>
          <ul className="mt-1 list-disc pl-5 text-slate-800">
            {plan.blockerItems.map((blocker) => (
              <li key={blocker.message}>
                {blocker.goalId ? <Link href={goalHref(blocker.goalId)}>{blocker.message}</Link> : blocker.message}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan.belowMinimum && plan.shortfallReasonOnFile ? (
        <p className="text-slate-800">
          Fewer than {plan.minimumGoals} goals, because: “{plan.shortfallReasonOnFile}”
        </p>
      ) : null}
      {signatures.length > 0 ? (
        <div>
          <p className="font-medium text-slate-700">Signed on this version:</p>
          <ul className="mt-1 space-y-1 text-slate-900">
            {signatures.map((signature) => (
              <li key={signature.id}>
                <span aria-hidden="true">✍ </span>
                {signature.typedName} ({ROLE_WORDS[audience][signature.role]}),{' '}
                {formatDateTime(signature.signedAt, timeZone)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {plan.history.length > signatures.length ? (
        <details>
          <summary className="cursor-pointer text-brand-800">Every signature ({plan.history.length})</summary>
          <ul className="mt-2 space-y-1 text-slate-800">
            {plan.history.map((signature) => (
              <li key={signature.id}>
                {signature.typedName} ({ROLE_WORDS[audience][signature.role]}),{' '}
                {formatDateTime(signature.signedAt, timeZone)}, {signature.goalCount}{' '}
                {signature.goalCount === 1 ? 'goal' : 'goals'}
                {signature.nextReviewDate
                  ? `; completed the plan, review by ${formatDate(signature.nextReviewDate)}`
                  : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
