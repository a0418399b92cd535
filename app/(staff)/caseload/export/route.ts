import { csvDownload } from '@/lib/csv-response';
import { exportCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { checkRouteInput } from '@/lib/route-input';
import { checkQuery } from '@/lib/validation/url-input';

const KEYS = ['q', 'filter', 'sort', 'dir', 'page'] as const;

/** The caller's caseload dashboard as CSV: every row the filters and search select (all pages). */
export async function GET(request: Request): Promise<Response> {
  const { searchParams, refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  // One's own caseload here (no clinicianId); a supervisee's has its own address.
  const { values } = checkQuery(searchParams, KEYS);
  return csvDownload(request, () => exportCaseloadDashboard(values));
}
