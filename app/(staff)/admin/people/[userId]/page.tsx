import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS } from '@/lib/auth/principal';
import { getPerson } from '@/lib/data/people-admin';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { AccountStatusForm, PasswordResetForm } from './person-forms';

export const metadata: Metadata = { title: 'Person' };

const STATUS = { active: ['Active', 'good'], deactivated: ['Deactivated', 'neutral'] } as const;

export default async function PersonPage({ params }: { params: Promise<{ userId: string }> }) {
  const userId = recordIdOrNotFound((await params).userId);
  const person = await loadOrNotFound(() => getPerson(userId));
  const [statusLabel, statusTone] = STATUS[person.status];
  const isClinician = person.role === 'therapist' || person.role === 'supervisor';
  return (
    <>
      <PageHeader
        title={person.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{ROLE_LABELS[person.role]}</span>
            <Badge tone={statusTone}>{statusLabel}</Badge>
          </span>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Details">
            <dl className="grid gap-4 sm:grid-cols-2">
              <Detail label="Email" value={person.email} />
              <Detail label="Account created" value={formatDateTime(person.createdAt, person.timeZone)} />
              <Detail label="Last sign-in" value={formatDateTime(person.lastLoginAt, person.timeZone)} />
              {isClinician ? <Detail label="Clients they treat now" value={String(person.activeClients)} /> : null}
            </dl>
          </Card>
          {person.role === 'therapist' ? (
            <Card title="Supervision">
              <p className="text-slate-800">
                {person.supervisor ? (
                  <>
                    Supervised by <strong>{person.supervisor.name}</strong>.
                  </>
                ) : (
                  'No supervisor at the moment.'
                )}
              </p>
              <p className="mt-2 text-sm">
                <Link href="/admin/supervision">Change supervision</Link>
              </p>
            </Card>
          ) : null}
          {person.role === 'supervisor' ? (
            <Card title="Supervises">
              {person.supervisees.length === 0 ? (
                <p className="text-slate-800">
                  Nobody yet. Link therapists to them on the <Link href="/admin/supervision">supervision page</Link>.
                </p>
              ) : (
                <ul className="list-disc pl-5 text-slate-800">
                  {person.supervisees.map((s) => (
                    <li key={s.id}>
                      <Link href={`/admin/people/${s.id}`}>{s.name}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ) : null}
          {person.clientRecord ? (
            <Card title="Client record">
              <p className="text-slate-800">
                This is the portal account of{' '}
                <Link href={`/clients/${person.clientRecord.id}`} className="underline">
                  {person.clientRecord.displayName}
                </Link>
                .
              </p>
            </Card>
          ) : null}
        </div>
        <div className="space-y-6">
          {person.isSelf ? (
            <Card title="Your own account">
              <p className="text-sm text-slate-800">
                Change your password or sign out of all devices on <Link href="/account">your account page</Link>.
                Another administrator can deactivate your account if needed.
              </p>
            </Card>
          ) : (
            <>
              <Card title="Password">
                {person.role === 'client' ? (
                  // A reset link opens the client's portal, with their goals and ratings: admins never get one (ADR 13).
                  <p className="text-sm text-slate-700">
                    Clients choose a new password themselves with “Forgot your password?” on the sign-in page; the link
                    goes only to their own email. Their therapist can help if they no longer use that address.
                  </p>
                ) : (
                  <>
                    <p className="mb-3 text-sm text-slate-700">
                      Sends {person.name} a link to choose a new password (valid for 24 hours). Their current password
                      keeps working until they use it.
                      {person.resetPending ? ' A link is already waiting; sending a new one cancels it.' : ''}
                    </p>
                    {person.status === 'deactivated' ? (
                      <p className="text-sm text-slate-700">Reactivate the account first.</p>
                    ) : (
                      <PasswordResetForm userId={person.id} />
                    )}
                  </>
                )}
              </Card>
              <Card title={person.status === 'deactivated' ? 'Reactivate' : 'Deactivate'}>
                <p className="mb-3 text-sm text-slate-700">
                  {person.status === 'deactivated'
                    ? 'They will be able to sign in again with their existing password.'
                    : `Signs ${person.name} out everywhere at once and stops them signing in. ` +
                      'Nothing they wrote is removed.' +
                      (isClinician && person.activeClients > 0
                        ? ` Their ${person.activeClients} clients stay assigned to them ` +
                          'until you reassign each one from the client’s record.'
                        : '')}
                </p>
                <AccountStatusForm userId={person.id} deactivated={person.status === 'deactivated'} />
              </Card>
            </>
          )}
        </div>
      </div>
    </>
  );
}

function Detail({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 break-all text-slate-900">{value}</dd>
    </div>
  );
}
