import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { ClientTabs } from '@/components/client-tabs';
import { TherapySessionStatusBadge, THERAPY_SESSION_STATUS_LABELS } from '@/components/therapy-session-status';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getTherapySession, type TherapySessionDetail } from '@/lib/data/therapy-sessions';
import {
  FREQUENCY_OPTIONS,
  GAD7_ITEMS,
  GAD7_BANDS,
  ORS_ITEM_LABELS,
  PHQ9_BANDS,
  PHQ9_ITEMS,
  SRS_ITEM_LABELS,
  formatTenths,
} from '@/lib/domain/scoring';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { GasRatingForm, GasScaleForm } from './gas-forms';
import { RecordSessionForm } from './record-session-form';
import { TherapistRatingsForm } from './therapist-ratings-form';
import { INSTRUMENT_LABELS } from '@/lib/domain/scoring';

export const metadata: Metadata = { title: 'Session' };

const CHECK_IN_STATE = { none: 'not started', draft: 'started, not sent', submitted: 'sent' } as const;

export default async function TherapySessionPage({
  params,
}: {
  params: Promise<{ clientId: string; therapySessionId: string }>;
}) {
  const route = await params;
  const [clientId, therapySessionId] = [recordIdOrNotFound(route.clientId), recordIdOrNotFound(route.therapySessionId)];
  const detail = await loadOrNotFound(() => getTherapySession(therapySessionId));
  if (detail.client.id !== clientId) notFound();
  const title = `${detail.number ? `Session ${detail.number}` : 'Session'} · ${formatDateTime(detail.scheduledAt, detail.timeZone)}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/clients/${clientId}/sessions`}>← All sessions of {detail.client.displayName}</Link>
      </p>
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{detail.client.displayName}</span>
            <TherapySessionStatusBadge status={detail.status} />
            <span>{detail.durationMinutes} minutes</span>
          </span>
        }
      />
      <ClientTabs clientId={clientId} active="sessions" />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Goal ratings">
            <p className="mb-4 text-sm text-slate-700">
              Before-session check-in: {CHECK_IN_STATE[detail.before]}. Each side rates on its own; the client’s ratings
              are the outcome, yours are shown beside them.
            </p>
            <RatingsTable detail={detail} />
            <div className="mt-6">
              {detail.canRate && detail.goals.length > 0 ? (
                <TherapistRatingsForm therapySessionId={detail.id} goals={detail.goals} />
              ) : detail.canEdit ? (
                <p className="text-sm text-slate-700">
                  {detail.goals.length === 0
                    ? 'There are no active goals to rate yet.'
                    : detail.number === null
                      ? 'This session did not take place, so it is not rated.'
                      : 'You can rate the goals once the session has started.'}
                </p>
              ) : null}
            </div>
          </Card>
          <Card title="Questionnaires">
            <Measures detail={detail} />
          </Card>
          <Card title="Goal attainment scaling">
            {detail.goals.length === 0 ? (
              <p className="text-sm text-slate-700">There are no active goals yet.</p>
            ) : (
              <div className="space-y-6">
                {detail.goals.map((goal, index) => (
                  <section
                    key={goal.goalId}
                    aria-labelledby={`gas-goal-${index}`}
                    className="border-t border-slate-100 pt-4 first:border-0 first:pt-0"
                  >
                    <h3 id={`gas-goal-${index}`} className="font-semibold text-slate-900">
                      {goal.wording}
                    </h3>
                    {goal.gas.scale ? (
                      <>
                        <p className="mt-1 text-sm text-slate-700">
                          Levels version {goal.gas.scale.version}
                          {goal.gas.scale.weight !== null ? `, weight ${goal.gas.scale.weight}` : ''}.
                          {goal.gas.level !== null
                            ? ` Rated ${goal.gas.level > 0 ? `+${goal.gas.level}` : goal.gas.level} at this session.`
                            : ' Not rated at this session.'}
                        </p>
                        {detail.canRate ? (
                          <div className="mt-3">
                            <GasRatingForm goal={goal} therapySessionId={detail.id} idPrefix={`gas-rate-${index}`} />
                          </div>
                        ) : null}
                      </>
                    ) : (
                      <p className="mt-1 text-sm text-slate-700">No levels described yet.</p>
                    )}
                    {detail.canEdit ? (
                      <details className="mt-3">
                        <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                          {goal.gas.scale ? 'Rewrite the levels' : 'Describe the five levels'}
                        </summary>
                        <div className="mt-3">
                          <GasScaleForm goal={goal} idPrefix={`gas-scale-${index}`} />
                        </div>
                      </details>
                    ) : null}
                  </section>
                ))}
              </div>
            )}
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          {detail.canEdit ? (
            <Card title="Record this session">
              <RecordSessionForm detail={detail} />
            </Card>
          ) : (
            <Card title="This session">
              <Alert tone="info" className="mb-3">
                Read-only: you are viewing this as the supervisor of the treating clinician.
              </Alert>
              <dl className="space-y-2 text-sm">
                <div>
                  <dt className="font-medium text-slate-600">What happened</dt>
                  <dd>{THERAPY_SESSION_STATUS_LABELS[detail.status]}</dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-600">Private note</dt>
                  <dd className="whitespace-pre-wrap">{detail.privateNote ?? '—'}</dd>
                </div>
              </dl>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}

function RatingsTable({ detail }: { detail: TherapySessionDetail }) {
  if (detail.goals.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Progress and clarity ratings at this session</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Goal
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Client progress
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Clarity
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Your progress
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {detail.goals.map((goal) => (
            <tr key={goal.goalId}>
              <th scope="row" className="px-3 py-2 font-medium">
                {goal.wording}
              </th>
              <td className="px-3 py-2">
                {goal.client?.progress ?? '—'}
                {goal.client?.isDraft && goal.client.progress !== null ? ' (draft)' : ''}
              </td>
              <td className="px-3 py-2">{goal.client?.clarity != null ? `${goal.client.clarity} of 5` : '—'}</td>
              <td className="px-3 py-2">
                {goal.therapist?.progress ?? '—'}
                {goal.therapist && goal.therapist.history.length > 0 ? (
                  <span className="text-slate-600">
                    {' '}
                    (was {goal.therapist.history.map((h) => h.progress).join(', then ')})
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Measures({ detail }: { detail: TherapySessionDetail }) {
  if (detail.measures.length === 0)
    return <p className="text-sm text-slate-700">No questionnaires for this session.</p>;
  return (
    <div className="space-y-5">
      {detail.measures.map((m) => {
        const analogue = m.instrument === 'ors' || m.instrument === 'srs';
        const band =
          m.instrument === 'phq9'
            ? PHQ9_BANDS.find((b) => b.band === m.band)?.label
            : m.instrument === 'gad7'
              ? GAD7_BANDS.find((b) => b.band === m.band)?.label
              : null;
        const items =
          m.instrument === 'phq9'
            ? PHQ9_ITEMS.map((i) => i.text)
            : m.instrument === 'gad7'
              ? GAD7_ITEMS.map((i) => i.text)
              : (m.instrument === 'ors' ? ORS_ITEM_LABELS : SRS_ITEM_LABELS).map((i) => i.label);
        return (
          <section key={m.instrument} aria-labelledby={`measure-${m.instrument}`}>
            <h3 id={`measure-${m.instrument}`} className="font-semibold text-slate-900">
              {INSTRUMENT_LABELS[m.instrument]}:{' '}
              {m.complete && m.total !== null
                ? `${analogue ? formatTenths(m.total) : m.total}${band ? ` (${band})` : ''}`
                : `unfinished, ${m.answers.filter((a) => a !== null).length} of ${items.length} answered`}
              {m.isDraft ? ' · draft, not sent yet' : ''}
            </h3>
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-brand-800">Answers</summary>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {items.map((text, index) => {
                  const answer = m.answers[index] ?? null;
                  const risk = m.instrument === 'phq9' && index === 8 && (answer ?? 0) > 0;
                  return (
                    <li key={text} className={risk ? 'font-semibold text-red-900' : undefined}>
                      {text}:{' '}
                      {answer === null
                        ? 'not answered'
                        : analogue
                          ? formatTenths(answer)
                          : `${answer} (${FREQUENCY_OPTIONS[answer]?.label ?? ''})`}
                    </li>
                  );
                })}
              </ol>
            </details>
          </section>
        );
      })}
    </div>
  );
}
