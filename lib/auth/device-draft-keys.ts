import crypto from 'node:crypto';

/*
 * Where and how the portal keeps unsent answers on a phone (ADR 10). Both come from the auth
 * secret and the signed-in person's id, so only that person, signed in, is given them: the
 * storage names (namespace) and the AES-GCM key that encrypts what is stored. Another person on
 * the same phone is given other names and another key, and finds nothing of the first's.
 */

export interface DeviceDraftKeys {
  /** 32 hex digits naming this person's entries in localStorage. */
  namespace: string;
  /** A 256-bit AES-GCM key, base64url. */
  key: string;
}

export function deriveDeviceDraftKeys(secret: string, userId: string): DeviceDraftKeys {
  const derive = (purpose: string) =>
    crypto.createHmac('sha256', secret).update(`accord:device-drafts:${purpose}:${userId}`).digest();
  return { namespace: derive('namespace').subarray(0, 16).toString('hex'), key: derive('key').toString('base64url') };
}
