import { Badge } from '@/components/ui/badge';
import { formatDate } from '@/components/ui/format';
import type { OpenFlagCounts } from '@/lib/data/caseload-dashboard';
import type { RollupPlanStatus } from '@/lib/domain/metrics/client-rollup';

const PLAN_WORDS: Record<RollupPlanStatus, { label: string; tone: 'neutral' | 'good' | 'warn' | 'info' }> = {
  none: { label: 'No goals yet', tone: 'neutral' },
  unsigned: { label: 'Not signed yet', tone: 'info' },
  signed: { label: 'Signed', tone: 'good' },
  'needs-re-consent': { label: 'Needs re-consent', tone: 'warn' },
};

/** Where the plan stands, with its review: overdue (red), due soon (date), or just the date. */
export function PlanStatusBadges({
  plan,
}: {
  plan: { status: RollupPlanStatus; nextReviewDate: string | null; reviewOverdue: boolean; reviewDue: boolean };
}) {
  const words = PLAN_WORDS[plan.status];
  return (
    <span className="flex flex-col items-start gap-1">
      <Badge tone={words.tone}>{words.label}</Badge>
      {plan.status !== 'none' && plan.reviewOverdue ? <Badge tone="bad">Review overdue</Badge> : null}
      {plan.status !== 'none' && !plan.reviewOverdue && plan.nextReviewDate ? (
        <span className={plan.reviewDue ? 'text-xs font-medium text-amber-900' : 'text-xs text-slate-600'}>
          Review by {formatDate(plan.nextReviewDate)}
        </span>
      ) : null}
    </span>
  );
}

const FLAG_WORDS: {
  key: Exclude<keyof OpenFlagCounts, 'total'>;
  one: string;
  many: string;
  tone: 'bad' | 'warn' | 'info' | 'neutral';
}[] = [
  { key: 'risk', one: 'Risk flag', many: 'risk flags', tone: 'bad' },
  { key: 'notOnTrack', one: 'Not on track', many: 'not on track', tone: 'warn' },
  { key: 'alliance', one: 'Alliance', many: 'alliance flags', tone: 'warn' },
  { key: 'perspectivesDiffer', one: 'Perspectives differ', many: 'perspectives differ', tone: 'info' },
  { key: 'checkInOverdue', one: 'Check-in overdue', many: 'check-ins overdue', tone: 'neutral' },
];

/** Open flags by kind, risk first; "None" when there are none. */
export function FlagBadges({ flags }: { flags: OpenFlagCounts }) {
  if (flags.total === 0) return <span className="text-slate-600">None</span>;
  return (
    <span className="flex flex-col items-start gap-1">
      {FLAG_WORDS.filter(({ key }) => flags[key] > 0).map(({ key, one, many, tone }) => (
        <Badge key={key} tone={tone}>
          {flags[key] === 1 ? one : `${flags[key]} ${many}`}
        </Badge>
      ))}
    </span>
  );
}
