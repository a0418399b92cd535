import { exportCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { csvDownload } from '@/lib/csv-response';

/** The caller's caseload dashboard as CSV: every row the filters and search select (all pages). */
export async function GET(request: Request): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  delete query.clinicianId; // one's own caseload here; a supervisee's has its own address
  return csvDownload(request, () => exportCaseloadDashboard(query));
}
