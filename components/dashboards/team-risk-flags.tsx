import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { cx } from '@/components/ui/cx';
import { formatDateTime } from '@/components/ui/format';
import type { TeamRiskFlag } from '@/lib/data/team-dashboard';

/**
 * The top of a supervisor's landing page: every open risk flag on their team's clients (and
 * their own), newest first, each linking to the client, where it is acknowledged. Red while any
 * is open; a calm line when none is.
 */
export function TeamRiskFlags({ flags, total, timeZone }: { flags: TeamRiskFlag[]; total: number; timeZone: string }) {
  const open = flags.length > 0;
  return (
    <section
      aria-labelledby="team-risk-heading"
      className={cx('rounded-xl border-2 px-4 py-3', open ? 'border-red-700 bg-red-50' : 'border-slate-200 bg-white')}
      data-testid="team-risk-flags"
    >
      <h2 id="team-risk-heading" className={cx('text-base font-semibold', open ? 'text-red-900' : 'text-slate-900')}>
        Open risk flags across your team ({Math.max(total, flags.length)})
      </h2>
      {!open ? (
        <p className="mt-1 text-sm text-slate-700">
          No open risk flags on your supervisees’ clients or on your own caseload.
        </p>
      ) : (
        <>
          <ul className="mt-2 space-y-2">
            {flags.map((flag) => (
              <li key={flag.flagId} className="rounded-lg bg-white px-3 py-2 text-sm text-slate-900">
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link href={`/clients/${flag.client.id}/plan`} className="font-semibold">
                    {flag.client.name}
                  </Link>
                  <span className="text-slate-700">
                    {flag.clinician.isYou ? 'your client' : `${flag.clinician.name}’s client`}
                  </span>
                  <span className="text-slate-700">· raised {formatDateTime(flag.raisedAt, timeZone)}</span>
                  {flag.escalated ? <Badge tone="bad">Not acknowledged in 24 hours</Badge> : null}
                </p>
                <p className="mt-0.5 text-slate-800">{flag.reason}</p>
              </li>
            ))}
          </ul>
          {total > flags.length ? (
            <p className="mt-2 text-sm text-slate-800">
              Showing the {flags.length} newest of {total}.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
