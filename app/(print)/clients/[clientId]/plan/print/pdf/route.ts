import { planDocumentHtml } from '@/components/print/plan-document';
import { verifySession } from '@/lib/auth/session';
import { getPrintablePlan } from '@/lib/data/plan-print';
import { fileSlug, pdfDownload } from '@/lib/pdf/response';
import { badRequest, checkRouteInput } from '@/lib/route-input';
import { checkQuery, isRecordId } from '@/lib/validation/url-input';

/** The printable care plan (or a signed version of it) as a PDF, for the treating clinician and their supervisor. */
export async function GET(request: Request, { params }: { params: Promise<{ clientId: string }> }): Promise<Response> {
  const { clientId } = await params;
  const { searchParams, refusal } = checkRouteInput(request, { client: clientId });
  if (refusal) return refusal;
  const { values } = checkQuery(searchParams, ['version'] as const);
  if (values.version !== undefined && !isRecordId(values.version))
    return badRequest('The plan version in this address is not valid.');
  // A staff address: a client downloads their plan from the portal (/portal/plan/print/pdf).
  if ((await verifySession())?.role === 'client')
    return new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } });
  return pdfDownload(
    request,
    () => getPrintablePlan({ clientId, version: values.version, format: 'pdf' }),
    planDocumentHtml,
    (plan) => `care-plan-${fileSlug(plan.client.displayName)}${plan.version ? `-v${plan.version.number}` : ''}.pdf`,
  );
}
