import { getSessionCalendarFile } from '@/lib/data/reminders';
import { isAppError } from '@/lib/errors';
import { checkRouteInput } from '@/lib/route-input';

/** The client's session as an .ics calendar file: the same file the session reminder attaches. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ therapySessionId: string }> },
): Promise<Response> {
  const { therapySessionId } = await params;
  const { refusal } = checkRouteInput(request, { 'session id': therapySessionId });
  if (refusal) return refusal;
  try {
    const file = await getSessionCalendarFile(therapySessionId);
    return new Response(file.content, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isAppError(error, 'unauthenticated')) return Response.redirect(new URL('/sign-in', request.url), 303);
    if (isAppError(error, 'not-found')) return new Response('Not found', { status: 404 });
    throw error;
  }
}
