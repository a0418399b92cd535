import { exportMyRecordFhir } from '@/lib/data/record-export';
import { recordDownload } from '@/lib/record-download';
import { checkRouteInput } from '@/lib/route-input';

/**
 * The signed-in client's own record as a FHIR R4 Bundle: their goals with history, check-ins,
 * scores and signed plans; no flags, flag notes, supervision, therapist ratings or session notes.
 */
export async function GET(request: Request): Promise<Response> {
  const { refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  return recordDownload(request, () => exportMyRecordFhir());
}
