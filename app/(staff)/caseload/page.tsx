import type { Metadata } from 'next';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';
import { CaseloadDashboardView } from '@/components/dashboards/caseload-dashboard-view';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { loadOrNotFound } from '@/lib/page-data';
import { checkQuery, type RawQuery } from '@/lib/validation/url-input';

export const metadata: Metadata = { title: 'Caseload' };

const KEYS = ['q', 'filter', 'sort', 'dir', 'page'] as const;

/** The clinician's own caseload dashboard: who needs attention, whose goals are unclear, not agreed or not moving. */
export default async function CaseloadPage({ searchParams }: { searchParams: Promise<RawQuery> }) {
  const { values, ignored } = checkQuery(await searchParams, KEYS);
  const dashboard = await loadOrNotFound(() => getCaseloadDashboard(values));
  return (
    <>
      <IgnoredQueryNotice ignored={ignored} />
      <PageHeader
        title="Your caseload"
        description="Goal clarity, consensus and progress for each client. Clients with a risk flag come first."
        actions={<ButtonLink href="/clients/new">Add a client</ButtonLink>}
      />
      <CaseloadDashboardView
        dashboard={dashboard}
        basePath="/caseload"
        exportPath="/caseload/export"
        caption="Your clients, with goal clarity, consensus, progress, sessions, plan status and open flags"
        emptyAction={<ButtonLink href="/clients/new">Add your first client</ButtonLink>}
      />
    </>
  );
}
