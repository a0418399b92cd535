import { exportClientRecordFhir } from '@/lib/data/record-export';
import { recordDownload } from '@/lib/record-download';
import { checkRouteInput } from '@/lib/route-input';

/** One client's record as a FHIR R4 Bundle (staff copy), for the treating clinician and their supervisor. */
export async function GET(request: Request, { params }: { params: Promise<{ clientId: string }> }): Promise<Response> {
  const { clientId } = await params;
  const { refusal } = checkRouteInput(request, { 'client id': clientId });
  if (refusal) return refusal;
  return recordDownload(request, () => exportClientRecordFhir(clientId));
}
