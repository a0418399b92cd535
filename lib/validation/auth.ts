import { z } from './zod';
import { isSafeUrlValue } from './url-input';
import { LIMITS } from './limits';

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, 'Enter your email address.')
  .max(LIMITS.email, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }))
  .transform((email) => email.toLowerCase());

/** Where to go after signing in: only a path on this site, never another origin. */
export const nextPathSchema = z
  .string()
  .optional()
  .transform((value) =>
    value && isSafeUrlValue(value, 2000) && /^\/(?!\/)[^\s\\]*$/.test(value) && !value.startsWith('/sign-in')
      ? value
      : '/',
  );

export const signInSchema = z.object({
  next: nextPathSchema,
  email: emailSchema,
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(1024, 'That password is too long.'),
});

export type SignInInput = z.infer<typeof signInSchema>;
