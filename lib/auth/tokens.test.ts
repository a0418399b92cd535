import { describe, expect, test } from 'vitest';
import { hashToken, issueToken, looksLikeToken } from './tokens';

describe('access tokens', () => {
  test('a token is 32 random bytes in base64url and only its SHA-256 is kept', () => {
    const { token, hash } = issueToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
  });

  test('two tokens are never the same', () => {
    const seen = new Set(Array.from({ length: 200 }, () => issueToken().token));
    expect(seen.size).toBe(200);
  });

  test('a cut, padded or edited link is recognised before any look-up', () => {
    const { token } = issueToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(looksLikeToken(token.slice(1))).toBe(false);
    expect(looksLikeToken(`${token}=`)).toBe(false);
    expect(looksLikeToken(`${token.slice(0, 42)}!`)).toBe(false);
    expect(looksLikeToken('')).toBe(false);
    expect(looksLikeToken(undefined)).toBe(false);
  });

  test('changing one character gives a different hash', () => {
    const { token, hash } = issueToken();
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(hashToken(tampered)).not.toBe(hash);
  });
});
