import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseloadTable } from '@/components/caseload-table';
import { SearchForm } from '@/components/search-form';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { listCaseload } from '@/lib/data/caseload';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'Caseload' };

/** Someone else's caseload, read-only: for their supervisor or an admin. */
export default async function ClinicianCaseloadPage({ params, searchParams }: { params: Promise<{ clinicianId: string }>; searchParams: Promise<{ q?: string; page?: string }> }) {
  const [{ clinicianId }, { q, page }] = await Promise.all([params, searchParams]);
  const caseload = await loadOrNotFound(() => listCaseload({ clinicianId, search: q, page }));
  const basePath = `/team/${caseload.clinician.id}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/team">← Team</Link>
      </p>
      <PageHeader title={`${caseload.clinician.name}’s caseload`} description="Read-only. Open a client to see their record." />
      {caseload.readOnly ? null : <Alert tone="info" className="mb-4">This is your own caseload.</Alert>}
      {caseload.page.total === 0 && !caseload.search ? (
        <EmptyState title="No active clients">{caseload.clinician.name} has no clients assigned at the moment.</EmptyState>
      ) : (
        <>
          <SearchForm label="Search by name" defaultValue={caseload.search} action={basePath} />
          {caseload.page.rows.length === 0 ? (
            <EmptyState title={`No clients match “${caseload.search}”`}>Clear the search to see the whole caseload.</EmptyState>
          ) : (
            <CaseloadTable rows={caseload.page.rows} caption={`${caseload.clinician.name}’s clients`} />
          )}
          <Pagination {...caseload.page} basePath={basePath} params={{ q: caseload.search }} />
        </>
      )}
    </>
  );
}
