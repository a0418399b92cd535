import { afterEach, expect, test } from 'vitest';

const RealFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = RealFunction;
});

test('the form schemas are built and run without the Function constructor (no eval under the CSP, ADR 13)', async () => {
  const calls: unknown[][] = [];
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: unknown[]) {
      calls.push(args);
      return Reflect.construct(target, args) as object;
    },
    apply(target, thisArg, args: unknown[]) {
      calls.push(args);
      return Reflect.apply(target, thisArg, args) as unknown;
    },
  });
  const { createGoalSchema } = await import('./goals');
  const { organizationSettingsFormSchema } = await import('./organization-settings');
  const { signInSchema } = await import('./auth');
  expect(signInSchema.safeParse({ email: 'sam@example.org', password: 'x' }).success).toBe(true);
  expect(createGoalSchema.safeParse({}).success).toBe(false);
  expect(organizationSettingsFormSchema.safeParse({ name: 'Riverside' }).success).toBe(false);
  expect(calls).toEqual([]);
});
