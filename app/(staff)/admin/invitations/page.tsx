import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { InvitationActions } from '@/components/invitation-actions';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ROLE_LABELS } from '@/lib/auth/principal';
import { listInvitations } from '@/lib/data/invitations';
import { loadOrNotFound } from '@/lib/page-data';
import { InviteStaffForm } from './invite-staff-form';

export const metadata: Metadata = { title: 'Invitations' };

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page } = await searchParams;
  const invitations = await loadOrNotFound(() => listInvitations({ page }));
  return (
    <>
      <PageHeader
        title="Invitations"
        description={
          'Invite colleagues to Accord. Each link works once and expires after 7 days. Therapists invite their ' +
          'clients from the client’s record.'
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h2 className="mb-3 text-lg font-semibold">Waiting to be accepted</h2>
          {invitations.rows.length === 0 ? (
            <EmptyState title="No invitations waiting">
              When you invite someone, they appear here until they set their password.
            </EmptyState>
          ) : (
            <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Invitations waiting to be accepted</caption>
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Invited
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Role
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Sent
                    </th>
                    <th scope="col" className="px-4 py-3 font-semibold">
                      Actions
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {invitations.rows.map((invitation) => (
                    <tr key={invitation.id} className="align-top">
                      <th scope="row" className="px-4 py-3 font-medium">
                        {invitation.clientId ? (
                          <Link href={`/clients/${invitation.clientId}`}>{invitation.name}</Link>
                        ) : (
                          invitation.name
                        )}
                        <span className="block break-all font-normal text-slate-700">{invitation.email}</span>
                      </th>
                      <td className="px-4 py-3 text-slate-700">{ROLE_LABELS[invitation.role]}</td>
                      <td className="px-4 py-3 text-slate-700">
                        {formatDateTime(invitation.sentAt, invitations.timeZone)}
                        {invitation.invitedBy ? <span className="block">by {invitation.invitedBy}</span> : null}
                        <span className="mt-1 block">
                          {invitation.expired ? (
                            <Badge tone="warn">Expired</Badge>
                          ) : (
                            <>Expires {formatDateTime(invitation.expiresAt, invitations.timeZone)}</>
                          )}
                        </span>
                      </td>
                      <td className="px-4 py-3">
                        <InvitationActions
                          invitationId={invitation.id}
                          email={invitation.email}
                          idPrefix={`inv-${invitation.id}`}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            page={invitations.page}
            pageCount={invitations.pageCount}
            total={invitations.total}
            basePath="/admin/invitations"
          />
        </div>
        <Card title="Invite a colleague">
          <InviteStaffForm />
        </Card>
      </div>
    </>
  );
}
