import 'server-only';
import { redirect } from 'next/navigation';
import { type z } from 'zod';
import { verifySession } from '@/lib/auth/session';
import type { Principal } from '@/lib/auth/principal';
import { AppError } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import { nestFormValues } from '@/lib/validation/form-values';
import { fieldErrorsOf } from '@/lib/validation/parse';

type Handler<S extends z.ZodType, TData> = (
  input: z.output<S>,
  principal: Principal,
) => Promise<FormState<TData> | void>;

/**
 * The one wrapper for form server actions: checks the session, nests the form's fields by
 * their dotted names (`goals.0.progress`, see nestFormValues), parses that with the zod schema,
 * runs the handler, and turns the data layer's AppError into field errors and a
 * message for useActionState. Redirects thrown by the handler pass through. The data layer
 * still authorises the call itself; this is the first gate, not the only one.
 */
export function formAction<S extends z.ZodType, TData = unknown>(schema: S, handler: Handler<S, TData>) {
  return async (_previous: FormState<TData>, formData: FormData): Promise<FormState<TData>> => {
    const principal = await verifySession();
    if (!principal) redirect('/sign-in');
    return runForm(schema, formData, (input) => handler(input, principal));
  };
}

/** The same parsing and error mapping for the few forms used before signing in. */
export function publicFormAction<S extends z.ZodType, TData = unknown>(
  schema: S,
  handler: (input: z.output<S>) => Promise<FormState<TData> | void>,
) {
  return async (_previous: FormState<TData>, formData: FormData): Promise<FormState<TData>> =>
    runForm(schema, formData, handler);
}

async function runForm<S extends z.ZodType, TData>(
  schema: S,
  formData: FormData,
  handler: (input: z.output<S>) => Promise<FormState<TData> | void>,
): Promise<FormState<TData>> {
  const values = formValues(formData);
  const submittedAt = Date.now();
  const parsed = schema.safeParse(nestFormValues(values));
  if (!parsed.success) {
    return {
      status: 'error',
      code: 'invalid',
      message: 'Some details need attention.',
      fieldErrors: fieldErrorsOf(parsed.error),
      values: withoutSecrets(values),
      submittedAt,
    };
  }
  try {
    const result = await handler(parsed.data);
    return { status: 'success', submittedAt, ...(result ?? {}) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error; // redirects and real failures propagate
    if (error.code === 'unauthenticated') redirect('/sign-in');
    return {
      status: 'error',
      code: error.code,
      message: error.message,
      fieldErrors: error.fieldErrors,
      values: withoutSecrets(values),
      data: error.current as TData | undefined,
      submittedAt,
    };
  }
}

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue; // React's own action bookkeeping
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}

/** Passwords are never echoed back to the browser. */
function withoutSecrets(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
