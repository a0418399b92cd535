import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cookies, headers } from 'next/headers';
import { verifyCredentials } from '@/lib/data/authentication';
import { signInSchema } from '@/lib/validation/auth';
import { authConfig, type AuthorizedUser } from './config';
import { DEVICE_COOKIE, DEVICE_TTL_MS, issueDeviceToken } from './device-cookie';
import { readSignInOrigin } from './request-context';
import { resolveAuthSecret } from './secret';

/** Thrown to the sign-in form when the attempt limits refuse an attempt (ADR 0012). */
export class TooManyAttemptsError extends CredentialsSignin {
  override code = 'too-many-attempts';
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: resolveAuthSecret(),
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw): Promise<AuthorizedUser | null> {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const now = new Date();
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, now, await readSignInOrigin());
        if (!result.ok) {
          if (result.reason === 'too-many-attempts') throw new TooManyAttemptsError();
          return null;
        }
        // Remember this browser for 30 days: it then has its own attempt count for the account.
        (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(result.user.id, now.getTime(), resolveAuthSecret()), {
          httpOnly: true,
          sameSite: 'lax',
          // Like Auth.js's own cookies: Secure whenever the site is served over HTTPS.
          secure: (await headers()).get('x-forwarded-proto') === 'https',
          path: '/',
          maxAge: DEVICE_TTL_MS / 1000,
        });
        return result.user;
      },
    }),
  ],
}));
