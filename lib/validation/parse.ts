import { z } from 'zod';
import { AppError } from '@/lib/errors';

/** Parses input at a trust boundary; failures become the one error type, with field messages. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new AppError('invalid', 'Some details need attention.', {
      fieldErrors: z.flattenError(result.error).fieldErrors,
    });
  }
  return result.data;
}
