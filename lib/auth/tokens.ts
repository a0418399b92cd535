import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: the secret part of an invitation or password-reset link. */
export const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface IssuedToken {
  /** Goes in the link only; never stored. */
  token: string;
  /** What the database keeps. */
  hash: string;
}

export function issueToken(): IssuedToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A link that was cut short, padded or edited fails here, before any database look-up. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}
