import { csvDownload } from '@/lib/csv-response';
import { exportTeamDashboard } from '@/lib/data/team-dashboard';
import { checkRouteInput } from '@/lib/route-input';

/** The team (or, for an admin, organisation) dashboard's table as CSV: aggregates per clinician and the total. */
export async function GET(request: Request): Promise<Response> {
  const { refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  return csvDownload(request, () => exportTeamDashboard());
}
