import { exportAuditLog } from '@/lib/data/audit-log';
import { isAppError } from '@/lib/errors';
import { checkRouteInput } from '@/lib/route-input';

/** The audit log, filtered like the page, as a CSV download. Admins only (the data layer decides). */
export async function GET(request: Request): Promise<Response> {
  const { searchParams, refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  const query = Object.fromEntries(searchParams);
  try {
    const result = await exportAuditLog(query);
    if (Object.keys(result.errors).length > 0) {
      return new Response('Some filters need attention: go back to the audit log page to see which.', {
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(`\uFEFF${result.csv}`, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="accord-audit-log-${stamp}.csv"`,
        'cache-control': 'no-store',
        'x-export-rows': String(result.rows),
        'x-export-truncated': String(result.truncated),
      },
    });
  } catch (error) {
    if (isAppError(error, 'unauthenticated')) return Response.redirect(new URL('/sign-in', request.url), 303);
    if (isAppError(error, 'not-found')) return new Response('Not found', { status: 404 });
    throw error;
  }
}
