import 'server-only';
import { notFound } from 'next/navigation';
import { isRecordId, unsafeQueryKeys } from '@/lib/validation/url-input';

/**
 * Address checks for pages and route handlers (ADR 13): a malformed id is a 404 on a page and a
 * 400 from a route handler, never a query that fails in the database.
 */

/** A record id from a page's route: a malformed one is simply a page that does not exist. */
export function recordIdOrNotFound(value: string): string {
  if (!isRecordId(value)) notFound();
  return value;
}

export function badRequest(message: string): Response {
  return new Response(message, {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * For route handlers: the query string, or a 400 naming the first unusable value, and a 400 for
 * any route id that is not a record id.
 */
export function checkRouteInput(
  request: Request,
  ids: Record<string, string> = {},
): { searchParams: URLSearchParams; refusal: Response | null } {
  const searchParams = new URL(request.url).searchParams;
  for (const [name, value] of Object.entries(ids)) {
    if (!isRecordId(value)) return { searchParams, refusal: badRequest(`The ${name} in this address is not valid.`) };
  }
  const unsafe = unsafeQueryKeys(searchParams);
  if (unsafe.length > 0)
    return {
      searchParams,
      refusal: badRequest(
        'This address contains a value that cannot be used (control or hidden characters, or too long).',
      ),
    };
  return { searchParams, refusal: null };
}
