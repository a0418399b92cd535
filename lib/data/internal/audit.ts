import 'server-only';
import { auditEvents } from '@/db/schema';
import type { Executor, Tx } from '@/db/types';
import { AppError } from '@/lib/errors';
import type { DataContext } from './context';

export interface AuditEntry {
  /** What was attempted, as `area.verb`: "client.read", "client.update", "caseload.view". */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Identifiers, counts and field names only: never clinical free text. */
  details?: Record<string, string | number | boolean | null>;
}

export class AccessDenied extends AppError {
  /** Why, for the audit log only; the person sees the same not-found as for a missing record. */
  readonly reason: string;
  constructor(reason: string) {
    super('not-found', 'We could not find that record.');
    this.reason = reason;
  }
}

/** Throws the uniform not-found unless `allowed`; the reason goes to the audit log only. */
export function authorize(allowed: boolean, reason: string): asserts allowed {
  if (!allowed) throw new AccessDenied(reason);
}

/** Longest entity id or detail text kept in the audit log; anything longer is cut (with a mark). */
export const AUDIT_TEXT_MAX = 200;

/**
 * Text from the request (a route's id, a query value) as the audit log can store it: refused
 * input is still recorded, so a NUL byte (which PostgreSQL text cannot hold) becomes U+FFFD and
 * a 3,000-character "id" is cut short instead of failing the insert and answering 500.
 */
export function auditText(value: string): string {
  const clean = value.replaceAll('\u0000', '\uFFFD');
  return clean.length > AUDIT_TEXT_MAX ? `${clean.slice(0, AUDIT_TEXT_MAX)}…` : clean;
}

function auditDetails(details: AuditEntry['details']): AuditEntry['details'] | null {
  if (!details) return null;
  return Object.fromEntries(
    Object.entries(details).map(([key, value]) => [key, typeof value === 'string' ? auditText(value) : value]),
  );
}

export async function writeAudit(
  executor: Executor,
  ctx: Pick<DataContext, 'principal' | 'requestId'>,
  entry: AuditEntry,
  outcome: 'allowed' | 'denied',
): Promise<void> {
  await executor.insert(auditEvents).values({
    organizationId: ctx.principal.organizationId,
    actorUserId: ctx.principal.userId,
    actorRole: ctx.principal.role,
    action: entry.action,
    entityType: entry.entityType,
    entityId: typeof entry.entityId === 'string' ? auditText(entry.entityId) : null,
    outcome,
    requestId: ctx.requestId,
    details: auditDetails(entry.details),
  });
}

async function auditDenial(ctx: DataContext, entry: AuditEntry, error: unknown): Promise<void> {
  if (!(error instanceof AppError) || error.code !== 'not-found') return;
  const reason = error instanceof AccessDenied ? error.reason : 'missing';
  await writeAudit(ctx.db, ctx, { ...entry, details: { ...entry.details, reason } }, 'denied');
}

/**
 * A read of clinical or personal data: runs it, then records who read what. A denial is
 * recorded too, and surfaces as the uniform not-found.
 */
export async function readAudited<T>(
  ctx: DataContext,
  entry: AuditEntry,
  read: () => Promise<T>,
  describe?: (result: T) => Partial<AuditEntry>,
): Promise<T> {
  let result: T;
  try {
    result = await read();
  } catch (error) {
    await auditDenial(ctx, entry, error);
    throw error;
  }
  await writeAudit(ctx.db, ctx, { ...entry, ...describe?.(result) }, 'allowed');
  return result;
}

/**
 * A write: the change and its audit event commit together or not at all. A denial is recorded
 * after the rollback, outside the failed transaction.
 */
export async function writeAudited<T>(
  ctx: DataContext,
  entry: AuditEntry,
  write: (tx: Tx) => Promise<T>,
  describe?: (result: T) => Partial<AuditEntry>,
): Promise<T> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const result = await write(tx);
      await writeAudit(tx, ctx, { ...entry, ...describe?.(result) }, 'allowed');
      return result;
    });
  } catch (error) {
    await auditDenial(ctx, entry, error);
    throw error;
  }
}
