import type pg from 'pg';
import { clientMetrics, clientMonthlyMetrics } from '@/db/schema';
import { clientMetricsFromFacts, type ClientRollup, type ClientRollupFacts } from '@/lib/domain/metrics/client-rollup';
import { copyInto } from './copy';
import { METRIC_COLUMNS } from '@/lib/rollups/client-metrics';
import type { GeneratedClinic } from './generate';

/*
 * The benchmark's client rollups in bulk: the generator already holds every raw fact, so each
 * client's rollup is computed by the one definition (`clientMetricsFromFacts`, ADR 0007) from
 * those facts in memory and COPYed in, instead of reading 20,000 clients' facts back in chunks.
 * The per-clinician level is then summed in SQL in one pass (`refreshClinicianMetrics`), and
 * bench/load.ts checks a sample against the app's own refresh.
 */

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const instant = (value: Date | string | null | undefined): Date =>
  value instanceof Date ? value : new Date(value ?? 0);

export function rollupsFromGenerated(clinic: GeneratedClinic, timeZone: string): ClientRollup[] {
  const { rows } = clinic;
  const eventsByGoal = groupBy(rows.goalStatusEvents, (event) => event.goalId);
  const goalsByClient = groupBy(rows.goals, (goal) => goal.clientId);
  const sessionsByClient = groupBy(rows.therapySessions, (session) => session.clientId);
  const ratingsByClient = groupBy(
    rows.goalRatings.filter(
      (rating) =>
        rating.side === 'client' && !rating.isDraft && rating.progress !== null && rating.progress !== undefined,
    ),
    (rating) => rating.clientId,
  );
  const signaturesByClient = groupBy(
    rows.planSignatures.filter(
      (signature) => signature.signerRole === 'client' || signature.signerRole === 'therapist',
    ),
    (signature) => signature.clientId,
  );
  return rows.clients.map((client) => {
    const clientId = client.id!;
    const facts: ClientRollupFacts = {
      clientId,
      goals: (goalsByClient.get(clientId) ?? []).map((goal) => ({
        goalId: goal.id!,
        status: goal.lifecycleStatus!,
        agreed: goal.agreed ?? false,
        passesAllSmart: goal.passesAllSmart ?? false,
        firstAgreedAt: goal.firstAgreedAt ? instant(goal.firstAgreedAt) : null,
        currentVersionId: goal.currentVersionId ?? '',
        createdAt: instant(goal.createdAt),
        statusEvents: (eventsByGoal.get(goal.id!) ?? []).map((event) => ({
          at: instant(event.createdAt),
          status: event.toStatus,
        })),
      })),
      therapySessions: (sessionsByClient.get(clientId) ?? []).map((session) => ({
        id: session.id!,
        startsAt: instant(session.scheduledAt),
        durationMinutes: session.durationMinutes ?? 50,
        status: session.status!,
      })),
      clientRatings: (ratingsByClient.get(clientId) ?? []).map((rating) => ({
        goalId: rating.goalId,
        therapySessionId: rating.therapySessionId,
        progress: rating.progress!,
        clarity: rating.clarity ?? null,
      })),
      signatures: (signaturesByClient.get(clientId) ?? []).map((signature) => ({
        side: signature.signerRole as 'client' | 'therapist',
        hash: signature.planHash,
        signedAt: instant(signature.signedAt),
        nextReviewDate: signature.nextReviewDate ?? null,
      })),
      srs: [],
    };
    return clientMetricsFromFacts(facts, timeZone);
  });
}

/** COPYs computed client rollups into `client_metrics` and `client_monthly_metrics`. */
export async function copyClientRollups(
  client: pg.Client,
  organizationId: string,
  rollups: readonly ClientRollup[],
): Promise<void> {
  const refreshedAt = new Date();
  await copyInto(
    client,
    clientMetrics,
    ['clientId', 'organizationId', ...METRIC_COLUMNS, 'refreshedAt'],
    rollups.map((rollup) => ({ clientId: rollup.clientId, organizationId, ...rollup.metrics, refreshedAt })),
  );
  await copyInto(
    client,
    clientMonthlyMetrics,
    [
      'clientId',
      'organizationId',
      'month',
      'attendedSessions',
      'ratedRegularlyNumerator',
      'ratedRegularlyDenominator',
      'claritySum',
      'clarityCount',
      'gboSum',
      'gboCount',
      'goalsAgreed',
    ],
    rollups.flatMap((rollup) =>
      rollup.months.map((month) => ({ clientId: rollup.clientId, organizationId, ...month })),
    ),
  );
}
