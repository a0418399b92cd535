/**
 * The Content-Security-Policy and HSTS headers, built per request in proxy.ts (ADR 13). Pure, so
 * it is unit-tested; proxy.ts is the only place that sets them (a second, static CSP elsewhere
 * would be applied as well by the browser and block the nonce'd scripts).
 */

/** A fresh nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only from this site with this response's nonce ('strict-dynamic' lets Next's nonce'd
 * loader add its chunks); no plugins, no framing, forms post only here. Style attributes stay
 * allowed (`style-src-attr`): React renders a few (a progress bar's width) and they cannot run
 * code. Development also needs 'unsafe-eval' for React's debugging tools.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** Two years, subdomains included: browsers ignore it on plain HTTP, so it is sent only for an https:// APP_URL. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
