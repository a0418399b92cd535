import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { checkIns, measureResponses, therapySessions } from '@/db/schema';
import type { Tx } from '@/db/types';
import { scoreGad7, scoreOrs, scorePhq9, scoreSrs, type Instrument, type MaybeAnswer } from '@/lib/domain/scoring';
import { AppError } from '@/lib/errors';
import { authorize } from './audit';
import type { DataContext } from './context';
import { loadOwnClientRecord } from './portal-access';

/*
 * The rows a check-in writes, shared by the check-in itself (lib/data/check-ins.ts) and by the
 * keeping of a risk answer whose check-in was refused (lib/data/risk-answers.ts), so both write
 * the same rows the same way. Infrastructure: people call those modules, not this one.
 */

export type { Instrument };

export const ITEM_COUNTS: Record<Instrument, number> = { phq9: 9, gad7: 7, ors: 4, srs: 4 };

export function padded(answers: readonly (number | null)[], count: number): (number | null)[] {
  return Array.from({ length: count }, (_, index) => answers[index] ?? null);
}

export async function loadResponses(
  executor: DataContext['db'] | Tx,
  organizationId: string,
  therapySessionId: string,
) {
  return executor
    .select({
      id: measureResponses.id,
      instrument: measureResponses.instrument,
      answers: measureResponses.answers,
      isDraft: measureResponses.isDraft,
    })
    .from(measureResponses)
    .where(
      and(eq(measureResponses.organizationId, organizationId), eq(measureResponses.therapySessionId, therapySessionId)),
    );
}

/**
 * The client's own therapy session, locked so two saves of the same check-in run one after the
 * other. Another client's session, or one that does not exist, is not-found.
 */
export async function lockOwnSessionRow(ctx: DataContext, tx: Tx, therapySessionId: string) {
  const client = await loadOwnClientRecord(ctx, tx);
  const [session] = await tx
    .select({ id: therapySessions.id, scheduledAt: therapySessions.scheduledAt, status: therapySessions.status })
    .from(therapySessions)
    .where(
      and(
        eq(therapySessions.id, therapySessionId),
        eq(therapySessions.organizationId, client.organizationId),
        eq(therapySessions.clientId, client.id),
      ),
    )
    .for('update');
  authorize(session !== undefined, 'not-own-session');
  return { client, session };
}

/**
 * Creates the check-in row as a draft, or moves it forward; refuses one already sent. The
 * conditional upsert makes this safe against a double submit.
 */
/** `now` is the write's database clock (lib/data/internal/clock.ts). */
export async function upsertCheckIn(
  tx: Tx,
  organizationId: string,
  clientId: string,
  therapySessionId: string,
  kind: 'before' | 'after',
  submit: boolean,
  now: Date,
): Promise<string> {
  const [row] = await tx
    .insert(checkIns)
    .values({
      organizationId,
      clientId,
      therapySessionId,
      kind,
      status: submit ? 'submitted' : 'draft',
      submittedAt: submit ? now : null,
    })
    .onConflictDoUpdate({
      target: [checkIns.organizationId, checkIns.therapySessionId, checkIns.kind],
      set: { status: submit ? 'submitted' : 'draft', updatedAt: now, submittedAt: submit ? now : null },
      setWhere: sql`${checkIns.status} = 'draft'`,
    })
    .returning({ id: checkIns.id });
  if (!row) throw new AppError('conflict', 'You have already sent this check-in, thank you. Nothing was changed.');
  return row.id;
}

export async function upsertResponse(
  tx: Tx,
  values: {
    organizationId: string;
    clientId: string;
    therapySessionId: string;
    checkInId: string;
    instrument: Instrument;
    answers: (number | null)[];
    submit: boolean;
    now: Date;
  },
): Promise<string> {
  const scored = score(values.instrument, values.answers);
  const row = {
    answers: values.answers,
    complete: scored.complete,
    total: scored.total,
    band: scored.band,
    isDraft: !values.submit,
    checkInId: values.checkInId,
    submittedAt: values.submit ? values.now : null,
  };
  const [saved] = await tx
    .insert(measureResponses)
    .values({
      organizationId: values.organizationId,
      clientId: values.clientId,
      therapySessionId: values.therapySessionId,
      instrument: values.instrument,
      ...row,
    })
    .onConflictDoUpdate({
      target: [measureResponses.organizationId, measureResponses.therapySessionId, measureResponses.instrument],
      set: { ...row, updatedAt: values.now },
      setWhere: sql`${measureResponses.isDraft}`,
    })
    .returning({ id: measureResponses.id });
  if (!saved) throw new AppError('conflict', 'These answers were already sent. Nothing was changed.');
  return saved.id;
}

function score(
  instrument: Instrument,
  answers: readonly MaybeAnswer[],
): { complete: boolean; total: number | null; band: string | null } {
  switch (instrument) {
    case 'phq9': {
      const r = scorePhq9(answers);
      return { complete: r.complete, total: r.total, band: r.band };
    }
    case 'gad7': {
      const r = scoreGad7(answers);
      return { complete: r.complete, total: r.total, band: r.band };
    }
    case 'ors': {
      const r = scoreOrs(answers, null);
      return { complete: r.complete, total: r.total, band: null };
    }
    case 'srs': {
      const r = scoreSrs(answers);
      return { complete: r.complete, total: r.total, band: null };
    }
  }
}
