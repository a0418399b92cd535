import 'server-only';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { signInLimits } from '@/db/schema';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { writeAudit } from './audit';
import type { DataContext } from './context';

/**
 * How often one person may take a record out of the app (ADR 0018). A PDF starts a browser
 * page and a Bundle reads a whole record, so each kind has its own allowance per person in a
 * rolling window: generous for someone printing a few plans, a wall for a script pulling
 * every record. The counters live in the same table and shape as the sign-in limits
 * (rate-limiter-flexible's RateLimiterDrizzle, one upsert per count), under their own prefix.
 */
export type ExportKind = 'plan-pdf' | 'record-pdf' | 'fhir';

export const EXPORT_WINDOW_SECONDS = 10 * 60;

/** Exports of each kind one person may make in the window. */
export const EXPORT_LIMITS: Readonly<Record<ExportKind, number>> = {
  'plan-pdf': 20,
  'record-pdf': 10,
  fhir: 20,
};

export const TOO_MANY_EXPORTS = 'You have downloaded this many times in the last few minutes. Please wait ten minutes and try again.';

/** Refused because of the limit: routes answer 429 with the message. Not a not-found: the caller may see the record. */
export class ExportLimitReached extends AppError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('rate-limited', TOO_MANY_EXPORTS);
    this.name = 'ExportLimitReached';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const perDatabase = new WeakMap<Db, Map<ExportKind, RateLimiterDrizzle>>();

function limiterFor(db: Db, kind: ExportKind): RateLimiterDrizzle {
  let limiters = perDatabase.get(db);
  if (!limiters) {
    limiters = new Map();
    perDatabase.set(db, limiters);
  }
  let limiter = limiters.get(kind);
  if (!limiter) {
    limiter = new RateLimiterDrizzle({ storeClient: db, schema: signInLimits, keyPrefix: `export-${kind}`, points: EXPORT_LIMITS[kind], duration: EXPORT_WINDOW_SECONDS });
    limiters.set(kind, limiter);
  }
  return limiter;
}

/**
 * Counts one export of `kind` by the signed-in person, after their access was checked and
 * before anything is generated. Over the limit: the refusal is audited (`export.limited`) and
 * ExportLimitReached is thrown.
 */
export async function checkExportLimit(ctx: DataContext, kind: ExportKind): Promise<void> {
  try {
    await limiterFor(ctx.db, kind).consume(ctx.principal.userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    await writeAudit(ctx.db, ctx, { action: 'export.limited', entityType: 'user', entityId: ctx.principal.userId, details: { format: kind } }, 'denied');
    throw new ExportLimitReached(Math.ceil(error.msBeforeNext / 1000));
  }
}
