import type { Metadata } from 'next';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { listEmailDeliveries } from '@/lib/data/reminders';
import { loadOrNotFound } from '@/lib/page-data';
import { checkQuery, type RawQuery } from '@/lib/validation/url-input';

export const metadata: Metadata = { title: 'Emails sent' };

const STATUS: Record<string, { label: string; tone: 'good' | 'bad' | 'warn' | 'neutral' | 'info' }> = {
  sent: { label: 'Sent', tone: 'good' },
  failed: { label: 'Failed', tone: 'bad' },
  retrying: { label: 'Retrying', tone: 'warn' },
  queued: { label: 'Waiting', tone: 'info' },
  sending: { label: 'Sending', tone: 'info' },
  skipped: { label: 'Not needed', tone: 'neutral' },
};

export default async function EmailsPage({ searchParams }: { searchParams: Promise<RawQuery> }) {
  const { values, ignored } = checkQuery(await searchParams, ['page']);
  const emails = await loadOrNotFound(() => listEmailDeliveries({ page: values.page }));
  return (
    <>
      <PageHeader
        title="Emails sent"
        description={
          'Reminder emails: who they went to, which kind, when and whether they arrived at the mail server. Their ' +
          'content is never kept. A send the mail server refuses is tried again four times over about 15 minutes, ' +
          'then marked failed; “Not needed” means the session moved, the check-in came in or the person switched ' +
          'that reminder off.'
        }
      />
      <IgnoredQueryNotice ignored={ignored} />
      {emails.rows.length === 0 ? (
        <EmptyState title="No reminder emails yet">Reminders appear here as they are planned and sent.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Reminder emails, newest first</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Recipient
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Kind
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Planned
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Sent
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {emails.rows.map((row) => {
                const status = STATUS[row.status] ?? { label: row.status, tone: 'neutral' as const };
                return (
                  <tr key={row.id}>
                    <th scope="row" className="break-all px-4 py-3 font-medium">
                      {row.recipient}
                    </th>
                    <td className="px-4 py-3 text-slate-700">{row.label}</td>
                    <td className="px-4 py-3 text-slate-700">{formatDateTime(row.createdAt, emails.timeZone)}</td>
                    <td className="px-4 py-3 text-slate-700">
                      {row.sentAt ? formatDateTime(row.sentAt, emails.timeZone) : '—'}
                    </td>
                    <td className="px-4 py-3">
                      <Badge tone={status.tone}>{status.label}</Badge>
                      {row.attempts > 1 ? <span className="ml-2 text-slate-700">{row.attempts} tries</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={emails.page} pageCount={emails.pageCount} total={emails.total} basePath="/admin/emails" />
    </>
  );
}
