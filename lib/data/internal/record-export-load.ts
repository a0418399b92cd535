import 'server-only';
import { and, asc, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import {
  auditEvents,
  caseloadAssignments,
  checkIns,
  clients,
  flags,
  formulations,
  goalComments,
  goalPositions,
  goals,
  goalStatusEvents,
  goalVersions,
  goalRatings,
  measureResponses,
  objectives,
  organizations,
  planSignatures,
  supervisionLinks,
  therapySessions,
  users,
} from '@/db/schema';
import type { Db, Executor } from '@/db/types';
import { planState } from '@/lib/domain/consensus/plan-state';
import { planGoals } from '@/lib/domain/consensus/plan-goals';
import { calendarDateIn, toIsoDate } from '@/lib/time/local-date';
import { buildRecordBundle } from '@/lib/fhir/record-bundle';
import type { ExportCopy, ExportGoal, ExportPerson, RecordExportInput } from '@/lib/fhir/input';
import { absoluteUrl } from '@/lib/links';
import type { Bundle } from '@medplum/fhirtypes';
import type { ClientRow } from './access-facts';
import { loadOrganizationRules } from './organization-rules';

/*
 * Reading one client's record for the FHIR export (lib/fhir builds the Bundle). Infrastructure:
 * the callers in record-export.ts (people) and the operator's command (scripts/export-fhir.ts)
 * decide who may; everything here is scoped by organisation and client.
 *
 * What a client's own copy leaves out is decided here, at the query: no flags (and so no
 * acknowledgement notes), no supervisor comments, no therapist ratings, no private session
 * notes (never read at all), and the 5 P's link only when the formulation is shared with them.
 */

/** The organisation's own URL space for code systems and identifiers (ADR 0017). */
export function systemBaseFor(organizationId: string): string {
  return absoluteUrl(`/fhir/organizations/${organizationId}`);
}

type RecordClient = Pick<
  ClientRow,
  'id' | 'organizationId' | 'displayName' | 'dateOfBirth' | 'intakeDate' | 'status' | 'portalUserId' | 'clinicianId'
>;

export async function loadRecordExportInput(
  executor: Executor,
  client: RecordClient,
  copy: ExportCopy,
  generatedAt: Date,
): Promise<RecordExportInput> {
  const organizationId = client.organizationId;
  const staff = copy === 'staff';
  const rules = await loadOrganizationRules(executor, organizationId);
  const organization = { id: organizationId, name: rules.name };

  const goalRows = await executor
    .select()
    .from(goals)
    .where(and(eq(goals.organizationId, organizationId), eq(goals.clientId, client.id)))
    .orderBy(asc(goals.sortOrder), asc(goals.createdAt), asc(goals.id));
  const goalIds = goalRows.map((goal) => goal.id);
  const anyGoal = goalIds.length > 0;
  const versionRows = anyGoal
    ? await executor
        .select()
        .from(goalVersions)
        .where(and(eq(goalVersions.organizationId, organizationId), inArray(goalVersions.goalId, goalIds)))
        .orderBy(asc(goalVersions.number))
    : [];
  const agreeRows = anyGoal
    ? await executor
        .select({
          goalVersionId: goalPositions.goalVersionId,
          side: goalPositions.side,
          userId: goalPositions.userId,
          createdAt: goalPositions.createdAt,
        })
        .from(goalPositions)
        .where(
          and(
            eq(goalPositions.organizationId, organizationId),
            inArray(goalPositions.goalId, goalIds),
            eq(goalPositions.position, 'agree'),
          ),
        )
        .orderBy(asc(goalPositions.createdAt))
    : [];
  const eventRows = anyGoal
    ? await executor
        .select({
          goalId: goalStatusEvents.goalId,
          reason: goalStatusEvents.reason,
          createdAt: goalStatusEvents.createdAt,
        })
        .from(goalStatusEvents)
        .where(and(eq(goalStatusEvents.organizationId, organizationId), inArray(goalStatusEvents.goalId, goalIds)))
        .orderBy(desc(goalStatusEvents.createdAt))
    : [];
  const objectiveRows = anyGoal
    ? await executor
        .select()
        .from(objectives)
        .where(
          and(
            eq(objectives.organizationId, organizationId),
            inArray(objectives.goalId, goalIds),
            isNull(objectives.retiredAt),
          ),
        )
        .orderBy(asc(objectives.sortOrder), asc(objectives.createdAt))
    : [];
  const commentRows =
    staff && anyGoal
      ? await executor
          .select()
          .from(goalComments)
          .where(and(eq(goalComments.organizationId, organizationId), inArray(goalComments.goalId, goalIds)))
          .orderBy(asc(goalComments.createdAt))
      : [];
  const [formulation] = await executor
    .select({ shared: formulations.sharedWithClient })
    .from(formulations)
    .where(and(eq(formulations.organizationId, organizationId), eq(formulations.clientId, client.id)));
  const factorVisible = staff || (formulation?.shared ?? false);

  const signatureRows = await executor
    .select()
    .from(planSignatures)
    .where(and(eq(planSignatures.organizationId, organizationId), eq(planSignatures.clientId, client.id)))
    .orderBy(asc(planSignatures.signedAt));

  const measureRows = await executor
    .select({ measure: measureResponses, sessionAt: therapySessions.scheduledAt })
    .from(measureResponses)
    .innerJoin(therapySessions, eq(therapySessions.id, measureResponses.therapySessionId))
    .where(
      and(
        eq(measureResponses.organizationId, organizationId),
        eq(measureResponses.clientId, client.id),
        eq(measureResponses.isDraft, false),
      ),
    )
    .orderBy(asc(therapySessions.scheduledAt), asc(measureResponses.instrument));
  const checkInRows = await executor
    .select({ id: checkIns.id, submittedAt: checkIns.submittedAt, sessionAt: therapySessions.scheduledAt })
    .from(checkIns)
    .innerJoin(therapySessions, eq(therapySessions.id, checkIns.therapySessionId))
    .where(
      and(
        eq(checkIns.organizationId, organizationId),
        eq(checkIns.clientId, client.id),
        eq(checkIns.kind, 'before'),
        eq(checkIns.status, 'submitted'),
      ),
    )
    .orderBy(asc(therapySessions.scheduledAt));
  const ratingRows = await executor
    .select({ rating: goalRatings, sessionAt: therapySessions.scheduledAt })
    .from(goalRatings)
    .innerJoin(therapySessions, eq(therapySessions.id, goalRatings.therapySessionId))
    .where(
      and(
        eq(goalRatings.organizationId, organizationId),
        eq(goalRatings.clientId, client.id),
        eq(goalRatings.isDraft, false),
        staff ? undefined : eq(goalRatings.side, 'client'),
      ),
    )
    .orderBy(asc(therapySessions.scheduledAt), asc(goalRatings.side));
  const flagRows = staff
    ? await executor
        .select({
          id: flags.id,
          kind: flags.kind,
          reason: flags.reason,
          raisedAt: flags.raisedAt,
          goalId: flags.goalId,
        })
        .from(flags)
        .where(
          and(
            eq(flags.organizationId, organizationId),
            eq(flags.clientId, client.id),
            isNull(flags.acknowledgedAt),
            or(eq(flags.kind, 'risk'), eq(flags.kind, 'not-on-track')),
          ),
        )
        .orderBy(asc(flags.raisedAt))
    : [];

  // Everyone the rows name, read once.
  const personIds = new Set<string>();
  const note = (id: string | null | undefined) => {
    if (id) personIds.add(id);
  };
  note(client.clinicianId);
  note(client.portalUserId);
  for (const goal of goalRows) note(goal.createdBy);
  for (const version of versionRows) note(version.authorUserId);
  for (const agree of agreeRows) note(agree.userId);
  for (const comment of commentRows) note(comment.authorUserId);
  for (const signature of signatureRows) note(signature.userId);
  for (const { rating } of ratingRows) note(rating.ratedBy);
  const people: ExportPerson[] =
    personIds.size > 0
      ? await executor
          .select({ id: users.id, name: users.name, role: users.role })
          .from(users)
          .where(and(eq(users.organizationId, organizationId), inArray(users.id, [...personIds])))
      : [];

  const versionById = new Map(versionRows.map((version) => [version.id, version]));
  const exportGoals: ExportGoal[] = goalRows.flatMap((goal) => {
    const versions = versionRows.filter((version) => version.goalId === goal.id);
    if (versions.length === 0) return [];
    const latestEvent = eventRows.find((event) => event.goalId === goal.id);
    return [
      {
        id: goal.id,
        lifecycleStatus: goal.lifecycleStatus,
        achievementStatus: goal.achievementStatus,
        createdAt: goal.createdAt,
        createdBySide: goal.createdBySide,
        createdByUserId: goal.createdBy,
        firstAgreedAt: goal.firstAgreedAt,
        lastStatusChange: latestEvent ? { at: latestEvent.createdAt, reason: latestEvent.reason } : null,
        versions: versions.map((version) => ({
          id: version.id,
          number: version.number,
          wording: version.wording,
          theme: version.theme,
          value: version.value,
          measure: version.measure,
          target: version.target,
          dueDate: version.dueDate,
          frequency: version.frequency,
          formulationFactor: factorVisible ? version.formulationFactor : null,
          authorUserId: version.authorUserId,
          authorSide: version.authorSide,
          changeNote: version.changeNote,
          createdAt: version.createdAt,
          agreements: agreeRows
            .filter((agree) => agree.goalVersionId === version.id)
            .map((agree) => ({ side: agree.side, userId: agree.userId, at: agree.createdAt })),
        })),
        objectives: objectiveRows
          .filter((objective) => objective.goalId === goal.id)
          .map((objective) => ({
            id: objective.id,
            description: objective.description,
            timesPerPeriod: objective.timesPerPeriod,
            period: objective.period,
            durationWeeks: objective.durationWeeks,
          })),
        comments: commentRows
          .filter((comment) => comment.goalId === goal.id)
          .map((comment) => ({
            id: comment.id,
            authorUserId: comment.authorUserId,
            body: comment.body,
            createdAt: comment.createdAt,
          })),
      },
    ];
  });

  // Where the plan stands, by the one definition (lib/domain/consensus).
  const stateGoals = goalRows
    .filter((goal) => goal.currentVersionId !== null)
    .map((goal) => ({
      goalId: goal.id,
      title: '',
      status: goal.lifecycleStatus,
      agreed: goal.agreed,
      currentVersionId: goal.currentVersionId!,
    }));
  const state = planState({
    goals: stateGoals,
    signatures: signatureRows
      .filter((s) => s.signerRole !== 'supervisor')
      .map((s) => ({ side: s.signerRole as 'client' | 'therapist', hash: s.planHash, signedAt: s.signedAt })),
    minimumGoals: rules.settings.minimumGoalsPerPlan,
    now: generatedAt,
    timeZone: rules.timeZone,
  });
  const completions = signatureRows.filter((s) => s.nextReviewDate !== null);
  const firstCompletion = completions[0];
  const planStatus =
    client.status === 'discharged'
      ? 'completed'
      : state.status === 'signed' || state.status === 'needs-re-consent'
        ? 'active'
        : 'draft';

  return {
    copy,
    generatedAt,
    timeZone: rules.timeZone,
    systemBase: systemBaseFor(organizationId),
    organization: { id: organizationId, name: organization?.name ?? '' },
    client: {
      id: client.id,
      displayName: client.displayName,
      dateOfBirth: client.dateOfBirth,
      status: client.status,
      clinicianId: client.clinicianId,
      portalUserId: client.portalUserId,
    },
    people,
    goals: exportGoals,
    carePlan: {
      status: planStatus,
      periodStart: firstCompletion
        ? toIsoDate(calendarDateIn(firstCompletion.signedAt, rules.timeZone))
        : client.intakeDate,
      nextReviewDate: completions[completions.length - 1]?.nextReviewDate ?? null,
      goalIds: planGoals(stateGoals).map((goal) => goal.goalId),
    },
    signatures: signatureRows.map((s) => ({
      id: s.id,
      role: s.signerRole,
      userId: s.userId,
      typedName: s.typedName,
      signedAt: s.signedAt,
      planHash: s.planHash,
      goalVersions: s.goalVersions.filter((pair) => versionById.has(pair.versionId)),
      nextReviewDate: s.nextReviewDate,
    })),
    measures: measureRows.map(({ measure, sessionAt }) => ({
      id: measure.id,
      instrument: measure.instrument,
      answers: measure.answers,
      total: measure.complete ? measure.total : null,
      submittedAt: measure.submittedAt,
      sessionAt,
    })),
    checkIns: checkInRows.map((row) => ({
      id: row.id,
      submittedAt: row.submittedAt ?? row.sessionAt,
      sessionAt: row.sessionAt,
    })),
    goalRatings: ratingRows
      .filter(({ rating }) => rating.progress !== null)
      .map(({ rating, sessionAt }) => ({
        id: rating.id,
        goalId: rating.goalId,
        side: rating.side,
        progress: rating.progress!,
        clarity: rating.side === 'client' ? rating.clarity : null,
        ratedByUserId: rating.ratedBy,
        ratedAt: rating.ratedAt,
        checkInId: rating.checkInId,
        sessionAt,
      })),
    flags: flagRows.map((flag) => ({
      id: flag.id,
      kind: flag.kind as 'risk' | 'not-on-track',
      reason: flag.reason,
      raisedAt: flag.raisedAt,
      goalId: flag.goalId,
    })),
  };
}

/** One client's record as a Bundle. */
export async function buildClientBundle(
  executor: Executor,
  client: RecordClient,
  copy: ExportCopy,
  generatedAt: Date,
): Promise<Bundle> {
  return buildRecordBundle(await loadRecordExportInput(executor, client, copy, generatedAt));
}

/** The clients whose treating clinician is `clinicianIds` (active assignments, not archived), by name. */
export async function loadClientsOf(
  executor: Executor,
  organizationId: string,
  scope: { clinicianIds: string[] } | 'organisation',
): Promise<RecordClient[]> {
  if (scope !== 'organisation' && scope.clinicianIds.length === 0) return [];
  return executor
    .select({
      id: clients.id,
      organizationId: clients.organizationId,
      displayName: clients.displayName,
      dateOfBirth: clients.dateOfBirth,
      intakeDate: clients.intakeDate,
      status: clients.status,
      portalUserId: clients.portalUserId,
      clinicianId: caseloadAssignments.clinicianId,
    })
    .from(clients)
    .leftJoin(
      caseloadAssignments,
      and(eq(caseloadAssignments.clientId, clients.id), isNull(caseloadAssignments.endedAt)),
    )
    .where(
      and(
        eq(clients.organizationId, organizationId),
        isNull(clients.archivedAt),
        scope === 'organisation' ? undefined : inArray(caseloadAssignments.clinicianId, scope.clinicianIds),
      ),
    )
    .orderBy(asc(clients.displayName), asc(clients.id));
}

/** A supervisor's team: the therapists they supervise now, and themself (their own caseload). */
export async function loadTeamClinicianIds(
  executor: Executor,
  organizationId: string,
  supervisorId: string,
): Promise<string[]> {
  const rows = await executor
    .select({ therapistId: supervisionLinks.therapistId })
    .from(supervisionLinks)
    .where(
      and(
        eq(supervisionLinks.organizationId, organizationId),
        eq(supervisionLinks.supervisorId, supervisorId),
        isNull(supervisionLinks.endedAt),
      ),
    );
  return [supervisorId, ...rows.map((row) => row.therapistId)];
}

/**
 * The operator's whole-organisation export (scripts/export-fhir.ts): every client's staff copy,
 * handed to `write` one at a time, and one audit row per client plus one for the run, with no
 * person as actor (actor_role 'system').
 */
export async function exportOrganizationRecords(
  db: Db,
  organizationId: string,
  generatedAt: Date,
  write: (client: { id: string; displayName: string }, bundle: Bundle) => Promise<void>,
): Promise<{ clients: number; organizationName: string } | null> {
  const [organization] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!organization) return null;
  const list = await loadClientsOf(db, organizationId, 'organisation');
  for (const client of list) {
    const bundle = await db.transaction((tx) => buildClientBundle(tx, client, 'staff', generatedAt), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
    await write(client, bundle);
    await db.insert(auditEvents).values(
      systemAudit(organizationId, 'record.export', 'client', client.id, {
        format: 'fhir-r4',
        copy: 'staff',
        scope: 'organisation',
      }),
    );
  }
  await db.insert(auditEvents).values(
    systemAudit(organizationId, 'records.export', 'organization', organizationId, {
      format: 'fhir-r4',
      copy: 'staff',
      scope: 'organisation',
      rows: list.length,
    }),
  );
  return { clients: list.length, organizationName: organization.name };
}

function systemAudit(
  organizationId: string,
  action: string,
  entityType: string,
  entityId: string,
  details: Record<string, string | number | boolean | null>,
) {
  return {
    organizationId,
    actorUserId: null,
    actorRole: 'system',
    action,
    entityType,
    entityId,
    outcome: 'allowed' as const,
    requestId: null,
    details,
  };
}
