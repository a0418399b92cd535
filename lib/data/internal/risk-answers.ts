import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { checkIns, safetySignals } from '@/db/schema';
import type { Tx } from '@/db/types';
import { todayIn } from '@/lib/time/local-date';
import { checkInWindow } from '@/lib/domain/flags';
import { keptRiskAnswerFlag, riskAnswerIn, type RefusalTiming, type RiskAnswer } from '@/lib/domain/safety-signals';
import { measuresDueBefore } from '@/lib/domain/therapy-sessions';
import { AppError } from '@/lib/errors';
import { refreshClientMetrics } from '@/lib/rollups/client-metrics';
import { writeAudited } from './audit';
import { ITEM_COUNTS, loadResponses, lockOwnSessionRow, padded, upsertCheckIn, upsertResponse } from './check-in-rows';
import type { DataContext } from './context';
import { raiseFlag, raiseRiskFlagIfAny } from './flag-raising';
import { notifyRiskFlags } from './flag-upkeep';
import { loadNumberedSessions } from './therapy-session-access';
import { databaseNow } from './clock';
import { loadOrganizationRules } from './organization-rules';

/*
 * A risk answer is never lost (ADR 10, docs/clinical-rules.md). When a before-session check-in
 * is refused — a missing rating on "Send", a goal no longer in the plan, the window closed, the
 * check-in already sent from another device, any field error — a PHQ-9 question 9 answer above
 * 0 in it is still kept and flagged, in a transaction of its own, for the client's own therapy
 * session only. Nothing else from the refused request is kept.
 *
 *  - While the check-in is open, not yet sent, and the PHQ-9 belongs to it: the answer goes into
 *    the check-in's PHQ-9 draft (the other answers saved there stay as they were), so sending
 *    later raises no second flag for the same answer, and the form shows it again.
 *  - Otherwise (closed, already sent, not open yet, a session that did not take place, or a
 *    PHQ-9 that is not part of this check-in): it is kept as a safety signal beside whatever
 *    was sent, marked late when the check-in had closed or been sent, and flagged with that said.
 *  - An answer already kept for that session (the same value) is not kept or flagged again.
 */

const sessionId = z.uuid();

export interface RiskAnswerKept {
  /** The answer is stored (now or before) for the client's own session. */
  kept: boolean;
  flagIds: string[];
}

/**
 * Called with the refusal of a check-in: keeps the risk answer in it, if any, and returns the
 * refusal to pass on (marked `riskKept` so the client is shown the crisis contacts). Never
 * throws: if keeping fails (another client's session, no sign-in), the refusal stands alone.
 */
export async function refusalWithRiskAnswerKept(ctx: DataContext, raw: unknown, refusal: unknown): Promise<unknown> {
  const answer = riskAnswerIn(raw);
  const therapySessionId = sessionId.safeParse((raw as { therapySessionId?: unknown } | null)?.therapySessionId);
  if (answer === null || !therapySessionId.success) return refusal;
  let result: RiskAnswerKept;
  try {
    result = await keepRiskAnswer(ctx, therapySessionId.data, answer, refusal);
  } catch (error) {
    // Another client's session is refused as not-found, as the check-in was: nothing kept.
    if (!(error instanceof AppError))
      console.error('[risk] could not keep a risk answer from a refused check-in', error);
    return refusal;
  }
  if (result.flagIds.length > 0) {
    try {
      await notifyRiskFlags(ctx.db, result.flagIds);
    } catch (error) {
      console.error('[flags] could not send the risk notification now', error);
    }
  }
  if (!(refusal instanceof AppError) || !result.kept) return refusal;
  return new AppError(refusal.code, refusal.message, { fieldErrors: refusal.fieldErrors, current: { riskKept: true } });
}

async function keepRiskAnswer(
  ctx: DataContext,
  therapySessionId: string,
  answer: RiskAnswer,
  refusal: unknown,
): Promise<RiskAnswerKept> {
  return writeAudited(
    ctx,
    { action: 'check-in.keep-risk-answer', entityType: 'therapy_session', entityId: therapySessionId },
    async (tx) => {
      const { client, session } = await lockOwnSessionRow(ctx, tx, therapySessionId);
      const now = await databaseNow(tx);
      const organizationId = client.organizationId;
      const rules = await loadOrganizationRules(tx, organizationId);
      const answeredOn = todayIn(rules.timeZone, now);
      const [checkIn] = await tx
        .select({ id: checkIns.id, status: checkIns.status })
        .from(checkIns)
        .where(
          and(
            eq(checkIns.organizationId, organizationId),
            eq(checkIns.therapySessionId, session.id),
            eq(checkIns.kind, 'before'),
          ),
        );
      const responses = await loadResponses(tx, organizationId, session.id);
      const phq9 = responses.find((r) => r.instrument === 'phq9');
      if (phq9?.answers[8] === answer) return { kept: true, flagIds: [] }; // already kept, and flagged when it was

      const window = checkInWindow(session.scheduledAt, now);
      const timing: RefusalTiming =
        session.status === 'cancelled' || session.status === 'no-show'
          ? 'not-held'
          : window === 'closed'
            ? 'closed'
            : window === 'not-open'
              ? 'not-open'
              : checkIn?.status === 'submitted'
                ? 'already-sent'
                : 'refused';

      let flagIds: string[];
      if (
        timing === 'refused' &&
        (phq9?.isDraft ?? (await phq9IsDue(tx, organizationId, client.id, session.id, rules)))
      ) {
        const checkInId = await upsertCheckIn(tx, organizationId, client.id, session.id, 'before', false, now);
        const answers = padded(phq9?.answers ?? [], ITEM_COUNTS.phq9);
        answers[8] = answer;
        const responseId = await upsertResponse(tx, {
          organizationId,
          clientId: client.id,
          therapySessionId: session.id,
          checkInId,
          instrument: 'phq9',
          answers,
          submit: false,
          now,
        });
        const flagId = await raiseRiskFlagIfAny(tx, {
          organizationId,
          clientId: client.id,
          therapySessionId: session.id,
          responseId,
          answers,
          answeredOn,
        });
        flagIds = flagId ? [flagId] : [];
      } else {
        flagIds = await keepAsSafetySignal(tx, {
          organizationId,
          clientId: client.id,
          therapySessionId: session.id,
          checkInId: checkIn?.id ?? null,
          userId: ctx.principal.userId,
          answer,
          answeredOn,
          timing,
          refusal,
          now,
        });
      }
      await refreshClientMetrics(tx, organizationId, client.id);
      return { kept: true, flagIds };
    },
    (result) => ({ details: { riskFlagsRaised: result.flagIds.length } }),
  );
}

async function phq9IsDue(
  tx: Tx,
  organizationId: string,
  clientId: string,
  therapySessionId: string,
  rules: Awaited<ReturnType<typeof loadOrganizationRules>>,
): Promise<boolean> {
  const sessions = await loadNumberedSessions(tx, organizationId, clientId);
  const number = sessions.find((s) => s.id === therapySessionId)?.number ?? null;
  return number !== null && measuresDueBefore(number, rules.settings).phq9;
}

async function keepAsSafetySignal(
  tx: Tx,
  input: {
    organizationId: string;
    clientId: string;
    therapySessionId: string;
    checkInId: string | null;
    userId: string;
    answer: RiskAnswer;
    answeredOn: string;
    timing: RefusalTiming;
    refusal: unknown;
    now: Date;
  },
): Promise<string[]> {
  const flag = keptRiskAnswerFlag({ answer: input.answer, answeredOn: input.answeredOn, timing: input.timing });
  const [signal] = await tx
    .insert(safetySignals)
    .values({
      organizationId: input.organizationId,
      clientId: input.clientId,
      therapySessionId: input.therapySessionId,
      checkInId: input.checkInId,
      kind: 'phq9-item9',
      value: input.answer,
      receivedLate: flag.data.receivedLate,
      refusal: input.refusal instanceof AppError ? input.refusal.message : 'The check-in could not be saved.',
      receivedBy: input.userId,
      receivedAt: input.now,
    })
    .onConflictDoNothing({
      target: [safetySignals.organizationId, safetySignals.therapySessionId, safetySignals.kind, safetySignals.value],
    })
    .returning({ id: safetySignals.id });
  if (!signal) return []; // the same answer was kept before, and flagged then
  const flagId = await raiseFlag(tx, {
    organizationId: input.organizationId,
    clientId: input.clientId,
    kind: 'risk',
    therapySessionId: input.therapySessionId,
    reason: flag.reason,
    data: { ...flag.data, safetySignalId: signal.id },
    dedupeKey: `risk:signal:${signal.id}`,
  });
  return flagId ? [flagId] : [];
}
