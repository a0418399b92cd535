import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDay } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { listSupervision } from '@/lib/data/supervision';
import { loadOrNotFound } from '@/lib/page-data';
import { SupervisionForms } from './supervision-forms';

export const metadata: Metadata = { title: 'Supervision' };

export default async function SupervisionPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page } = await searchParams;
  const overview = await loadOrNotFound(() => listSupervision({ page }));
  return (
    <>
      <PageHeader
        title="Supervision"
        description={
          'Each therapist has at most one supervisor, who sees their caseload and their clients’ plans. Changing a ' +
          'supervisor ends the old link; the history is kept.'
        }
      />
      {overview.supervisors.length === 0 ? (
        <p className="mb-4 text-slate-800">
          There are no active supervisors yet. <Link href="/admin/invitations">Invite one</Link> first.
        </p>
      ) : null}
      {overview.rows.length === 0 ? (
        <EmptyState title="No therapists yet">
          Invite therapists from the invitations page; they appear here once they have joined.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Therapists and their supervisors</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Therapist
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Supervisor now
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Change
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {overview.rows.map((row) => (
                <tr key={row.therapistId} className="align-top">
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/admin/people/${row.therapistId}`}>{row.therapistName}</Link>
                    {row.deactivated ? (
                      <span className="ml-2">
                        <Badge>Deactivated</Badge>
                      </span>
                    ) : null}
                  </th>
                  <td className="px-4 py-3 text-slate-700">
                    {row.supervisor ? (
                      <>
                        {row.supervisor.name}
                        <span className="block text-slate-600">since {formatDay(row.since, overview.timeZone)}</span>
                      </>
                    ) : (
                      'None'
                    )}
                  </td>
                  <td className="px-4 py-3">
                    <SupervisionForms
                      therapistId={row.therapistId}
                      therapistName={row.therapistName}
                      currentSupervisorId={row.supervisor?.id ?? null}
                      supervisors={overview.supervisors}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={overview.page}
        pageCount={overview.pageCount}
        total={overview.total}
        basePath="/admin/supervision"
      />
    </>
  );
}
