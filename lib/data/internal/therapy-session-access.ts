import 'server-only';
import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
  caseloadAssignments,
  clients,
  goals,
  goalVersions,
  objectives,
  objectiveTicks,
  supervisionLinks,
  therapySessions,
  users,
} from '@/db/schema';
import type { Executor } from '@/db/types';
import type { ClientAccessFacts } from '@/lib/auth/policy';
import { numberTherapySessions, type TherapySessionStatus } from '@/lib/domain/therapy-sessions';

/*
 * Loading helpers shared by the therapy-session, check-in, progress and flag data functions.
 * They decide nothing about access: callers authorise with the facts these return.
 */

export interface TherapySessionRow {
  id: string;
  organizationId: string;
  clientId: string;
  clinicianId: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: TherapySessionStatus;
  privateNote: string | null;
  version: number;
}

export interface TherapySessionWithAccess extends TherapySessionRow {
  client: ClientAccessFacts & { id: string; displayName: string; dateOfBirth: string | null };
}

const activeLink = alias(supervisionLinks, 'active_link');

/** A therapy session of the caller's organisation with the facts that decide access to its client, or null. */
export async function loadTherapySessionWithAccess(
  executor: Executor,
  organizationId: string,
  therapySessionId: string,
  options: { forUpdate?: boolean } = {},
): Promise<TherapySessionWithAccess | null> {
  if (!z.uuid().safeParse(therapySessionId).success) return null;
  const query = executor
    .select({
      session: {
        id: therapySessions.id,
        organizationId: therapySessions.organizationId,
        clientId: therapySessions.clientId,
        clinicianId: therapySessions.clinicianId,
        scheduledAt: therapySessions.scheduledAt,
        durationMinutes: therapySessions.durationMinutes,
        status: therapySessions.status,
        privateNote: therapySessions.privateNote,
        version: therapySessions.version,
      },
      client: {
        id: clients.id,
        organizationId: clients.organizationId,
        displayName: clients.displayName,
        dateOfBirth: clients.dateOfBirth,
        portalUserId: clients.portalUserId,
        clinicianId: caseloadAssignments.clinicianId,
        clinicianSupervisorId: activeLink.supervisorId,
      },
    })
    .from(therapySessions)
    .innerJoin(
      clients,
      and(
        eq(clients.organizationId, therapySessions.organizationId),
        eq(clients.id, therapySessions.clientId),
        isNull(clients.archivedAt),
      ),
    )
    .leftJoin(
      caseloadAssignments,
      and(
        eq(caseloadAssignments.organizationId, clients.organizationId),
        eq(caseloadAssignments.clientId, clients.id),
        isNull(caseloadAssignments.endedAt),
      ),
    )
    .leftJoin(
      activeLink,
      and(
        eq(activeLink.organizationId, caseloadAssignments.organizationId),
        eq(activeLink.therapistId, caseloadAssignments.clinicianId),
        isNull(activeLink.endedAt),
      ),
    )
    .where(and(eq(therapySessions.id, therapySessionId), eq(therapySessions.organizationId, organizationId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: therapySessions }) : await query;
  if (!row) return null;
  return { ...row.session, client: row.client };
}

export interface NumberedTherapySession {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: TherapySessionStatus;
  /** Null for cancelled sessions and no-shows. */
  number: number | null;
}

/** All of a client's therapy sessions, oldest first, with their derived numbers. */
export async function loadNumberedSessions(
  executor: Executor,
  organizationId: string,
  clientId: string,
): Promise<NumberedTherapySession[]> {
  const rows = await executor
    .select({
      id: therapySessions.id,
      scheduledAt: therapySessions.scheduledAt,
      durationMinutes: therapySessions.durationMinutes,
      status: therapySessions.status,
    })
    .from(therapySessions)
    .where(and(eq(therapySessions.organizationId, organizationId), eq(therapySessions.clientId, clientId)))
    .orderBy(asc(therapySessions.scheduledAt), asc(therapySessions.id));
  const numbers = numberTherapySessions(rows);
  return rows.map((row) => ({ ...row, number: numbers.get(row.id) ?? null }));
}

export interface PlanGoal {
  goalId: string;
  goalVersionId: string;
  wording: string;
  lifecycleStatus: string;
}

/**
 * The goals a check-in rates: the client's goals that are active (the plan is signed). Goals
 * that are only accepted are agreed but not yet part of a signed plan, so they are not rated.
 */
export async function loadActiveGoals(
  executor: Executor,
  organizationId: string,
  clientId: string,
): Promise<PlanGoal[]> {
  return loadGoals(executor, organizationId, clientId, ['active']);
}

/** Goals in the given lifecycle states, in the plan's order. */
export async function loadGoals(
  executor: Executor,
  organizationId: string,
  clientId: string,
  statuses: readonly string[] | 'all',
): Promise<PlanGoal[]> {
  const rows = await executor
    .select({
      goalId: goals.id,
      goalVersionId: goalVersions.id,
      wording: goalVersions.wording,
      lifecycleStatus: goals.lifecycleStatus,
    })
    .from(goals)
    .innerJoin(
      goalVersions,
      and(eq(goalVersions.organizationId, goals.organizationId), eq(goalVersions.id, goals.currentVersionId)),
    )
    .where(and(eq(goals.organizationId, organizationId), eq(goals.clientId, clientId)))
    .orderBy(asc(goals.sortOrder), asc(goals.createdAt), asc(goals.id));
  return statuses === 'all' ? rows : rows.filter((row) => statuses.includes(row.lifecycleStatus));
}

/** The current objectives of the client's active goals, with the goal's wording, in the plan's order. */
export async function loadActiveObjectives(executor: Executor, organizationId: string, clientId: string) {
  return executor
    .select({
      objectiveId: objectives.id,
      description: objectives.description,
      timesPerPeriod: objectives.timesPerPeriod,
      period: objectives.period,
      goalWording: goalVersions.wording,
    })
    .from(objectives)
    .innerJoin(goals, and(eq(goals.organizationId, objectives.organizationId), eq(goals.id, objectives.goalId)))
    .innerJoin(
      goalVersions,
      and(eq(goalVersions.organizationId, goals.organizationId), eq(goalVersions.id, goals.currentVersionId)),
    )
    .where(
      and(
        eq(objectives.organizationId, organizationId),
        eq(goals.clientId, clientId),
        eq(goals.lifecycleStatus, 'active'),
        isNull(objectives.retiredAt),
      ),
    )
    .orderBy(asc(goals.sortOrder), asc(goals.createdAt), asc(objectives.sortOrder), asc(objectives.createdAt));
}

/** The client's ticked-off steps (not retracted) from a calendar date on, oldest first. */
export async function loadTicksSince(executor: Executor, organizationId: string, clientId: string, since: string) {
  return executor
    .select({
      id: objectiveTicks.id,
      objectiveId: objectiveTicks.objectiveId,
      doneOn: objectiveTicks.doneOn,
      note: objectiveTicks.note,
    })
    .from(objectiveTicks)
    .where(
      and(
        eq(objectiveTicks.organizationId, organizationId),
        eq(objectiveTicks.clientId, clientId),
        isNull(objectiveTicks.retractedAt),
        gte(objectiveTicks.doneOn, since),
      ),
    )
    .orderBy(asc(objectiveTicks.doneOn), asc(objectiveTicks.createdAt));
}

/** Name of a user of the organisation (for "acknowledged by", "your therapist"). */
export async function loadUserName(
  executor: Executor,
  organizationId: string,
  userId: string | null,
): Promise<string | null> {
  if (!userId) return null;
  const [row] = await executor
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organizationId, organizationId)))
    .limit(1);
  return row?.name ?? null;
}
