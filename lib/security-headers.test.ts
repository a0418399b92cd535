import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, createNonce } from './security-headers';

describe('content security policy (ADR 13)', () => {
  test('scripts need this response’s nonce; nothing inline or eval in production', () => {
    const csp = contentSecurityPolicy('abc123', { development: false, https: false });
    expect(csp.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self' 'nonce-abc123' 'strict-dynamic'",
      "style-src 'self' 'nonce-abc123'",
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    expect(csp).not.toContain('unsafe-eval');
  });

  test('development adds unsafe-eval; https adds upgrade-insecure-requests', () => {
    expect(contentSecurityPolicy('n', { development: true, https: false })).toContain(
      "script-src 'self' 'nonce-n' 'strict-dynamic' 'unsafe-eval'",
    );
    expect(
      contentSecurityPolicy('n', { development: false, https: true }).endsWith('; upgrade-insecure-requests'),
    ).toBe(true);
  });

  test('a nonce is 128 random bits, base64, new each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
