import type { Metadata } from 'next';
import { TeamDashboardView } from '@/components/dashboards/team-dashboard-view';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { getTeamDashboard } from '@/lib/data/team-dashboard';
import { loadOrNotFound } from '@/lib/page-data';

export const metadata: Metadata = { title: 'Team' };

/** A supervisor's team (or, for an admin, the organisation): clarity, consensus and progress by clinician, month by month. */
export default async function TeamPage() {
  const dashboard = await loadOrNotFound(() => getTeamDashboard());
  const organisation = dashboard.scope === 'organisation';
  return (
    <>
      <PageHeader
        title={organisation ? 'Organisation' : 'Your team'}
        description={
          organisation
            ? 'How clear, agreed and on track goals are across every caseload. ' +
              'Figures are totals; client-level detail stays with each clinician and their supervisor.'
            : 'How clear, agreed and on track your supervisees’ clients’ goals are. Open a therapist to see their caseload.'
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <a href="/team/export" className={buttonClasses('secondary', 'whitespace-nowrap')} download>
              Download CSV<span className="sr-only"> of this table</span>
            </a>
            {organisation ? null : (
              // Every client of the team as FHIR (one Bundle per line); admins never take clinical records out.
              <a href="/team/export/fhir" className={buttonClasses('secondary', 'whitespace-nowrap')} download>
                Download team records (FHIR)
              </a>
            )}
          </div>
        }
      />
      <TeamDashboardView dashboard={dashboard} />
    </>
  );
}
