import 'server-only';
import crypto from 'node:crypto';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { isReminderKind, type ReminderKind } from '@/lib/domain/reminders/schedule';

/*
 * One-click unsubscribe links (RFC 8058): `<user id>.<kind>.<signature>`, an HMAC-SHA256 of
 * the first two parts under a key derived from AUTH_SECRET. Anyone holding the link may switch
 * that one kind off for that one person, and nothing else; a changed character fails.
 */

function key(): Buffer {
  return crypto.createHmac('sha256', resolveAuthSecret()).update('accord:unsubscribe:v1').digest();
}

function signature(userId: string, kind: string): string {
  return crypto.createHmac('sha256', key()).update(`${userId}.${kind}`).digest('base64url');
}

export function unsubscribeToken(userId: string, kind: ReminderKind): string {
  return `${userId}.${kind}.${signature(userId, kind)}`;
}

/** The person and kind a token stands for, or null for anything tampered with or malformed. */
export function readUnsubscribeToken(token: string): { userId: string; kind: ReminderKind } | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match =
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z-]{1,40})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, userId, kind, given] = match as unknown as [string, string, string, string];
  if (!isReminderKind(kind)) return null;
  const expected = Buffer.from(signature(userId, kind));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !crypto.timingSafeEqual(expected, actual)) return null;
  return { userId, kind };
}
