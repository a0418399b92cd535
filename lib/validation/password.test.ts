import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { newPassword, passwordIsEmail, withNewPassword } from './password';

const form = withNewPassword({ token: z.string() });
const errorsOf = (input: unknown) => {
  const result = form.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe('new password rules', () => {
  test('12 characters or more, not on the common list, is accepted', () => {
    expect(newPassword.safeParse('maple kettle orbit').success).toBe(true);
    expect(newPassword.safeParse('abcdefghijk!').success).toBe(true);
  });

  test('too short, empty and too long get plain messages', () => {
    expect(newPassword.safeParse('short-one').error?.issues[0]?.message).toBe(
      'Your password needs at least 12 characters.',
    );
    expect(newPassword.safeParse('').error?.issues[0]?.message).toBe('Choose a password.');
    expect(newPassword.safeParse('x'.repeat(201)).error?.issues[0]?.message).toBe(
      'Your password must be 200 characters or fewer.',
    );
    expect(newPassword.safeParse(12345678901234).success).toBe(false);
  });

  test('a common password is refused whatever its case', () => {
    for (const common of ['qwerty123456', 'QWERTY123456', '1q2w3e4r5t6y', 'LeaveMeAlone']) {
      expect(newPassword.safeParse(common).error?.issues[0]?.message, common).toMatch(/commonly used passwords/);
    }
  });

  test('the confirmation must match, and the error sits on the confirmation field', () => {
    expect(errorsOf({ token: 't', password: 'maple kettle orbit', confirmPassword: 'maple kettle orbiT' })).toEqual({
      confirmPassword: ['The two passwords are not the same.'],
    });
    expect(errorsOf({ token: 't', password: 'maple kettle orbit', confirmPassword: 'maple kettle orbit' })).toEqual({});
  });

  test('the email itself is not a password', () => {
    expect(passwordIsEmail(' Alex.Long@Example.org ', 'alex.long@example.org')).toBe(true);
    expect(passwordIsEmail('alex.long@example.org!', 'alex.long@example.org')).toBe(false);
  });
});
