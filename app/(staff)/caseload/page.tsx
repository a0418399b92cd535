import type { Metadata } from 'next';
import { CaseloadTable } from '@/components/caseload-table';
import { SearchForm } from '@/components/search-form';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { listCaseload } from '@/lib/data/caseload';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'Caseload' };

export default async function CaseloadPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const { q, page } = await searchParams;
  const caseload = await loadOrNotFound(() => listCaseload({ search: q, page }));
  const { rows, total } = caseload.page;
  return (
    <>
      <PageHeader
        title="Your caseload"
        description="Clients you are currently working with."
        actions={<ButtonLink href="/clients/new">Add a client</ButtonLink>}
      />
      {total === 0 && !caseload.search ? (
        <EmptyState title="No clients yet" action={<ButtonLink href="/clients/new">Add your first client</ButtonLink>}>
          Add a client to your caseload, then invite them to the portal so you can set goals together from the first session.
        </EmptyState>
      ) : (
        <>
          <SearchForm label="Search by name" defaultValue={caseload.search} action="/caseload" />
          {rows.length === 0 ? (
            <EmptyState title={`No clients match “${caseload.search}”`}>Check the spelling, or clear the search to see everyone.</EmptyState>
          ) : (
            <CaseloadTable rows={rows} caption="Your clients" />
          )}
          <Pagination {...caseload.page} basePath="/caseload" params={{ q: caseload.search }} />
        </>
      )}
    </>
  );
}
