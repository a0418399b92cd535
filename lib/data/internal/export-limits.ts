import 'server-only';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import { signInLimits } from '@/db/schema';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { writeAudit, type AuditEntry } from './audit';
import type { DataContext } from './context';

/*
 * How often one person may take records out of Accord (ADRs 0017 and 0018). Counted per person and kind by
 * rate-limiter-flexible's RateLimiterDrizzle in the table the sign-in limits already use
 * (sign_in_limits, ADR 0012): one upsert that records the export and returns the new count, so
 * parallel requests cannot slip past. Keys are `export-<kind>:<user id>`; rows expire with the window.
 * Only exports that passed the access check are counted: a refused request costs nothing and
 * changes nothing but the audit log.
 */

export type ExportKind = 'client-record' | 'team-records' | 'plan-pdf' | 'record-pdf';

export const EXPORT_LIMITS: Readonly<Record<ExportKind, { points: number; windowSeconds: number }>> = {
  // One client's record (FHIR or PDF, staff or own copy): plenty for a working day, not a scrape.
  'client-record': { points: 30, windowSeconds: 10 * 60 },
  // A whole team's records at once: a few an hour.
  'team-records': { points: 5, windowSeconds: 60 * 60 },
  // A PDF starts a browser page: a signed plan a few times a session, the whole record less often.
  'plan-pdf': { points: 20, windowSeconds: 10 * 60 },
  'record-pdf': { points: 10, windowSeconds: 10 * 60 },
};

export const EXPORT_LIMITED_MESSAGE = 'Too many downloads for now — try again later.';

const perDatabase = new WeakMap<Db, Map<ExportKind, RateLimiterDrizzle>>();

function limiterFor(db: Db, kind: ExportKind): RateLimiterDrizzle {
  let limiters = perDatabase.get(db);
  if (!limiters) {
    limiters = new Map();
    perDatabase.set(db, limiters);
  }
  let limiter = limiters.get(kind);
  if (!limiter) {
    const { points, windowSeconds } = EXPORT_LIMITS[kind];
    limiter = new RateLimiterDrizzle({
      storeClient: db,
      schema: signInLimits,
      keyPrefix: `export-${kind}`,
      points,
      duration: windowSeconds,
    });
    limiters.set(kind, limiter);
  }
  return limiter;
}

/**
 * Counts one export by the signed-in person; past the limit it is refused with
 * AppError('rate-limited') (a 429 from the route) and the refusal is audited under `entry`.
 */
export async function checkExportLimit(ctx: DataContext, kind: ExportKind, entry?: AuditEntry): Promise<void> {
  try {
    await limiterFor(ctx.db, kind).consume(ctx.principal.userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const audited: AuditEntry = entry ?? {
      action: 'export.limited',
      entityType: 'user',
      entityId: ctx.principal.userId,
      details: { format: kind },
    };
    await writeAudit(ctx.db, ctx, { ...audited, details: { ...audited.details, reason: 'rate-limited' } }, 'denied');
    throw new AppError('rate-limited', EXPORT_LIMITED_MESSAGE, {
      retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)),
    });
  }
}
