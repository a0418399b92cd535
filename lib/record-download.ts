import { isAppError } from '@/lib/errors';

/**
 * The one way a record leaves as a file (FHIR JSON, NDJSON, PDF): never cached, saved as a file.
 * No session → sign in; not permitted or missing → 404, exactly like a page (nothing is
 * generated); too many downloads → 429 with Retry-After.
 */
export async function recordDownload(
  request: Request,
  produce: () => Promise<{ body: string | Uint8Array; filename: string; contentType: string; resources?: number }>,
): Promise<Response> {
  try {
    const result = await produce();
    return new Response(result.body as BodyInit, {
      headers: {
        'content-type': result.contentType,
        'content-disposition': `attachment; filename="${result.filename}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        ...(result.resources === undefined ? {} : { 'x-export-resources': String(result.resources) }),
      },
    });
  } catch (error) {
    if (isAppError(error, 'unauthenticated')) return Response.redirect(new URL('/sign-in', request.url), 303);
    if (isAppError(error, 'not-found'))
      return new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } });
    if (isAppError(error, 'rate-limited')) {
      return new Response(error.message, {
        status: 429,
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          'retry-after': String(error.retryAfterSeconds ?? 60),
          'cache-control': 'no-store',
        },
      });
    }
    if (isAppError(error, 'invalid'))
      return new Response('This address contains a value that cannot be used.', {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    throw error;
  }
}
