import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { SupportContacts } from '@/components/check-in/support-contacts';
import { Alert } from '@/components/ui/alert';
import { formatDateTime } from '@/components/ui/format';
import { getCheckIn } from '@/lib/data/check-ins';
import { loadOrNotFound } from '@/lib/page-data';
import { checkQuery, isRecordId, type RawQuery } from '@/lib/validation/url-input';
import { AfterCheckInForm } from './after-check-in-form';
import { BeforeCheckInForm } from './before-check-in-form';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';

export const metadata: Metadata = { title: 'Check in' };

export default async function CheckInPage({ searchParams }: { searchParams: Promise<RawQuery> }) {
  const { values, ignored } = checkQuery(await searchParams, ['session', 'sent', 'support']);
  const { sent, support } = values;
  // A session id that is not a record id is ignored like any other unusable value (ADR 13).
  const session = isRecordId(values.session) ? values.session : undefined;
  if (values.session !== undefined && session === undefined) ignored.push('session');
  const page = await loadOrNotFound(() => getCheckIn({ therapySessionId: session }));
  const when = (iso: string) => formatDateTime(iso, page.timeZone);
  const therapist = page.therapistName ?? 'your therapist';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Check in</h1>
        <p className="mt-1 text-slate-700">
          A few minutes before each session helps you and {therapist} see how things are going.
        </p>
      </div>
      <IgnoredQueryNotice ignored={ignored} />
      {sent ? (
        <Alert tone="success" title="Thank you, that is sent">
          {sent === 'after'
            ? `${therapist} will see how the session felt for you.`
            : `${therapist} will see your check-in before your session.`}
        </Alert>
      ) : null}
      {support ? (
        <SupportContacts
          variant="after-answer"
          contacts={page.crisisContacts}
          therapistName={page.therapistName}
          headingId="support-after-sent"
        />
      ) : null}

      {page.before ? (
        <section aria-labelledby="before-heading" className="space-y-4">
          <div>
            <h2 id="before-heading" className="text-xl font-semibold">
              Before your session on {when(page.before.scheduledAt)}
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {page.before.status === 'draft' ? 'You started this check-in earlier; your answers are saved. ' : ''}
              Open until {when(page.before.closesAt)}.{' '}
              <a href={`/portal/calendar/${page.before.therapySessionId}`} download>
                Add this session to your calendar (.ics)
              </a>
            </p>
          </div>
          {page.before.status === 'submitted' ? (
            <Alert tone="info">You have already sent this check-in. Thank you.</Alert>
          ) : (
            <BeforeCheckInForm
              checkIn={page.before}
              contacts={page.crisisContacts}
              therapistName={page.therapistName}
            />
          )}
        </section>
      ) : (
        <section
          aria-labelledby="nothing-heading"
          className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-8 text-center"
        >
          <h2 id="nothing-heading" className="text-base font-semibold">
            Nothing to check in for right now
          </h2>
          <p className="mx-auto mt-1 max-w-prose text-sm text-slate-700">
            {page.nextOpensAt
              ? `Your next check-in opens on ${when(page.nextOpensAt)}, a week before your session.`
              : `When ${therapist} books your next session, its check-in opens here a week before.`}{' '}
            In the meantime you can <Link href="/portal/steps">tick off your steps</Link>.
          </p>
        </section>
      )}

      {page.otherOpen.length > 0 ? (
        <section aria-labelledby="other-heading">
          <h2 id="other-heading" className="text-base font-semibold">
            Also open
          </h2>
          <ul className="mt-2 space-y-1 text-sm">
            {page.otherOpen.map((s) => (
              <li key={s.therapySessionId}>
                <Link href={`/portal/check-in?session=${s.therapySessionId}`} className="inline-block py-1.5">
                  Check-in for your session on {when(s.scheduledAt)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {page.after.map((checkIn) => (
        <section
          key={checkIn.therapySessionId}
          aria-labelledby={`after-${checkIn.therapySessionId}`}
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id={`after-${checkIn.therapySessionId}`} className="text-lg font-semibold">
            How did your session on {when(checkIn.scheduledAt)} feel?
          </h2>
          <p className="text-sm text-slate-700">
            Honest answers help {therapist} make your sessions work better for you. Give each a number from 0.0 to 10.0.
          </p>
          <AfterCheckInForm checkIn={checkIn} />
        </section>
      ))}
    </div>
  );
}
