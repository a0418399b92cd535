import 'server-only';
import { recordDownload } from '@/lib/record-download';
import { htmlToPdf, PdfUnavailable } from './render';

/**
 * A PDF download from a data-layer read (ADR 0018): the read checks access, audits and counts
 * the export, and only then is the HTML made and turned into a PDF. The answers for refusals are
 * recordDownload's (404 like a page, 429 over the limit); no Chromium → 503 saying so.
 */
export async function pdfDownload<T>(
  request: Request,
  read: () => Promise<T>,
  toHtml: (data: T) => string,
  filename: (data: T) => string,
): Promise<Response> {
  return recordDownload(request, async () => {
    const data = await read();
    return { body: await htmlToPdf(toHtml(data)), filename: filename(data), contentType: 'application/pdf' };
  }).catch((error: unknown) => {
    if (!(error instanceof PdfUnavailable)) throw error;
    return new Response(
      'PDF downloads are not available on this server. Use the print page and your browser’s “Print” (or “Save as PDF”) instead.',
      {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      },
    );
  });
}

/** A file name from a person's name: ASCII letters and digits only, so every browser keeps it. */
export function fileSlug(value: string): string {
  const slug = value
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return slug || 'record';
}
