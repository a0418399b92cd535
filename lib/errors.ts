/**
 * The one error type the data layer throws. Actions and pages map it to what the person sees;
 * nothing else about it crosses to the browser.
 */
export type AppErrorCode =
  | 'unauthenticated' // no valid sign-in
  | 'not-found' // missing, foreign (another organisation) or not permitted: deliberately the same
  | 'invalid' // input failed validation; fieldErrors say where
  | 'conflict' // someone else changed the record since it was read
  | 'rate-limited'; // too many of this request for now (exports); retryAfterSeconds says how long

export type FieldErrors = Record<string, string[] | undefined>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** For conflicts: the record as it is now, so the person can see the newer values. */
  readonly current?: unknown;
  /** For 'rate-limited': how long until the next attempt may succeed. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; current?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.current = options.current;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const NOT_FOUND_MESSAGE = 'We could not find that record.';

export function notFound(): AppError {
  return new AppError('not-found', NOT_FOUND_MESSAGE);
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
