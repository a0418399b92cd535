import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';
import { planDocumentBody } from '@/components/print/plan-document';
import { PrintView } from '@/components/print/print-view';
import { verifySession } from '@/lib/auth/session';
import { getPrintablePlan } from '@/lib/data/plan-print';
import { loadOrNotFound } from '@/lib/page-data';
import { pdfAvailable } from '@/lib/pdf/render';
import { recordIdOrNotFound } from '@/lib/route-input';
import { checkQuery, isRecordId } from '@/lib/validation/url-input';

export const metadata: Metadata = { title: 'Print the care plan' };

const KEYS = ['version'] as const;

/** The client's care plan, or one of its signed versions, ready to print or download as a PDF. */
export default async function PrintClientPlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ clientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [route, query, principal] = await Promise.all([params, searchParams, verifySession()]);
  // A staff address: a client prints their plan from the portal, like every staff page sends them there.
  if (principal?.role === 'client') redirect('/portal');
  const clientId = recordIdOrNotFound(route.clientId);
  const { values, ignored } = checkQuery(query, KEYS);
  // A version that is not a record id names no signed version: the page does not exist.
  const version = values.version === undefined ? undefined : recordIdOrNotFound(values.version);
  const plan = await loadOrNotFound(() => getPrintablePlan({ clientId, version, format: 'html' }));
  const base = `/clients/${clientId}/plan/print`;
  const withVersion = (path: string, id: string | null) => (id && isRecordId(id) ? `${path}?version=${id}` : path);
  return (
    <PrintView
      documentHtml={planDocumentBody(plan)}
      backHref={`/clients/${clientId}/plan`}
      backLabel={`Back to ${plan.client.displayName}’s plan`}
      pdfHref={withVersion(`${base}/pdf`, plan.version?.id ?? null)}
      pdfAvailable={pdfAvailable()}
      versions={plan.signedVersions}
      currentVersionId={plan.version?.id ?? null}
      versionHref={(id) => withVersion(base, id)}
      audience="staff"
      timeZone={plan.timeZone}
      notice={<IgnoredQueryNotice ignored={ignored} />}
    />
  );
}
