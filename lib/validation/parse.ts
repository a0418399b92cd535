import { type z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';

/**
 * Field messages keyed by field name. A problem inside a list ("the second objective's
 * description") is keyed by its dotted path, `objectives.1.description`, which is also the name
 * of that form field, so the message lands next to it. Top-level fields keep their plain names.
 */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const key = issue.path.map(String).join('.');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** Parses input at a trust boundary; failures become the one error type, with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: fieldErrorsOf(result.error),
    });
  }
  return result.data;
}
