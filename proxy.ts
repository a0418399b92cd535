import NextAuth from 'next-auth';
import { decode } from 'next-auth/jwt';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/config';
import { sessionClaimsSchema } from '@/lib/auth/claims';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { cookieRenewal } from '@/lib/auth/session-timing';
import { appOrigin } from '@/lib/env';
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from '@/lib/security-headers';

/**
 * Proxy only stamps a request id, sets the security headers (a CSP with a fresh nonce, HSTS
 * behind an https:// APP_URL) and redirects signed-out visitors to sign in; it never
 * decides access to data (the data layer does, on every call). Running Auth.js here also
 * re-issues the session cookie, which is what keeps an active sign-in alive and lets an idle
 * one lapse after 15 minutes (at most a minute late). The cookie is re-issued at most once a
 * minute (ADR 0016): a cookie whose token was issued less than a minute ago, and that passes
 * the idle and absolute checks, goes on as it is, without Auth.js encrypting a new one. No
 * database in this file.
 */
/** HTTPS is known from the configured public address, never from a forwardable request header. */
const servedOverHttps = () => appOrigin().startsWith('https://');

const { auth } = NextAuth(() => ({ ...authConfig, secret: resolveAuthSecret() }));

const PUBLIC_PATHS = [
  /^\/unsubscribe\//,
  /^\/api\/unsubscribe\//,
  /^\/sign-in$/,
  /^\/invite(\/|$)/,
  /^\/forgot-password$/,
  /^\/reset-password(\/|$)/,
  /^\/api\/auth\//,
];

type AuthedRequest = NextRequest & { auth: { claims?: unknown } | null };
type ProxyHandler = (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

function withTransportSecurity(response: Response): Response {
  if (servedOverHttps()) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

function handle(request: AuthedRequest): Response {
  const requestId = crypto.randomUUID();
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.claims && !PUBLIC_PATHS.some((pattern) => pattern.test(pathname))) {
    const signIn = new URL('/sign-in', request.nextUrl);
    if (pathname !== '/') signIn.searchParams.set('next', `${pathname}${search}`);
    return withTransportSecurity(NextResponse.redirect(signIn));
  }
  // A nonce per response: Next reads it from the request's CSP header and puts it on its own
  // scripts; the browser gets the same policy on the response (ADR 13).
  const csp = contentSecurityPolicy(createNonce(), {
    development: process.env.NODE_ENV === 'development',
    https: servedOverHttps(),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-request-id', requestId);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('x-request-id', requestId);
  response.headers.set('Content-Security-Policy', csp);
  return withTransportSecurity(response);
}

// With a lazily built configuration, Auth.js hands the wrapped handler back in a promise.
const wrapped = auth(handle as never) as unknown as Promise<ProxyHandler>;

const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

/**
 * The session claims of a cookie that needs no re-issue yet (decrypted, valid claims, issued
 * less than a minute ago, within the idle and absolute limits); null sends the request
 * through Auth.js, which re-issues, refuses or clears the cookie.
 */
async function freshClaims(request: NextRequest): Promise<unknown> {
  const name = SESSION_COOKIES.find((candidate) => request.cookies.has(candidate));
  if (!name) return null;
  try {
    const token = await decode({ token: request.cookies.get(name)?.value, secret: resolveAuthSecret(), salt: name });
    const parsed = sessionClaimsSchema.safeParse(token);
    if (!parsed.success || cookieRenewal(parsed.data, Date.now()) !== 'keep') return null;
    return parsed.data;
  } catch {
    return null;
  }
}

export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const claims = await freshClaims(request);
  if (claims) return handle(Object.assign(request, { auth: { claims } }));
  return (await wrapped)(request, event);
}

export const config = {
  // Everything except static assets and the health check (which load balancers call unauthenticated).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|api/health).*)'],
};
