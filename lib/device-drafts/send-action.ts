import 'server-only';
import { verifySession } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { z } from '@/lib/validation/zod';
import type { DraftSendResult } from './rules';

/** What the phone keeps: a form's values, flat, as the form named them. */
const keptValues = z.record(z.string(), z.string());

/**
 * The one wrapper for actions that send what the phone kept (ADR 10), like `formAction` for
 * forms: checks the sign-in, checks the values are a flat form, runs the data function and
 * turns its refusal into an answer the phone acts on. A refusal is final (delete the phone's
 * copy) unless it is about a field the client can still change. No sign-in is not a refusal:
 * the phone keeps the answers for the same person to send after signing in again.
 */
export function deviceDraftAction(save: (values: Record<string, string>) => Promise<unknown>) {
  return async (raw: unknown): Promise<DraftSendResult> => {
    if (!(await verifySession())) return { outcome: 'signed-out' };
    const values = keptValues.safeParse(raw);
    if (!values.success)
      return {
        outcome: 'refused',
        final: true,
        message: 'These answers could not be read, so they were not sent.',
        riskKept: false,
      };
    try {
      await save(values.data);
      return { outcome: 'saved' };
    } catch (error) {
      if (!(error instanceof AppError)) throw error; // a real failure: the phone keeps the answers and tries again
      if (error.code === 'unauthenticated') return { outcome: 'signed-out' };
      const fields = Object.keys(error.fieldErrors ?? {}).filter((field) => field !== 'form');
      const first = fields.map((field) => error.fieldErrors?.[field]?.[0]).find(Boolean);
      return {
        outcome: 'refused',
        final: error.code !== 'invalid' || fields.length === 0,
        message:
          error.code === 'not-found'
            ? 'These answers are not for a check-in of yours, so they were not sent.'
            : first && first !== error.message
              ? `${error.message} ${first}`
              : error.message,
        riskKept: (error.current as { riskKept?: boolean } | undefined)?.riskKept === true,
      };
    }
  };
}
