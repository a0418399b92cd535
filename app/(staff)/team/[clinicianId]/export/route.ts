import { csvDownload } from '@/lib/csv-response';
import { exportCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { checkRouteInput } from '@/lib/route-input';
import { checkQuery } from '@/lib/validation/url-input';

const KEYS = ['q', 'filter', 'sort', 'dir', 'page'] as const;

/** A supervisee's caseload dashboard as CSV, for their supervisor (the data layer decides who may). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ clinicianId: string }> },
): Promise<Response> {
  const { clinicianId } = await params;
  const { searchParams, refusal } = checkRouteInput(request, { 'clinician id': clinicianId });
  if (refusal) return refusal;
  const { values } = checkQuery(searchParams, KEYS);
  return csvDownload(request, () => exportCaseloadDashboard({ ...values, clinicianId }));
}
