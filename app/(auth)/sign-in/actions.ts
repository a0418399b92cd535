'use server';

import { AuthError } from 'next-auth';
import { TOO_MANY_ATTEMPTS } from '@/lib/auth/attempt-limits';
import { signIn } from '@/lib/auth/auth';
import { publicFormAction } from '@/lib/form-action';
import { signInSchema } from '@/lib/validation/auth';

const INVALID_CREDENTIALS = 'That email and password do not match an active account.';

export const signInAction = publicFormAction(signInSchema, async ({ email, password, next }) => {
  try {
    // Back to the page that asked for a sign-in, or "/", which sends each role to its home.
    await signIn('credentials', { email, password, redirectTo: next });
  } catch (error) {
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      // The same two answers for every email, existing or not (ADR 0012).
      const limited = (error as AuthError & { code?: string }).code === 'too-many-attempts';
      return { status: 'error', message: limited ? TOO_MANY_ATTEMPTS : INVALID_CREDENTIALS, values: { email } };
    }
    throw error; // includes the redirect that a successful sign-in throws
  }
});
