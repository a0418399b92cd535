import { exportCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { csvDownload } from '@/lib/csv-response';

/** A supervisee's caseload dashboard as CSV, for their supervisor (the data layer decides who may). */
export async function GET(request: Request, { params }: { params: Promise<{ clinicianId: string }> }): Promise<Response> {
  const { clinicianId } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  return csvDownload(request, () => exportCaseloadDashboard({ ...query, clinicianId }));
}
