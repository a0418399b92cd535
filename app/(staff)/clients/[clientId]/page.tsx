import type { Metadata } from 'next';
import { ClientTabs } from '@/components/client-tabs';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatDate, formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getClientProfile } from '@/lib/data/clients';
import { getLastClientReminder } from '@/lib/data/reminders';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { ClientStatusForm } from './client-status-form';
import { EditProfileForm } from './edit-profile-form';
import { todayIn } from '@/lib/time/local-date';
import { PortalAccessCard, ReassignCard } from './people-cards';

export const metadata: Metadata = { title: 'Client' };

const RELATIONSHIP_NOTE = {
  treating: null,
  supervising: 'You are viewing this record as the supervisor of the treating clinician. It is read-only for you.',
  admin: 'You are viewing this record as an administrator: profile and assignments only.',
  self: null,
} as const;

export default async function ClientPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const [route, { added }] = await Promise.all([params, searchParams]);
  const clientId = recordIdOrNotFound(route.clientId);
  const profile = await loadOrNotFound(() => getClientProfile(clientId));
  const note = RELATIONSHIP_NOTE[profile.relationship];
  // The treating clinician and their supervisor see when the client was last reminded (ADR 0019).
  const lastReminder =
    profile.relationship === 'treating' || profile.relationship === 'supervising'
      ? await loadOrNotFound(() => getLastClientReminder(clientId))
      : null;
  return (
    <>
      <PageHeader
        title={profile.displayName}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {profile.pronouns ? <span>{profile.pronouns}</span> : null}
            <Badge tone={profile.status === 'active' ? 'good' : 'neutral'}>
              {profile.status === 'active' ? 'Active' : 'Discharged'}
            </Badge>
            <span>Clinician: {profile.clinician?.name ?? 'unassigned'}</span>
          </span>
        }
      />
      {profile.relationship !== 'admin' ? <ClientTabs clientId={profile.id} active="profile" /> : null}
      {added ? (
        <Alert tone="success" className="mb-6">
          Client added to your caseload.
        </Alert>
      ) : null}
      {note ? (
        <Alert tone="info" className="mb-6">
          {note}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {profile.canEdit ? (
            <Card title="Profile">
              <EditProfileForm profile={profile} today={todayIn(profile.timeZone, new Date())} />
            </Card>
          ) : (
            <Card title="Profile">
              <dl className="grid gap-4 sm:grid-cols-2">
                <Detail label="Name" value={profile.displayName} />
                <Detail label="Pronouns" value={profile.pronouns ?? '—'} />
                <Detail label="Date of birth" value={formatDate(profile.dateOfBirth)} />
                <Detail label="Intake date" value={formatDate(profile.intakeDate)} />
              </dl>
            </Card>
          )}
        </div>
        <div className="space-y-6">
          <PortalAccessCard clientId={profile.id} clientName={profile.displayName} />
          {profile.relationship === 'treating' || profile.relationship === 'supervising' ? (
            <Card title="Record export">
              <p className="mb-3 text-sm text-slate-700">
                The whole record as a FHIR R4 Bundle for another clinical system: goals with every earlier wording, the
                plan and its signatures, check-ins, scores and open flags. Private session notes are not included. Each
                download is recorded in the audit log.
              </p>
              <a
                href={`/clients/${profile.id}/export/fhir`}
                className={buttonClasses('secondary', 'whitespace-nowrap')}
                download
              >
                Download FHIR record<span className="sr-only"> of {profile.displayName}</span>
              </a>
            </Card>
          ) : null}
          {lastReminder ? (
            <Card title="Reminders">
              <p className="text-sm text-slate-700" data-testid="last-reminder">
                {lastReminder.sentAt
                  ? `Last reminder emailed ${formatDateTime(lastReminder.sentAt, lastReminder.timeZone)} ` +
                    `(${lastReminder.kind?.toLowerCase()}).`
                  : 'No reminder has been emailed to this client yet.'}
              </p>
            </Card>
          ) : null}
          {profile.relationship === 'admin' ? <ReassignCard clientId={profile.id} /> : null}
          <Card title="Assignment history">
            {profile.assignments.length === 0 ? (
              <p className="text-sm text-slate-700">No clinician has been assigned yet.</p>
            ) : (
              <ol className="space-y-3 text-sm">
                {profile.assignments.map((a) => (
                  <li key={`${a.clinicianName}-${a.startedAt}`} className="border-l-2 border-brand-600 pl-3">
                    <p className="font-medium">{a.clinicianName}</p>
                    <p className="text-slate-700">
                      {formatDateTime(a.startedAt, profile.timeZone)} –{' '}
                      {a.endedAt ? formatDateTime(a.endedAt, profile.timeZone) : 'now'}
                    </p>
                    {a.endReason ? <p className="text-slate-700">Reason: {a.endReason}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
          {profile.canEdit || profile.statusChange ? (
            <Card title={profile.status === 'discharged' ? 'Discharged' : 'Ending therapy'}>
              {profile.statusChange ? (
                <p className="mb-4 text-sm text-slate-700">
                  {profile.statusChange.status === 'discharged' ? 'Discharged' : 'Re-opened'}{' '}
                  {formatDateTime(profile.statusChange.at, profile.timeZone)}
                  {profile.statusChange.byName ? ` by ${profile.statusChange.byName}` : ''}
                  {profile.statusChange.reason ? `: “${profile.statusChange.reason}”` : '.'}
                </p>
              ) : null}
              {profile.canEdit && profile.status === 'active' ? (
                // Kept out of the way: discharging is rare and final-feeling, not the day's work.
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium text-brand-800">
                    Discharge {profile.displayName}…
                  </summary>
                  <div className="mt-3">
                    <ClientStatusForm profile={profile} />
                  </div>
                </details>
              ) : profile.canEdit ? (
                <ClientStatusForm profile={profile} />
              ) : null}
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 text-slate-900">{value}</dd>
    </div>
  );
}
