import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FlagItem } from '@/components/client-flags-banner';
import { ClientProgressCharts } from '@/components/client-progress-charts';
import { ClientTabs } from '@/components/client-tabs';
import { TherapySessionStatusBadge } from '@/components/therapy-session-status';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getClientProgress } from '@/lib/data/progress';
import { listTherapySessions, type MeasureSummary, type TherapySessionListItem } from '@/lib/data/therapy-sessions';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { clientFlagSummary } from '../flag-summary';
import { ScheduleForm } from './schedule-form';
import { INSTRUMENT_LABELS } from '@/lib/domain/scoring';

export const metadata: Metadata = { title: 'Sessions and progress' };

const CHECK_IN_LABEL = { none: 'Not started', draft: 'Started', submitted: 'Sent' } as const;

function measureText(measure: MeasureSummary): string {
  const name = INSTRUMENT_LABELS[measure.instrument];
  if (!measure.complete) return `${name} unfinished`;
  const total =
    measure.instrument === 'ors' || measure.instrument === 'srs' ? measure.total?.toFixed(1) : measure.total;
  return `${name} ${total}${measure.isDraft ? ' (draft)' : ''}`;
}

export default async function ClientSessionsPage({ params }: { params: Promise<{ clientId: string }> }) {
  const clientId = recordIdOrNotFound((await params).clientId);
  const [list, progress, flags] = await Promise.all([
    loadOrNotFound(() => listTherapySessions(clientId)),
    loadOrNotFound(() => getClientProgress(clientId)),
    // The same read the layout's banner made (one audited read per request).
    clientFlagSummary(clientId),
  ]);
  if (!flags) notFound();
  return (
    <>
      <PageHeader title={list.client.displayName} description="Sessions, check-ins and progress" />
      <ClientTabs clientId={clientId} active="sessions" />
      {!list.canEdit ? (
        <Alert tone="info" className="mb-6">
          You are viewing this record as the supervisor of the treating clinician. It is read-only for you.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {/* Charts first: they are what a session is prepared with; the list is for looking one up. */}
          <Card title="Progress">
            <ClientProgressCharts progress={progress} timeZone={list.timeZone} />
          </Card>
          <Card title="Sessions">
            {list.sessions.length === 0 ? (
              <EmptyState title="No sessions yet">
                {list.canEdit
                  ? 'Book the first session. The client can check in from 7 days before it.'
                  : 'The treating clinician has not booked any sessions yet.'}
              </EmptyState>
            ) : (
              <>
                <SessionsTable
                  clientId={clientId}
                  sessions={list.sessions.slice(0, RECENT_SESSIONS)}
                  timeZone={list.timeZone}
                  hasPortal={list.client.hasPortalAccount}
                  caption="The latest sessions, newest first"
                />
                {list.sessions.length > RECENT_SESSIONS ? (
                  <details className="mt-4 text-sm">
                    <summary className="cursor-pointer font-medium text-brand-800">
                      Earlier sessions ({list.sessions.length - RECENT_SESSIONS})
                    </summary>
                    <div className="mt-3">
                      <SessionsTable
                        clientId={clientId}
                        sessions={list.sessions.slice(RECENT_SESSIONS)}
                        timeZone={list.timeZone}
                        hasPortal={list.client.hasPortalAccount}
                        caption="Earlier sessions, newest first"
                      />
                    </div>
                  </details>
                ) : null}
              </>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {list.canEdit ? (
            <Card title="Book a session">
              <ScheduleForm clientId={clientId} suggested={list.suggestedNext} timeZone={list.timeZone} />
            </Card>
          ) : null}
          <section
            id="flags"
            aria-labelledby="flag-history-heading"
            className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2 id="flag-history-heading" className="mb-3 text-lg font-semibold text-slate-900">
              Acknowledged flags
            </h2>
            {flags.acknowledged.length === 0 ? (
              <p className="text-sm text-slate-700">
                No flags have been acknowledged yet. Open flags appear at the top of every page of this record.
              </p>
            ) : (
              <ul className="space-y-3">
                {flags.acknowledged.map((flag) => (
                  <FlagItem key={flag.id} flag={flag} canAcknowledge={false} timeZone={flags.timeZone} />
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </>
  );
}

/** Sessions listed open (the upcoming ones come first); older ones wait behind "Earlier sessions". */
const RECENT_SESSIONS = 6;

function SessionsTable({
  clientId,
  sessions,
  timeZone,
  hasPortal,
  caption,
}: {
  clientId: string;
  sessions: TherapySessionListItem[];
  timeZone: string;
  hasPortal: boolean;
  caption: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Session
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              When
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Check-in
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Measures
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                <Link href={`/clients/${clientId}/sessions/${s.id}`}>
                  {s.number ? `Session ${s.number}` : 'Not numbered'}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap text-slate-800">
                {formatDateTime(s.scheduledAt, timeZone)} · {s.durationMinutes} min
              </td>
              <td className="px-3 py-2">
                <TherapySessionStatusBadge status={s.status} />
              </td>
              <td className="px-3 py-2 text-slate-800">
                {hasPortal ? (
                  <>
                    <span className="block whitespace-nowrap">Before: {CHECK_IN_LABEL[s.before]}</span>
                    <span className="block whitespace-nowrap">After: {CHECK_IN_LABEL[s.after]}</span>
                  </>
                ) : (
                  'No portal'
                )}
              </td>
              <td className="px-3 py-2 text-slate-800">
                {s.measures.length === 0 ? '—' : s.measures.map(measureText).join(', ')}
                {s.measures.some((m) => (m.item9 ?? 0) > 0) ? (
                  <span className="ml-1 font-semibold text-red-800">· PHQ-9 question 9 above 0</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
