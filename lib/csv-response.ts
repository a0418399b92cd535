import { isAppError } from '@/lib/errors';

/**
 * A CSV download from a data-layer export: UTF-8 with a byte-order mark (spreadsheets then read
 * accents correctly), never cached. No session → sign in; not permitted or missing → 404,
 * exactly like a page.
 */
export async function csvDownload(
  request: Request,
  produce: () => Promise<{ csv: string; rows: number; filename: string }>,
): Promise<Response> {
  try {
    const result = await produce();
    return new Response(`\uFEFF${result.csv}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${result.filename}"`,
        'cache-control': 'no-store',
        'x-export-rows': String(result.rows),
      },
    });
  } catch (error) {
    if (isAppError(error, 'unauthenticated')) return Response.redirect(new URL('/sign-in', request.url), 303);
    if (isAppError(error, 'not-found')) return new Response('Not found', { status: 404 });
    if (isAppError(error, 'invalid'))
      return new Response('This address contains a value that cannot be used.', {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    throw error;
  }
}
