import { exportTeamRecordsFhir } from '@/lib/data/record-export';
import { recordDownload } from '@/lib/record-download';
import { checkRouteInput } from '@/lib/route-input';

/** Every client of the supervisor's team, one FHIR R4 Bundle per line (NDJSON). */
export async function GET(request: Request): Promise<Response> {
  const { refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  return recordDownload(request, () => exportTeamRecordsFhir());
}
