import type { NextAuthConfig } from 'next-auth';
import { sessionClaimsSchema, type SessionClaims } from './claims';
import { IDLE_LIMIT_MS, sessionTimingVerdict } from './session-timing';

declare module 'next-auth' {
  interface Session {
    claims?: SessionClaims;
  }
}

/** What a successful credentials check hands to the JWT on sign-in. */
export interface AuthorizedUser {
  id: string;
  name: string;
  email: string;
  role: SessionClaims['role'];
  organizationId: string;
  sessionVersion: number;
}

/**
 * The part of the Auth.js configuration with no database in it, shared by proxy.ts and the
 * full configuration in ./auth.ts. The JWT cookie lives 16 minutes from its last re-issue,
 * which happens at most once a minute (idle logoff between 15 and 16 minutes after the last
 * request, ADR 0016); the absolute 12-hour limit and the idle rule are also checked on every
 * decode, so an old cookie replayed by hand is refused too.
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: 'jwt', maxAge: IDLE_LIMIT_MS / 1000 },
  pages: { signIn: '/sign-in' },
  providers: [],
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === 'CredentialsSignin' || error.name === 'CredentialsSignin') return;
      console.error('[auth]', error);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      const now = Date.now();
      if (user) {
        const signedIn = user as unknown as AuthorizedUser;
        const claims: SessionClaims = {
          userId: signedIn.id,
          organizationId: signedIn.organizationId,
          role: signedIn.role,
          sessionVersion: signedIn.sessionVersion,
          sessionId: crypto.randomUUID(),
          authTime: now,
          lastActivity: now,
        };
        return { sub: signedIn.id, ...claims };
      }
      const parsed = sessionClaimsSchema.safeParse(token);
      if (!parsed.success || sessionTimingVerdict(parsed.data, now) !== 'ok') return null;
      return { ...token, lastActivity: now };
    },
    session({ session, token }) {
      const parsed = sessionClaimsSchema.safeParse(token);
      return { ...session, claims: parsed.success ? parsed.data : undefined };
    },
  },
} satisfies NextAuthConfig;
