'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth/auth';
import { publicFormAction } from '@/lib/form-action';
import { signInSchema } from '@/lib/validation/auth';

const INVALID_CREDENTIALS = 'That email and password do not match an active account.';
const ACCOUNT_LOCKED = 'Too many attempts. For your security this account is locked for 15 minutes. Try again later, or ask your administrator.';

export const signInAction = publicFormAction(signInSchema, async ({ email, password, next }) => {
  try {
    // Back to the page that asked for a sign-in, or "/", which sends each role to its home.
    await signIn('credentials', { email, password, redirectTo: next });
  } catch (error) {
    if (error instanceof AuthError && error.type === 'CredentialsSignin') {
      const locked = (error as AuthError & { code?: string }).code === 'locked';
      return { status: 'error', message: locked ? ACCOUNT_LOCKED : INVALID_CREDENTIALS, values: { email } };
    }
    throw error; // includes the redirect that a successful sign-in throws
  }
});
