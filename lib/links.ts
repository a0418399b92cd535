import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/**
 * The one way to build an absolute link for an email (invitations, password resets): APP_URL
 * when it is set (a real deployment behind a proxy should set it), otherwise the origin the
 * request came in on, so the demo's links open the server that sent them.
 */
export async function absoluteUrl(path: string): Promise<string> {
  return new URL(path, await appOrigin()).toString();
}

async function appOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured;
  try {
    const incoming = await headers();
    const host = incoming.get('x-forwarded-host') ?? incoming.get('host');
    if (host) {
      const protocol = incoming.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
      return `${protocol === 'https' ? 'https' : 'http'}://${host}`;
    }
  } catch {
    // Outside a request (scripts, tests): fall through to the local default.
  }
  return `http://localhost:${process.env.PORT ?? '3000'}`;
}
