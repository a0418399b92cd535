import { headers } from 'next/headers';
import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { formatDateTime } from '@/components/ui/format';
import type { PrintableVersion } from '@/lib/data/plan-print';
import { PrintButton } from './print-button';
import { PRINT_CSS } from './print-css';

/** This response's CSP nonce (proxy.ts), so the document's inline stylesheet is allowed. */
async function styleNonce(): Promise<string | undefined> {
  const policy = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

/**
 * A printed document on screen (ADR 0018): a toolbar that never prints (back, print, Download
 * PDF, earlier signed versions), then the document's HTML, the very string the PDF is made
 * from. `documentHtml` comes from components/print/*-document.ts, which escape every value.
 * Links INTO a print page are plain <a> (a full page load), never next/link: the inline
 * stylesheet carries this response's CSP nonce, and a client-side navigation would insert it
 * into a document whose policy has another nonce (the browser blocks it).
 */
export async function PrintView({
  documentHtml,
  backHref,
  backLabel,
  pdfHref,
  pdfAvailable,
  versions,
  currentVersionId,
  versionHref,
  audience,
  timeZone,
  notice,
}: {
  documentHtml: string;
  backHref: string;
  backLabel: string;
  pdfHref: string;
  pdfAvailable: boolean;
  versions: PrintableVersion[];
  currentVersionId: string | null;
  versionHref: (versionId: string | null) => string;
  audience: 'client' | 'staff';
  timeZone: string;
  notice?: ReactNode;
}) {
  const nonce = await styleNonce();
  return (
    <>
      <style nonce={nonce}>{PRINT_CSS}</style>
      <nav
        aria-label="Print options"
        className="mx-auto mb-6 max-w-3xl space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-4 print:hidden"
      >
        <p>
          <Link href={backHref}>{backLabel}</Link>
        </p>
        {notice}
        <div className="flex flex-wrap gap-3">
          <PrintButton />
          {pdfAvailable ? (
            <a href={pdfHref} className={buttonClasses('primary')}>
              Download PDF
            </a>
          ) : null}
        </div>
        {pdfAvailable ? null : (
          <p className="text-sm text-slate-800">
            PDF downloads are not available on this server (it has no Chromium browser to make them). Use Print instead:
            most browsers can save the printout as a PDF.
          </p>
        )}
        {versions.length > 0 ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-brand-800">
              {audience === 'client' ? 'Plans you signed before' : `Signed versions (${versions.length})`}
            </summary>
            <ul className="mt-2 space-y-1">
              <li>
                {currentVersionId === null ? (
                  <span aria-current="page">The plan as it stands now (shown)</span>
                ) : (
                  <a href={versionHref(null)}>The plan as it stands now</a>
                )}
              </li>
              {versions.map((version) => {
                const label =
                  audience === 'client'
                    ? `Signed on ${formatDateTime(version.completedAt, timeZone)}`
                    : `Version ${version.number}, signed ${formatDateTime(version.completedAt, timeZone)}`;
                return (
                  <li key={version.id}>
                    {version.id === currentVersionId ? (
                      <span aria-current="page">{label} (shown)</span>
                    ) : (
                      <a href={versionHref(version.id)}>{label}</a>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        ) : null}
      </nav>
      <div dangerouslySetInnerHTML={{ __html: documentHtml }} />
    </>
  );
}
