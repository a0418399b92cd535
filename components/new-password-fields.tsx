import { TextField } from './ui/field';
import { PASSWORD_HINT, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/validation/limits';

/** The new password and its confirmation, the same on every password form. */
export function NewPasswordFields({
  errors,
  passwordLabel = 'New password',
}: {
  errors?: Record<string, string[] | undefined>;
  passwordLabel?: string;
}) {
  return (
    <>
      <TextField
        label={passwordLabel}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={PASSWORD_MAX_LENGTH}
        hint={PASSWORD_HINT}
        error={errors?.password?.[0]}
      />
      <TextField
        label="Type it again"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        error={errors?.confirmPassword?.[0]}
      />
    </>
  );
}
