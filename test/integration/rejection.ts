import { expect } from 'vitest';
import { AppError } from '@/lib/errors';

/** Awaits a call that must be refused, and hands back the AppError it was refused with. */
export async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
