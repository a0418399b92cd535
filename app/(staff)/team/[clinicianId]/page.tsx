import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';
import { CaseloadProfileTable } from '@/components/caseload-profile-table';
import { CaseloadDashboardView } from '@/components/dashboards/caseload-dashboard-view';
import { SearchForm } from '@/components/search-form';
import { Alert } from '@/components/ui/alert';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { verifySession } from '@/lib/auth/session';
import { listCaseload } from '@/lib/data/caseload';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { loadOrNotFound } from '@/lib/page-data';
import { recordIdOrNotFound } from '@/lib/route-input';
import { checkQuery, type RawQuery } from '@/lib/validation/url-input';

export const metadata: Metadata = { title: 'Caseload' };

const KEYS = ['q', 'filter', 'sort', 'dir', 'page'] as const;

/**
 * Someone else's caseload, read-only. Their supervisor sees the caseload dashboard (and from it,
 * each client's plan and charts, audited); an admin sees the profile-only list, never scores.
 */
export default async function ClinicianCaseloadPage({
  params,
  searchParams,
}: {
  params: Promise<{ clinicianId: string }>;
  searchParams: Promise<RawQuery>;
}) {
  const [route, rawSearch, principal] = await Promise.all([params, searchParams, verifySession()]);
  const clinicianId = recordIdOrNotFound(route.clinicianId);
  const { values: search, ignored } = checkQuery(rawSearch, KEYS);
  const back = (
    <>
      <p className="mb-2 text-sm">
        <Link href={principal?.role === 'therapist' ? '/caseload' : '/team'}>
          {principal?.role === 'therapist' ? '← Caseload' : '← Team'}
        </Link>
      </p>
      <IgnoredQueryNotice ignored={ignored} />
    </>
  );
  if (principal?.role === 'admin')
    return <ProfileOnlyCaseload clinicianId={clinicianId} q={search.q} page={search.page} back={back} />;
  const dashboard = await loadOrNotFound(() => getCaseloadDashboard({ ...search, clinicianId }));
  const basePath = `/team/${dashboard.clinician.id}`;
  return (
    <>
      {back}
      <PageHeader
        title={`${dashboard.clinician.name}’s caseload`}
        description="Read-only. Open a client to see their plan and progress charts."
      />
      {dashboard.readOnly ? null : (
        <Alert tone="info" className="mb-4">
          This is your own caseload.
        </Alert>
      )}
      <CaseloadDashboardView
        dashboard={dashboard}
        basePath={basePath}
        exportPath={`${basePath}/export`}
        caption={`${dashboard.clinician.name}’s clients, with goal clarity, consensus, progress, sessions, plan status and open flags`}
      />
    </>
  );
}

/** For admins: who is on the caseload (names, dates, portal), without clinical figures. */
async function ProfileOnlyCaseload({
  clinicianId,
  q,
  page,
  back,
}: {
  clinicianId: string;
  q?: string;
  page?: string;
  back: React.ReactNode;
}) {
  const caseload = await loadOrNotFound(() => listCaseload({ clinicianId, search: q, page }));
  const basePath = `/team/${caseload.clinician.id}`;
  return (
    <>
      {back}
      <PageHeader
        title={`${caseload.clinician.name}’s caseload`}
        description="Who is on this caseload. Goals, ratings and flags are seen by the clinician and their supervisor."
      />
      {caseload.page.total === 0 && !caseload.search ? (
        <EmptyState title="No active clients">
          {caseload.clinician.name} has no clients assigned at the moment.
        </EmptyState>
      ) : (
        <>
          <SearchForm label="Search by name" defaultValue={caseload.search} action={basePath} />
          {caseload.page.rows.length === 0 ? (
            <EmptyState title={`No clients match “${caseload.search}”`}>
              Clear the search to see the whole caseload.
            </EmptyState>
          ) : (
            <CaseloadProfileTable rows={caseload.page.rows} caption={`${caseload.clinician.name}’s clients`} />
          )}
          <Pagination {...caseload.page} basePath={basePath} params={{ q: caseload.search }} />
        </>
      )}
    </>
  );
}
