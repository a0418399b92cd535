import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';
import { planDocumentBody } from '@/components/print/plan-document';
import { PrintView } from '@/components/print/print-view';
import { homePathFor } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';
import { getPrintablePlan } from '@/lib/data/plan-print';
import { loadOrNotFound } from '@/lib/page-data';
import { pdfAvailable } from '@/lib/pdf/render';
import { recordIdOrNotFound } from '@/lib/route-input';
import { checkQuery, isRecordId } from '@/lib/validation/url-input';

export const metadata: Metadata = { title: 'Print your plan' };

const KEYS = ['version'] as const;

/** The client's own plan (or a plan they signed before), ready to print or download as a PDF. */
export default async function PrintMyPlanPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [query, principal] = await Promise.all([searchParams, verifySession()]);
  // A portal address: staff are sent to their own home, as by every portal page.
  if (principal && principal.role !== 'client') redirect(homePathFor(principal.role));
  const { values, ignored } = checkQuery(query, KEYS);
  const version = values.version === undefined ? undefined : recordIdOrNotFound(values.version);
  const plan = await loadOrNotFound(() => getPrintablePlan({ version, format: 'html' }));
  const base = '/portal/plan/print';
  const withVersion = (path: string, id: string | null) => (id && isRecordId(id) ? `${path}?version=${id}` : path);
  return (
    <PrintView
      documentHtml={planDocumentBody(plan)}
      backHref="/portal/plan"
      backLabel="Back to your plan"
      pdfHref={withVersion(`${base}/pdf`, plan.version?.id ?? null)}
      pdfAvailable={pdfAvailable()}
      versions={plan.signedVersions}
      currentVersionId={plan.version?.id ?? null}
      versionHref={(id) => withVersion(base, id)}
      audience="client"
      timeZone={plan.timeZone}
      notice={<IgnoredQueryNotice ignored={ignored} />}
    />
  );
}
