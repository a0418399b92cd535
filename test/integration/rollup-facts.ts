import { and, eq, inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { getDb } from '@/db/client';
import {
  caseloadAssignments,
  clientMetrics,
  clientMonthlyMetrics,
  clients,
  clinicianMetrics,
  clinicianMonthlyMetrics,
  flags,
  goalRatings,
  goals,
  goalStatusEvents,
  measureResponses,
  organizations,
  planSignatures,
  therapySessions,
} from '@/db/schema';
import {
  consensusRate,
  goalClarity,
  progress,
  ratedRegularly,
  setFromTheStart,
  smartShare,
  type ClientFacts,
  type GoalFacts,
  type TherapySessionCheckInFacts,
} from '@/lib/domain/metrics';
import { clientMetricsFromFacts, type ClientRollupFacts } from '@/lib/domain/metrics/client-rollup';
import type { PooledFigures } from '@/lib/domain/metrics/pooled';

/*
 * Independent checks of the dashboard rollups, for tests. Raw rows are read here with the query
 * builder (not the refresh's JSON statement), so a mistake in the refresh's loading would show.
 *  - `expectRollupsInStep`: every client's stored rollup equals the one definition applied to
 *    freshly read rows.
 *  - `rawPooledFigures`: a team's figures computed straight from the metric definitions over
 *    the pooled raw facts (not through the rollup function at all), to compare with what the
 *    team dashboard shows from the rollups.
 */

async function readRawFacts(organizationId: string, clientIds?: string[]) {
  const db = await getDb();
  const inScope = <T extends { clientId: string }>(rows: T[]) =>
    clientIds ? rows.filter((row) => clientIds.includes(row.clientId)) : rows;
  const [org] = await db
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const clientRows = (
    await db.select({ id: clients.id }).from(clients).where(eq(clients.organizationId, organizationId))
  ).filter((row) => !clientIds || clientIds.includes(row.id));
  const goalRows = inScope(await db.select().from(goals).where(eq(goals.organizationId, organizationId)));
  const events = await db
    .select({
      goalId: goalStatusEvents.goalId,
      toStatus: goalStatusEvents.toStatus,
      createdAt: goalStatusEvents.createdAt,
    })
    .from(goalStatusEvents)
    .where(eq(goalStatusEvents.organizationId, organizationId));
  const sessions = inScope(
    await db.select().from(therapySessions).where(eq(therapySessions.organizationId, organizationId)),
  );
  const ratings = inScope(
    await db
      .select()
      .from(goalRatings)
      .where(
        and(
          eq(goalRatings.organizationId, organizationId),
          eq(goalRatings.side, 'client'),
          eq(goalRatings.isDraft, false),
        ),
      ),
  );
  const signatures = inScope(
    await db
      .select()
      .from(planSignatures)
      .where(
        and(
          eq(planSignatures.organizationId, organizationId),
          inArray(planSignatures.signerRole, ['client', 'therapist']),
        ),
      ),
  );
  const srs = inScope(
    await db
      .select()
      .from(measureResponses)
      .where(
        and(
          eq(measureResponses.organizationId, organizationId),
          eq(measureResponses.instrument, 'srs'),
          eq(measureResponses.isDraft, false),
          eq(measureResponses.complete, true),
        ),
      ),
  );
  return { timeZone: org!.timeZone, clientRows, goalRows, events, sessions, ratings, signatures, srs };
}

function rollupFactsOf(raw: Awaited<ReturnType<typeof readRawFacts>>, clientId: string): ClientRollupFacts {
  return {
    clientId,
    goals: raw.goalRows
      .filter((goal) => goal.clientId === clientId)
      .map((goal) => ({
        goalId: goal.id,
        status: goal.lifecycleStatus,
        agreed: goal.agreed,
        passesAllSmart: goal.passesAllSmart,
        firstAgreedAt: goal.firstAgreedAt,
        currentVersionId: goal.currentVersionId ?? '',
        createdAt: goal.createdAt,
        statusEvents: raw.events
          .filter((event) => event.goalId === goal.id)
          .map((event) => ({ at: event.createdAt, status: event.toStatus })),
      })),
    therapySessions: raw.sessions
      .filter((s) => s.clientId === clientId)
      .map((s) => ({ id: s.id, startsAt: s.scheduledAt, durationMinutes: s.durationMinutes, status: s.status })),
    clientRatings: raw.ratings
      .filter((r) => r.clientId === clientId && r.progress !== null)
      .map((r) => ({
        goalId: r.goalId,
        therapySessionId: r.therapySessionId,
        progress: r.progress!,
        clarity: r.clarity,
      })),
    signatures: raw.signatures
      .filter((s) => s.clientId === clientId)
      .map((s) => ({
        side: s.signerRole as 'client' | 'therapist',
        hash: s.planHash,
        signedAt: s.signedAt,
        nextReviewDate: s.nextReviewDate,
      })),
    srs: raw.srs
      .filter((m) => m.clientId === clientId && m.total !== null)
      .map((m) => ({ therapySessionId: m.therapySessionId, total: m.total! })),
  };
}

/** Every client of the organisation has a stored rollup equal to a fresh computation from its rows. */
export async function expectRollupsInStep(organizationId: string, context = ''): Promise<number> {
  const db = await getDb();
  const raw = await readRawFacts(organizationId);
  const stored = await db.select().from(clientMetrics).where(eq(clientMetrics.organizationId, organizationId));
  const storedMonths = await db
    .select()
    .from(clientMonthlyMetrics)
    .where(eq(clientMonthlyMetrics.organizationId, organizationId));
  for (const { id } of raw.clientRows) {
    const expected = clientMetricsFromFacts(rollupFactsOf(raw, id), raw.timeZone);
    const row = stored.find((candidate) => candidate.clientId === id);
    expect(row, `${context}: client ${id} has a rollup row`).toBeDefined();
    const { clientId: _clientId, organizationId: _org, refreshedAt: _refreshedAt, ...values } = row!;
    expect(values, `${context}: client ${id} rollup`).toEqual(expected.metrics);
    const months = storedMonths
      .filter((month) => month.clientId === id)
      .map(({ clientId: _c, organizationId: _o, ...month }) => month)
      .sort((a, b) => (a.month < b.month ? -1 : 1));
    expect(months, `${context}: client ${id} months`).toEqual(expected.months);
  }
  await expectClinicianRollupsInStep(organizationId, raw, context);
  await expectOpenFlagCountsInStep(organizationId, context);
  return raw.clientRows.length;
}

/**
 * Every clinician's stored open-flag counts (ADR 0016) equal the open (unacknowledged) flags of
 * their active caseload (active assignment, client not archived), all read afresh: the live
 * definition the team query used before the counts were rolled up. Clinicians with an active
 * caseload must have a row; any other stored row must count nothing. Returns the clinicians checked.
 */
export async function expectOpenFlagCountsInStep(organizationId: string, context = ''): Promise<number> {
  const db = await getDb();
  const live = new Set(
    (
      await db
        .select({ id: clients.id, archivedAt: clients.archivedAt })
        .from(clients)
        .where(eq(clients.organizationId, organizationId))
    )
      .filter((c) => c.archivedAt === null)
      .map((c) => c.id),
  );
  const assignments = (
    await db.select().from(caseloadAssignments).where(eq(caseloadAssignments.organizationId, organizationId))
  ).filter((a) => a.endedAt === null && live.has(a.clientId));
  const openFlags = (await db.select().from(flags).where(eq(flags.organizationId, organizationId))).filter(
    (flag) => flag.acknowledgedAt === null,
  );
  const stored = await db.select().from(clinicianMetrics).where(eq(clinicianMetrics.organizationId, organizationId));
  const clinicians = new Set([...assignments.map((a) => a.clinicianId), ...stored.map((row) => row.clinicianId)]);
  for (const clinicianId of clinicians) {
    const caseload = assignments.filter((a) => a.clinicianId === clinicianId).map((a) => a.clientId);
    const ofKind = (kind: string) =>
      caseload.flatMap((clientId) => openFlags.filter((flag) => flag.clientId === clientId && flag.kind === kind));
    const expected = {
      openRiskFlags: ofKind('risk').length,
      clientsWithOpenRisk: new Set(ofKind('risk').map((flag) => flag.clientId)).size,
      openNotOnTrackFlags: ofKind('not-on-track').length,
      openAllianceFlags: ofKind('alliance').length,
    };
    const row = stored.find((candidate) => candidate.clinicianId === clinicianId);
    expect(row, `${context}: clinician ${clinicianId} has a rollup row`).toBeDefined();
    expect(
      {
        openRiskFlags: row!.openRiskFlags,
        clientsWithOpenRisk: row!.clientsWithOpenRisk,
        openNotOnTrackFlags: row!.openNotOnTrackFlags,
        openAllianceFlags: row!.openAllianceFlags,
      },
      `${context}: clinician ${clinicianId} open flags`,
    ).toEqual(expected);
  }
  return clinicians.size;
}

const CLINICIAN_SUMS = [
  'planGoals',
  'agreedPlanGoals',
  'smartPlanGoals',
  'claritySum',
  'clarityCount',
  'measuredGoals',
  'changeSum',
  'reliableImprovements',
  'attendedSessions',
  'ratedRegularlyNumerator',
  'ratedRegularlyDenominator',
  'setFromStartEligible',
  'setFromStartMet',
] as const;

const MONTH_SUMS = [
  'attendedSessions',
  'ratedRegularlyNumerator',
  'ratedRegularlyDenominator',
  'claritySum',
  'clarityCount',
  'gboSum',
  'gboCount',
  'goalsAgreed',
] as const;

/**
 * The per-clinician level (ADR 0016): every clinician's stored sums equal the sums, over their
 * active caseload (active assignment, client not archived) read afresh, of each client's
 * rollup computed afresh by the one definition; their stored open-flag counts equal the open
 * (unacknowledged) flags of that caseload read afresh; and every clinician with a caseload has a row.
 */
async function expectClinicianRollupsInStep(
  organizationId: string,
  raw: Awaited<ReturnType<typeof readRawFacts>>,
  context: string,
): Promise<void> {
  const db = await getDb();
  const live = new Set(
    (
      await db
        .select({ id: clients.id, archivedAt: clients.archivedAt })
        .from(clients)
        .where(eq(clients.organizationId, organizationId))
    )
      .filter((c) => c.archivedAt === null)
      .map((c) => c.id),
  );
  const assignments = (
    await db.select().from(caseloadAssignments).where(eq(caseloadAssignments.organizationId, organizationId))
  ).filter((a) => a.endedAt === null && live.has(a.clientId));
  const stored = await db.select().from(clinicianMetrics).where(eq(clinicianMetrics.organizationId, organizationId));
  const storedMonths = await db
    .select()
    .from(clinicianMonthlyMetrics)
    .where(eq(clinicianMonthlyMetrics.organizationId, organizationId));
  const clinicians = new Set([...assignments.map((a) => a.clinicianId), ...stored.map((row) => row.clinicianId)]);
  for (const clinicianId of clinicians) {
    const rollups = assignments
      .filter((a) => a.clinicianId === clinicianId)
      .map((a) => clientMetricsFromFacts(rollupFactsOf(raw, a.clientId), raw.timeZone));
    const expected: Record<string, number> = { clients: rollups.length };
    for (const key of CLINICIAN_SUMS) expected[key] = rollups.reduce((sum, r) => sum + Number(r.metrics[key]), 0);
    const srs = rollups.map((r) => r.metrics.latestSrs).filter((value): value is number => value !== null);
    expected.srsCount = srs.length;
    // Tenths, summed as integers: the stored sum is exact (numeric).
    expected.srsTenths = srs.reduce((sum, value) => sum + Math.round(value * 10), 0);
    const row = stored.find((candidate) => candidate.clinicianId === clinicianId);
    expect(row, `${context}: clinician ${clinicianId} has a rollup row`).toBeDefined();
    const actual: Record<string, number> = {
      clients: row!.clients,
      srsCount: row!.srsCount,
      srsTenths: Math.round(Number(row!.srsSum) * 10),
    };
    for (const key of CLINICIAN_SUMS) actual[key] = row![key];
    expect(actual, `${context}: clinician ${clinicianId} rollup`).toEqual(expected);

    const expectedMonths = new Map<string, Record<string, number>>();
    for (const month of rollups.flatMap((r) => r.months)) {
      const sums = expectedMonths.get(month.month) ?? Object.fromEntries(MONTH_SUMS.map((key) => [key, 0]));
      for (const key of MONTH_SUMS) sums[key]! += month[key];
      expectedMonths.set(month.month, sums);
    }
    const actualMonths = storedMonths
      .filter((month) => month.clinicianId === clinicianId)
      .map((month) => [month.month, Object.fromEntries(MONTH_SUMS.map((key) => [key, month[key]]))] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(actualMonths, `${context}: clinician ${clinicianId} months`).toEqual(
      [...expectedMonths.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    );
  }
}

/**
 * The figures of a set of clients straight from the metric definitions over their pooled raw
 * rows (the same inclusion rules as "Dashboard metrics" in docs/design.md, written out again here).
 */
export async function rawPooledFigures(
  organizationId: string,
  clientIds: string[],
): Promise<Omit<PooledFigures, 'flags' | 'alliance'>> {
  const raw = await readRawFacts(organizationId, clientIds);
  const sessionById = new Map(raw.sessions.map((s) => [s.id, s]));
  const numbered = (id: string) => {
    const status = sessionById.get(id)?.status;
    return status === 'attended' || status === 'scheduled';
  };
  const real = raw.goalRows.filter((goal) => goal.lifecycleStatus !== 'entered-in-error');
  const goalFacts: GoalFacts[] = raw.goalRows.map((goal) => {
    const ratings = raw.ratings
      .filter((r) => r.goalId === goal.id && r.progress !== null && numbered(r.therapySessionId))
      .map((r) => ({ ...r, at: sessionById.get(r.therapySessionId)!.scheduledAt }))
      .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.therapySessionId < b.therapySessionId ? -1 : 1));
    const withClarity = ratings.filter((r) => r.clarity !== null);
    return {
      goalId: goal.id,
      clientId: goal.clientId,
      therapistId: '',
      status: goal.lifecycleStatus,
      agreedOnCurrentVersion: goal.agreed,
      passesAllSmart: goal.passesAllSmart,
      clientRatings: ratings.map((r) => ({ ratedAt: r.at, value: r.progress! })),
      latestClarity: withClarity[withClarity.length - 1]?.clarity ?? null,
    };
  });
  const clientFacts: ClientFacts[] = raw.clientRows.map(({ id }) => {
    const agreedTimes = real
      .filter((g) => g.clientId === id && g.firstAgreedAt !== null)
      .map((g) => g.firstAgreedAt!.getTime());
    return {
      clientId: id,
      therapistId: '',
      attendedTherapySessions: raw.sessions
        .filter((s) => s.clientId === id && s.status === 'attended')
        .map((s) => ({ startsAt: s.scheduledAt, durationMinutes: s.durationMinutes })),
      firstAgreedAt: agreedTimes.length > 0 ? new Date(Math.min(...agreedTimes)) : null,
    };
  });
  const statusAt = (goalId: string, createdAt: Date, current: string, at: Date) => {
    const events = raw.events
      .filter((e) => e.goalId === goalId && e.createdAt <= at)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    if (raw.events.some((e) => e.goalId === goalId)) return events[events.length - 1]?.toStatus ?? null;
    return createdAt <= at ? current : null;
  };
  const checkIns: TherapySessionCheckInFacts[] = raw.sessions
    .filter((s) => s.status === 'attended')
    .map((s) => {
      const toRate = real.filter(
        (g) => g.clientId === s.clientId && statusAt(g.id, g.createdAt, g.lifecycleStatus, s.scheduledAt) === 'active',
      );
      const rated = toRate.filter((g) =>
        raw.ratings.some((r) => r.goalId === g.id && r.therapySessionId === s.id && r.progress !== null),
      );
      return {
        therapySessionId: s.id,
        clientId: s.clientId,
        therapistId: '',
        startsAt: s.scheduledAt,
        attended: true,
        planGoalCount: toRate.length,
        ratedPlanGoalCount: rated.length,
      };
    });
  const clarity = goalClarity(goalFacts);
  const change = progress(goalFacts);
  return {
    clients: clientIds.length,
    attendedSessions: raw.sessions.filter((s) => s.status === 'attended').length,
    clarity: { mean: clarity.mean, count: clarity.ratedGoals },
    consensus: consensusRate(goalFacts),
    smart: smartShare(goalFacts),
    setFromStart: setFromTheStart(clientFacts),
    ratedRegularly: ratedRegularly(checkIns),
    progress: {
      meanChange: change.meanChange,
      measuredGoals: change.measuredGoals,
      reliableImprovement: change.reliableImprovement,
    },
  };
}

/** Pooled figures from the dashboard, with floating-point means compared to 12 places. */
export function expectSameFigures(
  fromRollups: PooledFigures,
  fromRaw: Awaited<ReturnType<typeof rawPooledFigures>>,
): void {
  const { clarity, progress: change, ...rest } = fromRaw;
  expect({ ...fromRollups, clarity: undefined, progress: undefined, flags: undefined, alliance: undefined }).toEqual({
    ...rest,
    clarity: undefined,
    progress: undefined,
    flags: undefined,
    alliance: undefined,
  });
  expect(fromRollups.clarity.count).toBe(clarity.count);
  if (clarity.mean === null) expect(fromRollups.clarity.mean).toBeNull();
  else expect(fromRollups.clarity.mean).toBeCloseTo(clarity.mean, 12);
  expect(fromRollups.progress.measuredGoals).toBe(change.measuredGoals);
  expect(fromRollups.progress.reliableImprovement).toEqual(change.reliableImprovement);
  if (change.meanChange === null) expect(fromRollups.progress.meanChange).toBeNull();
  else expect(fromRollups.progress.meanChange).toBeCloseTo(change.meanChange, 12);
}
