import { appOrigin } from '@/lib/env';

/**
 * The one way to build an absolute link for an email (invitations, password resets, flag
 * alerts): always from APP_URL (or http://localhost:<PORT> in the embedded demo), never from the
 * request's Host or X-Forwarded-Host, which anyone can forge (ADR 13).
 */
export function absoluteUrl(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//'))
    throw new Error(`absoluteUrl needs a path starting with one "/", got ${JSON.stringify(path)}`);
  return `${appOrigin()}${path}`;
}
