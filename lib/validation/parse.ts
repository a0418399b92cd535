import { type z } from 'zod';
import { AppError, type FieldErrors } from '@/lib/errors';

/**
 * Field messages keyed by the issue's schema path, dotted: `wording`, `objectives.1.description`,
 * `goals.0.progress`, `phq9.8`. Every form names its fields by the same paths and formAction
 * nests them (nestFormValues), so each message lands next to its field.
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
