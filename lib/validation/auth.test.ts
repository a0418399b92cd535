import { describe, expect, test } from 'vitest';
import { nextPathSchema, signInSchema } from './auth';

describe('where sign-in may send you next', () => {
  test.each([
    ['/clients/123', '/clients/123'],
    ['/caseload?q=ma', '/caseload?q=ma'],
    [undefined, '/'],
    ['', '/'],
    ['//evil.example/path', '/'],
    ['https://evil.example', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in?next=/x', '/'],
  ])('%s → %s', (input, expected) => {
    expect(nextPathSchema.parse(input)).toBe(expected);
  });
});

describe('the sign-in form', () => {
  test('lower-cases and trims the email', () => {
    expect(signInSchema.parse({ email: '  Sam@Example.COM ', password: 'x' })).toMatchObject({
      email: 'sam@example.com',
      next: '/',
    });
  });
  test.each([
    [{ email: '', password: 'x' }, 'email', 'Enter your email address.'],
    [{ email: 'not-an-email', password: 'x' }, 'email', 'Enter an email address like name@example.com.'],
    [{ email: 'a@b.co', password: '' }, 'password', 'Enter your password.'],
    [{ email: 'a@b.co', password: 'x'.repeat(1025) }, 'password', 'That password is too long.'],
  ])('%o → %s error', (input, field, message) => {
    const result = signInSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});
