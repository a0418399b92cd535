import type { Metadata } from 'next';
import { CaseloadDashboardView } from '@/components/dashboards/caseload-dashboard-view';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'Caseload' };

type Search = Record<'q' | 'filter' | 'sort' | 'dir' | 'page', string | undefined>;

/** The clinician's own caseload dashboard: who needs attention, whose goals are unclear, not agreed or not moving. */
export default async function CaseloadPage({ searchParams }: { searchParams: Promise<Partial<Search>> }) {
  const { q, filter, sort, dir, page } = await searchParams;
  const dashboard = await loadOrNotFound(() => getCaseloadDashboard({ q, filter, sort, dir, page }));
  return (
    <>
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
