import { planDocumentHtml } from '@/components/print/plan-document';
import { getPrintablePlan } from '@/lib/data/plan-print';
import { pdfDownload } from '@/lib/pdf/response';
import { badRequest, checkRouteInput } from '@/lib/route-input';
import { checkQuery, isRecordId } from '@/lib/validation/url-input';

/** The client's own plan (or a plan they signed before) as a PDF. */
export async function GET(request: Request): Promise<Response> {
  const { searchParams, refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  const { values } = checkQuery(searchParams, ['version'] as const);
  if (values.version !== undefined && !isRecordId(values.version))
    return badRequest('The plan version in this address is not valid.');
  return pdfDownload(
    request,
    () => getPrintablePlan({ version: values.version, format: 'pdf' }),
    planDocumentHtml,
    (plan) => `my-care-plan${plan.version ? `-${plan.version.completedAt.slice(0, 10)}` : ''}.pdf`,
  );
}
