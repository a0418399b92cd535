import { exportTeamDashboard } from '@/lib/data/team-dashboard';
import { csvDownload } from '@/lib/csv-response';

/** The team (or, for an admin, organisation) dashboard's table as CSV: aggregates per clinician and the total. */
export async function GET(request: Request): Promise<Response> {
  return csvDownload(request, () => exportTeamDashboard());
}
