import { TextField } from './ui/field';

const HINT = 'At least 12 characters. A few unrelated words make a strong password that is easy to remember.';

/** The new password and its confirmation, the same on every password form. */
export function NewPasswordFields({ errors, passwordLabel = 'New password' }: { errors?: Record<string, string[] | undefined>; passwordLabel?: string }) {
  return (
    <>
      <TextField label={passwordLabel} name="password" type="password" autoComplete="new-password" required minLength={12} maxLength={200} hint={HINT} error={errors?.password?.[0]} />
      <TextField label="Type it again" name="confirmPassword" type="password" autoComplete="new-password" required maxLength={200} error={errors?.confirmPassword?.[0]} />
    </>
  );
}
