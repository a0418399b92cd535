import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { flags, goalRatings, goalVersions, measureResponses } from '@/db/schema';
import type { Tx } from '@/db/types';
import {
  allianceFlag,
  appendToOpenClientFlag,
  appendToOpenGoalFlag,
  notOnTrackClientFlag,
  notOnTrackGoalFlag,
  perspectivesDifferFlag,
  phq9RiskFlag,
  type GoalRatingPoint,
  type ScorePair,
} from '@/lib/domain/flags';
import type { MaybeAnswer } from '@/lib/domain/scoring';
import { lockClientRollupRows, refreshOpenFlagCounts } from '@/lib/rollups/client-metrics';
import { loadActiveGoals, loadNumberedSessions } from './therapy-session-access';

/*
 * Raising flags, always inside the transaction of the write that caused them, so a flag
 * exists exactly when its cause does. Each flag has a dedupe key: raising the same thing twice
 * (a draft saved again, a rating re-saved) adds nothing. Flags are never removed here, and
 * the only change to one is a not-on-track flag, while still open, taking a later triggering
 * rating into its reason (appended; what it said before is kept word for word). The
 * clinician acknowledges them.
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

/**
 * Inserts the flag unless one with the same key exists; returns the new id, or null. A new flag
 * of a kind the team rows count brings its clinician's open-flag counts up to date (ADR 0016).
 */
export async function raiseFlag(tx: Tx, flag: NewFlag): Promise<string | null> {
  const [row] = await tx
    .insert(flags)
    .values({ ...flag, data: flag.data })
    .onConflictDoNothing({ target: [flags.organizationId, flags.clientId, flags.dedupeKey] })
    .returning({ id: flags.id });
  if (!row) return null;
  await refreshOpenFlagCounts(tx, flag.organizationId, flag.clientId, flag.kind);
  return row.id;
}

/**
 * PHQ-9 item 9 above 0, from any saved answers (a draft too). A changed answer (1 → 2) is a
 * new flag; the same answer saved again is not.
 */
export async function raiseRiskFlagIfAny(
  tx: Tx,
  input: {
    organizationId: string;
    clientId: string;
    therapySessionId: string;
    responseId: string;
    answers: readonly MaybeAnswer[];
    answeredOn: string;
  },
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

/** The open (unacknowledged) not-on-track flag for a goal, or for the client's measures (goalId null). */
async function openNotOnTrackFlag(tx: Tx, scope: ClientScope, goalId: string | null) {
  const [row] = await tx
    .select({ id: flags.id, reason: flags.reason, data: flags.data })
    .from(flags)
    .where(
      and(
        eq(flags.organizationId, scope.organizationId),
        eq(flags.clientId, scope.clientId),
        eq(flags.kind, 'not-on-track'),
        isNull(flags.acknowledgedAt),
        goalId ? eq(flags.goalId, goalId) : isNull(flags.goalId),
      ),
    )
    .orderBy(asc(flags.raisedAt))
    .limit(1);
  return row ?? null;
}

interface ClientScope {
  organizationId: string;
  clientId: string;
}

/**
 * Raises a not-on-track flag, or, while one for the same goal (or the client's measures) is
 * still open, adds the new rating's sentences to its reason instead of opening a second one.
 * The therapy sessions whose ratings the flag holds are kept in `data.therapySessionIds`, so
 * the same rating is never added twice. Two check-ins of one client are serialised here (an
 * advisory lock per client), so they cannot both open a flag for the same goal.
 */
async function raiseOrAppendNotOnTrack(
  tx: Tx,
  scope: ClientScope & { therapySessionId: string },
  goalId: string | null,
  raised: { reason: string; data: Record<string, unknown> },
  append: (open: { reason: string; data: Record<string, unknown> }) => { reason: string; data: object },
): Promise<void> {
  // The client's rollup row before the advisory lock: raising a flag locks it (then the
  // clinician's row) to refresh the open-flag counts, so every lock here is taken in that order.
  await lockClientRollupRows(tx, scope.organizationId, [scope.clientId]);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`not-on-track:${scope.clientId}`}))`);
  const open = await openNotOnTrackFlag(tx, scope, goalId);
  const scopeName = goalId ? 'goal' : 'client';
  if (open === null) {
    await raiseFlag(tx, {
      ...scope,
      kind: 'not-on-track',
      goalId,
      reason: raised.reason,
      data: { scope: scopeName, ...raised.data, therapySessionIds: [scope.therapySessionId] },
      dedupeKey: goalId
        ? `not-on-track:goal:${goalId}:${scope.therapySessionId}`
        : `not-on-track:client:${scope.therapySessionId}`,
    });
    return;
  }
  const held = Array.isArray(open.data.therapySessionIds) ? (open.data.therapySessionIds as string[]) : [];
  if (held.includes(scope.therapySessionId)) return;
  const merged = append(open);
  await tx
    .update(flags)
    .set({
      reason: merged.reason,
      data: { ...merged.data, scope: scopeName, therapySessionIds: [...held, scope.therapySessionId] },
    })
    .where(and(eq(flags.organizationId, scope.organizationId), eq(flags.id, open.id), isNull(flags.acknowledgedAt)));
}

interface StoredRating {
  goalId: string;
  therapySessionId: string;
  side: 'client' | 'therapist';
  progress: number | null;
  goalVersionNumber: number;
}

/** Submitted GBO ratings (both sides) of some goals, with the session numbers and the wording version they were given under. */
async function loadClientRatingSeries(
  tx: Tx,
  scope: ClientScope,
  goalIds: string[],
): Promise<{ numberOf: Map<string, number | null>; rows: StoredRating[] }> {
  const sessions = await loadNumberedSessions(tx, scope.organizationId, scope.clientId);
  const numberOf = new Map(sessions.map((s) => [s.id, s.number]));
  const rows =
    goalIds.length === 0
      ? []
      : await tx
          .select({
            goalId: goalRatings.goalId,
            therapySessionId: goalRatings.therapySessionId,
            side: goalRatings.side,
            progress: goalRatings.progress,
            goalVersionNumber: goalVersions.number,
          })
          .from(goalRatings)
          .innerJoin(
            goalVersions,
            and(
              eq(goalVersions.organizationId, goalRatings.organizationId),
              eq(goalVersions.id, goalRatings.goalVersionId),
            ),
          )
          .where(
            and(
              eq(goalRatings.organizationId, scope.organizationId),
              eq(goalRatings.clientId, scope.clientId),
              eq(goalRatings.isDraft, false),
              inArray(goalRatings.goalId, goalIds),
            ),
          );
  return { numberOf, rows };
}

/**
 * After the client sends their ratings for a session: "not on track" for each goal they rated,
 * judged on that rating only (the goal's submitted client ratings up to this session, across
 * every wording), and "perspectives differ" where the therapist has rated the same session.
 */
export async function evaluateRatingFlags(tx: Tx, scope: ClientScope & { therapySessionId: string }): Promise<void> {
  const activeGoals = await loadActiveGoals(tx, scope.organizationId, scope.clientId);
  const { numberOf, rows } = await loadClientRatingSeries(
    tx,
    scope,
    activeGoals.map((g) => g.goalId),
  );
  const number = numberOf.get(scope.therapySessionId);
  if (!number) return;
  for (const goal of activeGoals) {
    const series: GoalRatingPoint[] = rows
      .filter(
        (r) =>
          r.goalId === goal.goalId &&
          r.side === 'client' &&
          r.progress !== null &&
          (numberOf.get(r.therapySessionId) ?? 0) > 0,
      )
      .map((r) => ({
        therapySessionNumber: numberOf.get(r.therapySessionId)!,
        rating: r.progress!,
        goalVersionNumber: r.goalVersionNumber,
      }))
      .filter((r) => r.therapySessionNumber <= number)
      .sort((a, b) => a.therapySessionNumber - b.therapySessionNumber);
    if (series[series.length - 1]?.therapySessionNumber !== number) continue; // not rated at this session
    const flag = notOnTrackGoalFlag({ goalId: goal.goalId, clientRatings: series });
    if (flag) {
      await raiseOrAppendNotOnTrack(tx, scope, goal.goalId, { reason: flag.reason, data: { ...flag.data } }, (open) =>
        appendToOpenGoalFlag(open, flag),
      );
    }
  }
  await raisePerspectivesFlags(tx, scope, activeGoals, numberOf, rows);
}

/** After the therapist saves their ratings: "perspectives differ" only (not on track is judged on the client's ratings). */
export async function evaluatePerspectivesFlags(
  tx: Tx,
  scope: ClientScope & { therapySessionId: string },
): Promise<void> {
  const activeGoals = await loadActiveGoals(tx, scope.organizationId, scope.clientId);
  const { numberOf, rows } = await loadClientRatingSeries(
    tx,
    scope,
    activeGoals.map((g) => g.goalId),
  );
  await raisePerspectivesFlags(tx, scope, activeGoals, numberOf, rows);
}

async function raisePerspectivesFlags(
  tx: Tx,
  scope: ClientScope & { therapySessionId: string },
  activeGoals: readonly { goalId: string }[],
  numberOf: Map<string, number | null>,
  rows: readonly { goalId: string; therapySessionId: string; side: string; progress: number | null }[],
): Promise<void> {
  const number = numberOf.get(scope.therapySessionId);
  if (!number) return;
  for (const goal of activeGoals) {
    const client = rows.find(
      (r) => r.goalId === goal.goalId && r.side === 'client' && r.therapySessionId === scope.therapySessionId,
    );
    const therapist = rows.find(
      (r) => r.goalId === goal.goalId && r.side === 'therapist' && r.therapySessionId === scope.therapySessionId,
    );
    if (client?.progress == null || therapist?.progress == null) continue;
    const differ = perspectivesDifferFlag({
      goalId: goal.goalId,
      therapySessionNumber: number,
      clientRating: client.progress,
      therapistRating: therapist.progress,
    });
    if (!differ) continue;
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

/**
 * After measures are sent for a session: for each of PHQ-9, GAD-7 and ORS with a new complete
 * score at this session, a reliable deterioration from the first (baseline) score to it.
 */
export async function evaluateOutcomeFlags(tx: Tx, scope: ClientScope & { therapySessionId: string }): Promise<void> {
  const sessions = await loadNumberedSessions(tx, scope.organizationId, scope.clientId);
  const numberOf = new Map(sessions.map((s) => [s.id, s.number]));
  const number = numberOf.get(scope.therapySessionId);
  if (!number) return;
  const responses = await tx
    .select({
      instrument: measureResponses.instrument,
      total: measureResponses.total,
      therapySessionId: measureResponses.therapySessionId,
    })
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
    .filter((r) => r.total !== null && (numberOf.get(r.therapySessionId) ?? 0) > 0)
    .map((r) => ({ ...r, total: r.total!, number: numberOf.get(r.therapySessionId)! }))
    .sort((a, b) => a.number - b.number);
  const pair = (instrument: 'phq9' | 'gad7' | 'ors'): ScorePair | null => {
    const series = numbered.filter((r) => r.instrument === instrument);
    const first = series[0];
    const latest = series.find((r) => r.therapySessionId === scope.therapySessionId);
    return first && latest && latest.number > first.number
      ? {
          first: first.total,
          firstTherapySession: first.number,
          latest: latest.total,
          latestTherapySession: latest.number,
        }
      : null;
  };
  const flag = notOnTrackClientFlag({
    clientId: scope.clientId,
    phq9: pair('phq9'),
    gad7: pair('gad7'),
    ors: pair('ors'),
  });
  if (!flag) return;
  await raiseOrAppendNotOnTrack(tx, scope, null, { reason: flag.reason, data: { ...flag.data } }, (open) =>
    appendToOpenClientFlag(open, flag),
  );
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
  const flag = allianceFlag({
    therapySessionNumber: number,
    srsTotal: current.total,
    previousSrsTotal: previous?.total ?? null,
  });
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
