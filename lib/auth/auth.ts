import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { verifyCredentials } from '@/lib/data/authentication';
import { signInSchema } from '@/lib/validation/auth';
import { authConfig, type AuthorizedUser } from './config';
import { resolveAuthSecret } from './secret';

/** Thrown to the sign-in form when the account is temporarily locked after repeated failures. */
export class AccountLockedError extends CredentialsSignin {
  override code = 'locked';
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
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, new Date());
        if (result.ok) return result.user;
        if (result.reason === 'locked') throw new AccountLockedError();
        return null;
      },
    }),
  ],
}));
