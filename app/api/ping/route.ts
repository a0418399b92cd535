export const dynamic = 'force-dynamic';

/**
 * The benchmark's trivial route: no database, no rendering, but through the same server and
 * proxy (session cookie decoded) as every page. Reveals nothing.
 */
export function GET() {
  return new Response('ok', { headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });
}
