import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { flags, goalRatings, measureResponses } from '@/db/schema';
import type { Tx } from '@/db/types';
import { allianceFlag, notOnTrackClientFlag, notOnTrackGoalFlag, perspectivesDifferFlag, phq9RiskFlag, type ScorePair } from '@/lib/domain/flags';
import type { MaybeAnswer } from '@/lib/domain/scoring';
import { loadActiveGoals, loadNumberedSessions } from './therapy-session-access';

/*
 * Raising flags, always inside the transaction of the write that caused them, so a flag
 * exists exactly when its cause does. Each flag has a dedupe key: raising the same thing twice
 * (a draft saved again, a rating re-saved) adds nothing. Flags are never updated or removed
 * here; the clinician acknowledges them.
 */

export type StoredFlagKind = (typeof flags.$inferInsert)['kind'];

export interface NewFlag {
  organizationId: string;
  clientId: string;
  kind: StoredFlagKind;
  goalId?: string | null;
  therapySessionId?: string | null;
  sourceResponseId?: string | null;
  reason: string;
  data: Record<string, unknown>;
  dedupeKey: string;
}

/** Inserts the flag unless one with the same key exists; returns the new id, or null. */
export async function raiseFlag(tx: Tx, flag: NewFlag): Promise<string | null> {
  const [row] = await tx
    .insert(flags)
    .values({ ...flag, data: flag.data })
    .onConflictDoNothing({ target: [flags.clientId, flags.dedupeKey] })
    .returning({ id: flags.id });
  return row?.id ?? null;
}

/**
 * PHQ-9 item 9 above 0, from any saved answers (a draft too). A changed answer (1 → 2) is a
 * new flag; the same answer saved again is not.
 */
export async function raiseRiskFlagIfAny(
  tx: Tx,
  input: { organizationId: string; clientId: string; therapySessionId: string; responseId: string; answers: readonly MaybeAnswer[]; answeredOn: string },
): Promise<string | null> {
  const risk = phq9RiskFlag({ answers: input.answers, answeredOn: input.answeredOn });
  if (!risk) return null;
  return raiseFlag(tx, {
    organizationId: input.organizationId,
    clientId: input.clientId,
    kind: 'risk',
    therapySessionId: input.therapySessionId,
    sourceResponseId: input.responseId,
    reason: risk.reason,
    data: { ...risk.data },
    dedupeKey: `risk:${input.responseId}:${risk.data.answer}`,
  });
}

async function hasOpenFlag(tx: Tx, clientId: string, kind: StoredFlagKind, goalId: string | null): Promise<boolean> {
  const [row] = await tx
    .select({ id: flags.id })
    .from(flags)
    .where(and(eq(flags.clientId, clientId), eq(flags.kind, kind), isNull(flags.acknowledgedAt), goalId ? eq(flags.goalId, goalId) : isNull(flags.goalId)))
    .limit(1);
  return row !== undefined;
}

interface ClientScope {
  organizationId: string;
  clientId: string;
}

/**
 * After client ratings are sent or therapist ratings saved: "not on track" for each active
 * goal (one open flag per goal at a time) and "perspectives differ" for this session.
 */
export async function evaluateRatingFlags(tx: Tx, scope: ClientScope & { therapySessionId: string }): Promise<void> {
  const sessions = await loadNumberedSessions(tx, scope.organizationId, scope.clientId);
  const activeGoals = await loadActiveGoals(tx, scope.organizationId, scope.clientId);
  if (activeGoals.length === 0) return;
  const numberOf = new Map(sessions.map((s) => [s.id, s.number]));
  const ratings = await tx
    .select({ goalId: goalRatings.goalId, therapySessionId: goalRatings.therapySessionId, side: goalRatings.side, progress: goalRatings.progress })
    .from(goalRatings)
    .where(
      and(
        eq(goalRatings.organizationId, scope.organizationId),
        eq(goalRatings.clientId, scope.clientId),
        eq(goalRatings.isDraft, false),
        inArray(
          goalRatings.goalId,
          activeGoals.map((g) => g.goalId),
        ),
      ),
    );

  for (const goal of activeGoals) {
    const series = ratings
      .filter((r) => r.goalId === goal.goalId && r.side === 'client' && r.progress !== null && numberOf.get(r.therapySessionId))
      .map((r) => ({ therapySessionId: r.therapySessionId, therapySessionNumber: numberOf.get(r.therapySessionId)!, rating: r.progress! }))
      .sort((a, b) => a.therapySessionNumber - b.therapySessionNumber);
    const flag = notOnTrackGoalFlag({ goalId: goal.goalId, clientRatings: series.map(({ therapySessionNumber, rating }) => ({ therapySessionNumber, rating })) });
    const latest = series[series.length - 1];
    if (flag && latest && !(await hasOpenFlag(tx, scope.clientId, 'not-on-track', goal.goalId))) {
      await raiseFlag(tx, {
        ...scope,
        kind: 'not-on-track',
        goalId: goal.goalId,
        therapySessionId: latest.therapySessionId,
        reason: flag.reason,
        data: { scope: 'goal', ...flag.data },
        dedupeKey: `not-on-track:goal:${goal.goalId}:${latest.therapySessionId}`,
      });
    }

    const number = numberOf.get(scope.therapySessionId);
    const client = ratings.find((r) => r.goalId === goal.goalId && r.side === 'client' && r.therapySessionId === scope.therapySessionId);
    const therapist = ratings.find((r) => r.goalId === goal.goalId && r.side === 'therapist' && r.therapySessionId === scope.therapySessionId);
    if (number && client?.progress != null && therapist?.progress != null) {
      const differ = perspectivesDifferFlag({ goalId: goal.goalId, therapySessionNumber: number, clientRating: client.progress, therapistRating: therapist.progress });
      if (differ) {
        await raiseFlag(tx, {
          ...scope,
          kind: 'perspectives-differ',
          goalId: goal.goalId,
          therapySessionId: scope.therapySessionId,
          reason: differ.reason,
          data: { ...differ.data },
          dedupeKey: `perspectives:${goal.goalId}:${scope.therapySessionId}`,
        });
      }
    }
  }
}

/** After measures are sent: a reliable deterioration on PHQ-9, GAD-7 or ORS (first vs latest). */
export async function evaluateOutcomeFlags(tx: Tx, scope: ClientScope): Promise<void> {
  const sessions = await loadNumberedSessions(tx, scope.organizationId, scope.clientId);
  const numberOf = new Map(sessions.map((s) => [s.id, s.number]));
  const responses = await tx
    .select({ instrument: measureResponses.instrument, total: measureResponses.total, therapySessionId: measureResponses.therapySessionId })
    .from(measureResponses)
    .where(
      and(
        eq(measureResponses.organizationId, scope.organizationId),
        eq(measureResponses.clientId, scope.clientId),
        eq(measureResponses.isDraft, false),
        eq(measureResponses.complete, true),
        inArray(measureResponses.instrument, ['phq9', 'gad7', 'ors']),
      ),
    );
  const numbered = responses
    .filter((r) => r.total !== null && numberOf.get(r.therapySessionId))
    .map((r) => ({ ...r, total: r.total!, number: numberOf.get(r.therapySessionId)! }))
    .sort((a, b) => a.number - b.number);
  const pair = (instrument: 'phq9' | 'gad7' | 'ors'): ScorePair | null => {
    const series = numbered.filter((r) => r.instrument === instrument);
    const first = series[0];
    const latest = series[series.length - 1];
    return first && latest && series.length >= 2 ? { first: first.total, latest: latest.total } : null;
  };
  const flag = notOnTrackClientFlag({ clientId: scope.clientId, phq9: pair('phq9'), gad7: pair('gad7'), ors: pair('ors') });
  const latest = numbered[numbered.length - 1];
  if (!flag || !latest || (await hasOpenFlag(tx, scope.clientId, 'not-on-track', null))) return;
  await raiseFlag(tx, {
    ...scope,
    kind: 'not-on-track',
    therapySessionId: latest.therapySessionId,
    reason: flag.reason,
    data: { scope: 'client', ...flag.data },
    dedupeKey: `not-on-track:client:${latest.therapySessionId}`,
  });
}

/** After an SRS is sent: below 36, or 1 point or more below the previous session's. */
export async function evaluateAllianceFlag(tx: Tx, scope: ClientScope & { therapySessionId: string }): Promise<void> {
  const sessions = await loadNumberedSessions(tx, scope.organizationId, scope.clientId);
  const numberOf = new Map(sessions.map((s) => [s.id, s.number]));
  const number = numberOf.get(scope.therapySessionId);
  if (!number) return;
  const srs = await tx
    .select({ therapySessionId: measureResponses.therapySessionId, total: measureResponses.total })
    .from(measureResponses)
    .where(
      and(
        eq(measureResponses.organizationId, scope.organizationId),
        eq(measureResponses.clientId, scope.clientId),
        eq(measureResponses.instrument, 'srs'),
        eq(measureResponses.isDraft, false),
        eq(measureResponses.complete, true),
      ),
    );
  const current = srs.find((r) => r.therapySessionId === scope.therapySessionId);
  if (!current || current.total === null) return;
  const previous = srs
    .map((r) => ({ ...r, number: numberOf.get(r.therapySessionId) ?? null }))
    .filter((r): r is typeof r & { number: number } => r.number !== null && r.number < number && r.total !== null)
    .sort((a, b) => b.number - a.number)[0];
  const flag = allianceFlag({ therapySessionNumber: number, srsTotal: current.total, previousSrsTotal: previous?.total ?? null });
  if (!flag) return;
  await raiseFlag(tx, {
    ...scope,
    kind: 'alliance',
    therapySessionId: scope.therapySessionId,
    reason: flag.reason,
    data: { ...flag.data },
    dedupeKey: `alliance:${scope.therapySessionId}`,
  });
}
