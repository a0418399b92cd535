import { unsubscribe } from '@/lib/data/reminders';
import { isAppError } from '@/lib/errors';
import { checkRouteInput } from '@/lib/route-input';

/*
 * RFC 8058 one-click unsubscribe: mail apps POST "List-Unsubscribe=One-Click" to the address
 * in a reminder's List-Unsubscribe header. A GET (a person opening it) goes to the page with a
 * button, since link scanners open links without meaning to unsubscribe.
 */

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  const { token } = await params;
  try {
    await unsubscribe({ token: decodeURIComponent(token) });
    return new Response('Unsubscribed.', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  } catch (error) {
    if (isAppError(error, 'invalid')) return new Response(error.message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    throw error;
  }
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(decodeURIComponent(token))}`, request.url), 303);
}
