import 'server-only';
import { ExportLimitReached } from '@/lib/data/internal/export-limits';
import { isAppError } from '@/lib/errors';
import { htmlToPdf, PdfUnavailable } from './render';

/**
 * A PDF download from a data-layer read (ADR 0018): the read checks access, audits and counts
 * the export, and only then is the HTML made and turned into a PDF. Not permitted or missing →
 * 404 exactly like a page, nothing generated; over the export limit → 429; no Chromium → 503
 * saying so. Never cached.
 */
export async function pdfDownload<T>(request: Request, read: () => Promise<T>, toHtml: (data: T) => string, filename: (data: T) => string): Promise<Response> {
  const plain = (status: number, message: string, headers: Record<string, string> = {}) =>
    new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
  try {
    const data = await read();
    const pdf = await htmlToPdf(toHtml(data));
    return new Response(pdf as BodyInit, {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${filename(data)}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error, 'unauthenticated')) return Response.redirect(new URL('/sign-in', request.url), 303);
    if (isAppError(error, 'not-found')) return plain(404, 'Not found');
    if (isAppError(error, 'invalid')) return plain(400, 'This address contains a value that cannot be used.');
    if (error instanceof ExportLimitReached) return plain(429, error.message, { 'retry-after': String(error.retryAfterSeconds) });
    if (error instanceof PdfUnavailable) return plain(503, 'PDF downloads are not available on this server. Use the print page and your browser’s “Print” (or “Save as PDF”) instead.');
    throw error;
  }
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
