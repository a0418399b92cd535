import { unsubscribe } from '@/lib/data/reminders';
import { isAppError } from '@/lib/errors';
import { checkRouteInput } from '@/lib/route-input';

/*
 * RFC 8058 one-click unsubscribe: mail apps POST "List-Unsubscribe=One-Click" to the address
 * in a reminder's List-Unsubscribe header. A GET changes nothing (link scanners open links
 * without meaning to unsubscribe); people use the page with a button, /unsubscribe/….
 */

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { refusal } = checkRouteInput(request);
  if (refusal) return refusal;
  const { token } = await params;
  try {
    await unsubscribe({ token });
    return new Response('Unsubscribed.', {
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  } catch (error) {
    if (isAppError(error, 'invalid'))
      return new Response(error.message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    throw error;
  }
}

/** A person who opens this address is told where to go; nothing changes on a GET. */
export function GET(): Response {
  return new Response(
    'This address is for one-click unsubscribe from mail apps. ' +
      'To stop these emails yourself, open the “Stop these emails” link in the email.',
    {
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    },
  );
}
