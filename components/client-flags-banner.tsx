import type { ClientFlagSummary, FlagView } from '@/lib/data/flags';
import { AcknowledgeFlagForm } from './acknowledge-flag-form';
import { Badge } from './ui/badge';
import { cx } from './ui/cx';
import { formatDateTime } from './ui/format';

/**
 * The open flags of a client, at the top of every page of their record: risk first, each with
 * its reason in words and (for the treating clinician) a way to acknowledge it with a note.
 * Renders nothing when there is nothing open. Props only: the client-record layout
 * (app/(staff)/clients/[clientId]/layout.tsx) loads the summary once for every page of the record.
 */
export function ClientFlagsBanner({ summary: flags }: { summary: ClientFlagSummary }) {
  if (flags.open.length === 0) return null;
  const risk = flags.open.some((f) => f.kind === 'risk');
  return (
    <section
      aria-labelledby="open-flags-heading"
      className={cx(
        'mb-6 rounded-xl border-2 px-4 py-3',
        risk ? 'border-red-700 bg-red-50' : 'border-amber-500 bg-amber-50',
      )}
      data-testid="client-flags-banner"
    >
      <h2 id="open-flags-heading" className={cx('text-base font-semibold', risk ? 'text-red-900' : 'text-amber-950')}>
        {risk ? 'Risk flag: needs your attention' : 'Needs attention'} ({flags.open.length} open{' '}
        {flags.open.length === 1 ? 'flag' : 'flags'})
      </h2>
      <ul className="mt-2 space-y-3">
        {flags.open.map((flag) => (
          <FlagItem key={flag.id} flag={flag} canAcknowledge={flags.canAcknowledge} timeZone={flags.timeZone} />
        ))}
      </ul>
      {!flags.canAcknowledge ? (
        <p className="mt-2 text-sm text-slate-800">
          The treating clinician acknowledges flags; you see them as their supervisor.
        </p>
      ) : null}
    </section>
  );
}

const KIND_TONE: Record<FlagView['kind'], 'bad' | 'warn' | 'info'> = {
  risk: 'bad',
  'not-on-track': 'warn',
  'perspectives-differ': 'info',
  alliance: 'warn',
  'check-in-overdue': 'info',
};

export function FlagItem({
  flag,
  canAcknowledge,
  timeZone,
}: {
  flag: FlagView;
  canAcknowledge: boolean;
  timeZone: string;
}) {
  return (
    <li className="rounded-lg bg-white/80 px-3 py-2 text-sm text-slate-900" data-flag-kind={flag.kind}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={KIND_TONE[flag.kind]}>{flag.label}</Badge>
        <span className="text-slate-700">
          Raised {formatDateTime(flag.raisedAt, timeZone)}
          {flag.therapySessionNumber ? ` · session ${flag.therapySessionNumber}` : ''}
        </span>
        {flag.escalatedAt ? (
          <Badge tone="bad">Sent to supervisor {formatDateTime(flag.escalatedAt, timeZone)}</Badge>
        ) : null}
      </div>
      {flag.goalWording ? <p className="mt-1 font-medium">Goal: {flag.goalWording}</p> : null}
      <p className="mt-1">{flag.reason}</p>
      {flag.acknowledgedAt ? (
        <p className="mt-1 text-slate-700">
          Acknowledged by {flag.acknowledgedByName ?? 'a former colleague'} on{' '}
          {formatDateTime(flag.acknowledgedAt, timeZone)}: “{flag.acknowledgementNote}”
        </p>
      ) : canAcknowledge ? (
        <AcknowledgeFlagForm flagId={flag.id} label={flag.label} />
      ) : null}
    </li>
  );
}
