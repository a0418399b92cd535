import 'server-only';
import { and, eq } from 'drizzle-orm';
import { checkIns, goalRatings, measureResponses, organizations } from '@/db/schema';
import { signedVersions } from '@/lib/domain/consensus/signed-versions';
import type { LifecycleStatus, Side } from '@/lib/domain/consensus/types';
import { readAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { checkExportLimit } from './internal/export-limits';
import { loadGoalViews } from './internal/goal-records';
import { loadSignatures, type SignerRole } from './internal/plan-records';
import { loadOwnClientRecord } from './internal/portal-access';
import { loadNumberedSessions } from './internal/therapy-session-access';

/**
 * The client's own copy of their record (ADR 0018), for "Download my record" in the portal:
 * their goals with every wording and status change, their check-ins with the ratings and
 * questionnaire scores they sent, and every plan they signed. Built from an allowlist of what
 * the client already sees in the portal, so it holds no flags or flag notes, no therapist's
 * private session notes, no therapist ratings or goal attainment scales, no supervisor
 * comments and no formulation history: nothing staff-only is ever read here.
 */

export interface RecordGoalVersion {
  wording: string;
  writtenBy: Side;
  at: string;
  /** Why it was changed, in the words given then. */
  changeNote: string | null;
}

export interface RecordGoal {
  id: string;
  wording: string;
  status: LifecycleStatus;
  /** Oldest first. */
  versions: RecordGoalVersion[];
  /** Status changes, oldest first (no reasons: those are the clinician's notes). */
  statusChanges: { status: LifecycleStatus; at: string }[];
}

export type RecordInstrument = 'phq9' | 'gad7' | 'ors' | 'srs';

export interface RecordCheckIn {
  sessionNumber: number | null;
  sessionAt: string;
  kind: 'before' | 'after';
  sentAt: string | null;
  /** The client's own goal ratings (0–10) and clarity (1–5) in this check-in. */
  ratings: { goalWording: string; progress: number | null; clarity: number | null }[];
  scores: { instrument: RecordInstrument; total: number }[];
}

export interface RecordSignedPlan {
  number: number;
  completedAt: string;
  planHash: string;
  nextReviewDate: string | null;
  goals: string[];
  signatures: { role: SignerRole; typedName: string; signedAt: string }[];
}

export interface ClientRecordCopy {
  client: { id: string; displayName: string };
  organizationName: string;
  timeZone: string;
  goals: RecordGoal[];
  checkIns: RecordCheckIn[];
  signedPlans: RecordSignedPlan[];
  createdAt: string;
}

/** The signed-in client's record, to download as a PDF. Counts against the export limit. */
export async function exportMyRecord(): Promise<ClientRecordCopy> {
  const ctx = await dataContext();
  const { principal } = ctx;
  return readAudited(
    ctx,
    { action: 'record.export', entityType: 'client', entityId: principal.clientId, details: { format: 'record-pdf' } },
    async () => {
      const client = await loadOwnClientRecord(ctx);
      await checkExportLimit(ctx, 'record-pdf');
      const { organizationId } = principal;
      const [goalViews, sessions, signatureRows, checkInRows, ratingRows, scoreRows, [organization]] =
        await Promise.all([
          loadGoalViews(ctx.db, organizationId, client.id, { includeComments: false }),
          loadNumberedSessions(ctx.db, organizationId, client.id),
          loadSignatures(ctx.db, organizationId, client.id),
          ctx.db
            .select({
              id: checkIns.id,
              therapySessionId: checkIns.therapySessionId,
              kind: checkIns.kind,
              submittedAt: checkIns.submittedAt,
            })
            .from(checkIns)
            .where(
              and(
                eq(checkIns.organizationId, organizationId),
                eq(checkIns.clientId, client.id),
                eq(checkIns.status, 'submitted'),
              ),
            ),
          ctx.db
            .select({
              checkInId: goalRatings.checkInId,
              goalVersionId: goalRatings.goalVersionId,
              progress: goalRatings.progress,
              clarity: goalRatings.clarity,
            })
            .from(goalRatings)
            .where(
              and(
                eq(goalRatings.organizationId, organizationId),
                eq(goalRatings.clientId, client.id),
                eq(goalRatings.side, 'client'),
                eq(goalRatings.isDraft, false),
              ),
            ),
          ctx.db
            .select({
              checkInId: measureResponses.checkInId,
              instrument: measureResponses.instrument,
              total: measureResponses.total,
            })
            .from(measureResponses)
            .where(
              and(
                eq(measureResponses.organizationId, organizationId),
                eq(measureResponses.clientId, client.id),
                eq(measureResponses.isDraft, false),
                eq(measureResponses.complete, true),
              ),
            ),
          ctx.db
            .select({ name: organizations.name })
            .from(organizations)
            .where(eq(organizations.id, organizationId))
            .limit(1),
        ]);

      const wordingOfVersion = new Map(
        goalViews.flatMap((goal) => goal.versions.map((version) => [version.id, version.fields.wording] as const)),
      );
      const goals: RecordGoal[] = goalViews
        .filter((goal) => goal.lifecycleStatus !== 'entered-in-error')
        .map((goal) => ({
          id: goal.id,
          wording: goal.current.fields.wording,
          status: goal.lifecycleStatus,
          versions: [...goal.versions].reverse().map((version) => ({
            wording: version.fields.wording,
            writtenBy: version.authorSide,
            at: version.createdAt,
            changeNote: version.changeNote,
          })),
          statusChanges: [...goal.statusEvents]
            .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
            .map((event) => ({ status: event.toStatus, at: event.createdAt })),
        }));

      const sessionById = new Map(sessions.map((session) => [session.id, session]));
      const checkInList: RecordCheckIn[] = checkInRows
        .flatMap((row) => {
          const session = sessionById.get(row.therapySessionId);
          if (!session) return [];
          return [
            {
              sessionNumber: session.number,
              sessionAt: session.scheduledAt.toISOString(),
              kind: row.kind,
              sentAt: row.submittedAt?.toISOString() ?? null,
              ratings: ratingRows
                .filter((r) => r.checkInId === row.id)
                .map((r) => ({
                  goalWording: wordingOfVersion.get(r.goalVersionId) ?? '',
                  progress: r.progress,
                  clarity: r.clarity,
                })),
              scores: scoreRows
                .filter((s) => s.checkInId === row.id && s.total !== null)
                .map((s) => ({ instrument: s.instrument, total: s.total! })),
            },
          ];
        })
        .sort((a, b) => a.sessionAt.localeCompare(b.sessionAt) || a.kind.localeCompare(b.kind) * -1);

      const facts = signatureRows.map((row) => ({ ...row, role: row.signerRole, hash: row.planHash }));
      const signedPlans: RecordSignedPlan[] = signedVersions(facts).map((version) => ({
        number: version.number,
        completedAt: version.completedAt.toISOString(),
        planHash: version.hash,
        nextReviewDate: version.nextReviewDate,
        goals: version.completing.goalVersions.flatMap((pair) => {
          const wording = wordingOfVersion.get(pair.versionId);
          return wording === undefined ? [] : [wording];
        }),
        signatures: [version.client, version.therapist, ...(version.supervisor ? [version.supervisor] : [])].map(
          (s) => ({
            role: s.signerRole,
            typedName: s.typedName,
            signedAt: s.signedAt.toISOString(),
          }),
        ),
      }));

      return {
        client: { id: client.id, displayName: client.displayName },
        organizationName: organization?.name ?? '',
        timeZone: principal.timeZone,
        goals,
        checkIns: checkInList,
        signedPlans,
        createdAt: new Date().toISOString(),
      };
    },
    (copy) => ({
      details: { format: 'record-pdf', rows: copy.goals.length + copy.checkIns.length + copy.signedPlans.length },
    }),
  );
}
