import { and, count, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getDb } from '@/db/client';
import {
  accessTokens,
  auditEvents,
  caseloadAssignments,
  clients,
  planSignatures,
  supervisionLinks,
  therapySessions,
} from '@/db/schema';
import { verifyCredentials } from '@/lib/data/authentication';
import { listCaseload } from '@/lib/data/caseload';
import { changeClientStatus, createClient, getClientProfile, updateClientProfile } from '@/lib/data/clients';
import { checkHealth } from '@/lib/data/health';
import { getBrainstorm, saveBrainstormAnswers } from '@/lib/data/brainstorm';
import { getCarePlan, signPlan } from '@/lib/data/care-plan';
import { exportMyRecord } from '@/lib/data/client-record';
import { getPrintablePlan } from '@/lib/data/plan-print';
import { saveFormulation } from '@/lib/data/formulation';
import {
  changeGoalStatus,
  commentOnGoal,
  createGoal,
  getGoal,
  respondToGoal,
  reviseGoal,
  setGoalFocus,
} from '@/lib/data/goals';
import { getPortalHome } from '@/lib/data/portal';
import { exportCaseloadDashboard, getCaseloadDashboard } from '@/lib/data/caseload-dashboard';
import { exportTeamDashboard, getTeamDashboard } from '@/lib/data/team-dashboard';
import { listUsers } from '@/lib/data/users';
import { exportClientRecordFhir, exportMyRecordFhir, exportTeamRecordsFhir } from '@/lib/data/record-export';
import { AppError, NOT_FOUND_MESSAGE } from '@/lib/errors';
import { getAccount, signOutEverywhere, signOutThisDevice, updateAccountName } from '@/lib/data/account';
import { exportAuditLog, listAuditEvents } from '@/lib/data/audit-log';
import { acceptConsent, getPortalConsent, portalConsentRequired } from '@/lib/data/consent';
import {
  acceptInvitation,
  getClientPortalAccess,
  inspectInvitation,
  inviteClient,
  inviteStaff,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from '@/lib/data/invitations';
import { getOrganizationSettings, updateOrganizationSettings } from '@/lib/data/organization';
import {
  changePassword,
  inspectPasswordReset,
  issuePasswordReset,
  requestPasswordReset,
  resetPassword,
} from '@/lib/data/passwords';
import { deactivateUser, getPerson, reactivateUser } from '@/lib/data/people-admin';
import { getReassignmentOptions, reassignClient } from '@/lib/data/reassignment';
import { assignSupervisor, endSupervision, listSupervision } from '@/lib/data/supervision';
import { CONSENT_TEXT_VERSION } from '@/lib/consent-text';
import { ACTORS, actAs, createFixture, FIXTURE_PASSWORD, type Actor, type Fixture, type FixtureUser } from './fixtures';
import {
  addPeopleFixture,
  insertInvitation,
  insertResetToken,
  restoreAccounts,
  setDeactivated,
  uniqueEmail,
  type PeopleFixture,
} from './people-fixtures';

import { getCheckIn, saveAfterCheckIn, saveBeforeCheckIn } from '@/lib/data/check-ins';
import { acknowledgeFlag, getClientFlagSummary } from '@/lib/data/flags';
import { rateGas, saveGasScale } from '@/lib/data/goal-attainment';
import { getObjectiveWeek, retractObjectiveTick, tickObjective } from '@/lib/data/objective-ticks';
import { getClientProgress, getMyProgress } from '@/lib/data/progress';
import {
  getTherapySession,
  listTherapySessions,
  recordTherapySession,
  saveTherapistRatings,
  scheduleTherapySession,
} from '@/lib/data/therapy-sessions';
import { publicDataModules } from './fuzz/data-functions';
import {
  getLastClientReminder,
  getMyReminderPreferences,
  getReminderSettings,
  getSessionCalendarFile,
  inspectUnsubscribe,
  listEmailDeliveries,
  saveMyReminderPreferences,
  saveReminderSettings,
  unsubscribe,
} from '@/lib/data/reminders';
import { unsubscribeToken } from '@/lib/reminders/unsubscribe-token';
import { addFlag, addSessionsSetup, addTick, type SessionsFixture } from './sessions-fixtures';

// Links are "sent" to nowhere here: the invitation tests read real mail.
vi.mock('@/lib/mail', () => ({
  mailTransport: () => 'log',
  sendMail: vi.fn(() => Promise.resolve({ delivered: 'log' })),
}));
import {
  actorName,
  agreeToEverything,
  createGoalAs,
  currentPlanHash,
  currentVersionNumber,
  goalInput,
} from './goal-fixtures';
import { formulations } from '@/db/schema';

/**
 * THE authorisation matrix: every data-access function, called by every kind of person
 * against their own and others' records. `allow` lists exactly who may; everyone else must get
 * the same not-found a missing record gets (anonymous: "sign in"). A data function that is
 * exported from lib/data but has no row here fails the last test.
 */
interface MatrixRow {
  fn: string;
  target: string;
  allow: readonly Actor[] | 'everyone';
  call: (f: Fixture) => Promise<unknown>;
  /** A yes/no for a layout's redirect, not a read of a record: no audit row is expected. */
  unaudited?: true;
}

const clinicians = ['therapistA', 'therapistB', 'supervisorOfA', 'supervisorOfNobody'] as const;
const signedIn = [
  'clientA',
  'clientB',
  'therapistA',
  'therapistB',
  'supervisorOfA',
  'supervisorOfNobody',
  'admin',
  'otherOrgUser',
] as const;

/** Set in beforeAll: the extra cast that people-management rows may change freely. */
let people: PeopleFixture;

const VALID_SETTINGS = {
  name: 'Matrix Clinic',
  timeZone: 'Europe/London',
  minimumGoalsPerPlan: '3',
  reviewCadenceDays: '90',
  phq9AtIntake: 'on',
  phq9EveryNthSession: '4',
  gad7AtIntake: 'on',
  gad7EveryNthSession: '4',
  orsLicensed: 'on',
  srsLicensed: 'on',
};

/** Password changes and "sign out everywhere" move session versions on: put the cast back after. */
async function restoringAccounts<T>(f: Fixture, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } finally {
    await restoreAccounts(Object.values(f.users));
  }
}

async function revokeClientInvitations(clientId: string): Promise<void> {
  const db = await getDb();
  await db.update(accessTokens).set({ revokedAt: new Date() }).where(eq(accessTokens.clientId, clientId));
}

async function endLinks(therapistId: string): Promise<void> {
  const db = await getDb();
  await db.update(supervisionLinks).set({ endedAt: new Date() }).where(eq(supervisionLinks.therapistId, therapistId));
}

async function linkSupervisor(f: Fixture, therapistId: string): Promise<void> {
  await endLinks(therapistId);
  const db = await getDb();
  await db
    .insert(supervisionLinks)
    .values({ organizationId: f.orgA, supervisorId: f.users.supervisorOfNobody.id, therapistId });
}

/** An active therapist the movable client is not with now. */
async function otherSpare(): Promise<string> {
  const db = await getDb();
  const [active] = await db
    .select({ clinicianId: caseloadAssignments.clinicianId })
    .from(caseloadAssignments)
    .where(and(eq(caseloadAssignments.clientId, people.clientToMove), isNull(caseloadAssignments.endedAt)));
  return active?.clinicianId === people.spareTherapist2.id ? people.resetTarget.id : people.spareTherapist2.id;
}

async function currentVersion(clientId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ version: clients.version }).from(clients).where(eq(clients.id, clientId));
  return row?.version ?? 1;
}

const profileEdit = (clientId: string) => async () => ({
  clientId,
  version: await currentVersion(clientId),
  displayName: 'Edited Name',
  pronouns: 'they/them',
  dateOfBirth: '1990-05-01',
  intakeDate: '2026-01-15',
});

/** Re-opening a record that was discharged: the same authorisation as discharging, with no loose ends to check. */
const reopen = (clientId: string) => async () => {
  const db = await getDb();
  await db.update(clients).set({ status: 'discharged' }).where(eq(clients.id, clientId));
  try {
    return await changeClientStatus({
      clientId,
      version: await currentVersion(clientId),
      status: 'active',
      reason: 'Coming back for more sessions.',
    });
  } finally {
    // Later rows expect the client active, whoever was refused here.
    await db.update(clients).set({ status: 'active' }).where(eq(clients.id, clientId));
  }
};

let sx: SessionsFixture;

async function sessionVersion(therapySessionId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ version: therapySessions.version })
    .from(therapySessions)
    .where(eq(therapySessions.id, therapySessionId));
  return row?.version ?? 1;
}

const today = () => new Date().toISOString().slice(0, 10);
const gasLevels = {
  levelMinus2: 'None',
  levelMinus1: 'Some',
  level0: 'Expected',
  levelPlus1: 'More',
  levelPlus2: 'Much more',
  weight: '',
};

export const MATRIX: MatrixRow[] = [
  // Public, before sign-in.
  { fn: 'checkHealth', target: 'system', allow: 'everyone', call: () => checkHealth() },
  {
    fn: 'verifyCredentials',
    target: 'own email',
    allow: 'everyone',
    call: (f) => verifyCredentials(f.users.therapistB.email, FIXTURE_PASSWORD, new Date()),
  },

  // Client records.
  {
    fn: 'getClientProfile',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA', 'admin', 'clientA'],
    call: (f) => getClientProfile(f.clients.a),
  },
  {
    fn: 'getClientProfile',
    target: 'client B',
    allow: ['therapistB', 'admin', 'clientB'],
    call: (f) => getClientProfile(f.clients.b),
  },
  {
    fn: 'getClientProfile',
    target: "supervisor A's own client",
    allow: ['supervisorOfA', 'admin'],
    call: (f) => getClientProfile(f.clients.supervisorOwn),
  },
  {
    fn: 'getClientProfile',
    target: 'other org client',
    allow: ['otherOrgUser'],
    call: (f) => getClientProfile(f.clients.other),
  },
  {
    fn: 'updateClientProfile',
    target: 'client A',
    allow: ['therapistA'],
    call: async (f) => updateClientProfile(await profileEdit(f.clients.a)()),
  },
  {
    fn: 'updateClientProfile',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: async (f) => updateClientProfile(await profileEdit(f.clients.supervisorOwn)()),
  },
  {
    fn: 'updateClientProfile',
    target: 'other org client',
    allow: [],
    call: async (f) => updateClientProfile(await profileEdit(f.clients.other)()),
  },
  { fn: 'changeClientStatus', target: 'client A', allow: ['therapistA'], call: (f) => reopen(f.clients.a)() },
  {
    fn: 'changeClientStatus',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: (f) => reopen(f.clients.supervisorOwn)(),
  },
  { fn: 'changeClientStatus', target: 'other org client', allow: [], call: (f) => reopen(f.clients.other)() },
  {
    fn: 'createClient',
    target: 'own caseload',
    allow: clinicians,
    call: () => createClient({ displayName: 'New Person', pronouns: '', dateOfBirth: '', intakeDate: '2026-02-01' }),
  },

  // Caseloads and team.
  { fn: 'listCaseload', target: 'own', allow: clinicians, call: () => listCaseload() },
  {
    fn: 'listCaseload',
    target: "therapist A's",
    allow: ['therapistA', 'supervisorOfA', 'admin'],
    call: (f) => listCaseload({ clinicianId: f.users.therapistA.id }),
  },
  {
    fn: 'listCaseload',
    target: "therapist B's",
    allow: ['therapistB', 'admin'],
    call: (f) => listCaseload({ clinicianId: f.users.therapistB.id }),
  },
  {
    fn: 'listCaseload',
    target: "other org therapist's",
    allow: ['otherOrgUser'],
    call: (f) => listCaseload({ clinicianId: f.users.otherOrgTherapist.id }),
  },
  {
    fn: 'listCaseload',
    target: "client A's user id",
    allow: [],
    call: (f) => listCaseload({ clinicianId: f.users.clientA.id }),
  },

  // Dashboards (issue 6): client-level figures for the clinician and their supervisor; team aggregates for supervisors and admins.
  { fn: 'getCaseloadDashboard', target: 'own', allow: clinicians, call: () => getCaseloadDashboard() },
  {
    fn: 'getCaseloadDashboard',
    target: "therapist A's",
    allow: ['therapistA', 'supervisorOfA'],
    call: (f) => getCaseloadDashboard({ clinicianId: f.users.therapistA.id, filter: 'flagged' }),
  },
  {
    fn: 'getCaseloadDashboard',
    target: "therapist B's",
    allow: ['therapistB'],
    call: (f) => getCaseloadDashboard({ clinicianId: f.users.therapistB.id }),
  },
  {
    fn: 'getCaseloadDashboard',
    target: "other org therapist's",
    allow: [],
    call: (f) => getCaseloadDashboard({ clinicianId: f.users.otherOrgTherapist.id }),
  },
  {
    fn: 'getCaseloadDashboard',
    target: "client A's user id",
    allow: [],
    call: (f) => getCaseloadDashboard({ clinicianId: f.users.clientA.id }),
  },
  { fn: 'exportCaseloadDashboard', target: 'own', allow: clinicians, call: () => exportCaseloadDashboard() },
  {
    fn: 'exportCaseloadDashboard',
    target: "therapist A's",
    allow: ['therapistA', 'supervisorOfA'],
    call: (f) => exportCaseloadDashboard({ clinicianId: f.users.therapistA.id }),
  },
  {
    fn: 'exportCaseloadDashboard',
    target: "therapist B's",
    allow: ['therapistB'],
    call: (f) => exportCaseloadDashboard({ clinicianId: f.users.therapistB.id }),
  },
  {
    fn: 'exportCaseloadDashboard',
    target: "other org therapist's",
    allow: [],
    call: (f) => exportCaseloadDashboard({ clinicianId: f.users.otherOrgTherapist.id }),
  },
  {
    fn: 'getTeamDashboard',
    target: 'own team or organisation',
    allow: ['supervisorOfA', 'supervisorOfNobody', 'admin', 'otherOrgUser'],
    call: () => getTeamDashboard(),
  },
  {
    fn: 'exportTeamDashboard',
    target: 'own team or organisation',
    allow: ['supervisorOfA', 'supervisorOfNobody', 'admin', 'otherOrgUser'],
    call: () => exportTeamDashboard(),
  },

  // Records that leave (issue 12): the treating clinician and their supervisor; the client their own copy; a
  // supervisor their team. Never admins.
  {
    fn: 'exportClientRecordFhir',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA'],
    call: (f) => exportClientRecordFhir(f.clients.a),
  },
  {
    fn: 'exportClientRecordFhir',
    target: 'client B',
    allow: ['therapistB'],
    call: (f) => exportClientRecordFhir(f.clients.b),
  },
  {
    fn: 'exportClientRecordFhir',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: (f) => exportClientRecordFhir(f.clients.supervisorOwn),
  },
  {
    fn: 'exportClientRecordFhir',
    target: 'other org client',
    allow: [],
    call: (f) => exportClientRecordFhir(f.clients.other),
  },
  { fn: 'exportMyRecordFhir', target: 'own record', allow: ['clientA', 'clientB'], call: () => exportMyRecordFhir() },
  {
    fn: 'exportTeamRecordsFhir',
    target: 'own team',
    allow: ['supervisorOfA', 'supervisorOfNobody'],
    call: () => exportTeamRecordsFhir(),
  },

  // Administration.
  { fn: 'listUsers', target: 'own organisation', allow: ['admin', 'otherOrgUser'], call: () => listUsers() },

  // Portal.
  { fn: 'getPortalHome', target: 'own record', allow: ['clientA', 'clientB'], call: () => getPortalHome() },
  { fn: 'getPortalConsent', target: 'own record', allow: ['clientA', 'clientB'], call: () => getPortalConsent() },
  // Everyone signed in may ask; only a client who has not accepted gets true (staff get false).
  {
    fn: 'portalConsentRequired',
    target: 'own record',
    allow: signedIn,
    unaudited: true,
    call: () => portalConsentRequired(),
  },
  {
    fn: 'acceptConsent',
    target: 'own record',
    allow: ['clientA', 'clientB'],
    call: () => acceptConsent({ textVersion: CONSENT_TEXT_VERSION, agree: 'yes' }),
  },

  // Invitations (issue 3). A therapist invites only their own clients; only admins invite staff.
  {
    fn: 'inviteClient',
    target: "therapist A's client without portal",
    allow: ['therapistA'],
    call: async () => {
      await revokeClientInvitations(people.clientNoPortal);
      return inviteClient({ clientId: people.clientNoPortal, email: uniqueEmail('portal') });
    },
  },
  {
    fn: 'inviteClient',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: (f) => inviteClient({ clientId: f.clients.supervisorOwn, email: uniqueEmail('portal') }),
  },
  {
    fn: 'inviteClient',
    target: 'other org client',
    allow: [],
    call: (f) => inviteClient({ clientId: f.clients.other, email: uniqueEmail('portal') }),
  },
  {
    fn: 'inviteStaff',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => inviteStaff({ name: 'New Colleague', email: uniqueEmail('staff'), role: 'therapist' }),
  },
  {
    fn: 'listInvitations',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => listInvitations(),
  },
  {
    fn: 'getClientPortalAccess',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA', 'admin'],
    call: (f) => getClientPortalAccess(f.clients.a),
  },
  {
    fn: 'getClientPortalAccess',
    target: 'other org client',
    allow: ['otherOrgUser'],
    call: (f) => getClientPortalAccess(f.clients.other),
  },
  {
    fn: 'resendInvitation',
    target: "therapist A's client's invitation",
    allow: ['therapistA', 'admin'],
    call: async (f) =>
      resendInvitation({
        invitationId: (await insertInvitation(f.orgA, { role: 'client', clientId: people.clientNoPortal })).id,
      }),
  },
  {
    fn: 'resendInvitation',
    target: 'staff invitation',
    allow: ['admin'],
    call: async (f) => resendInvitation({ invitationId: (await insertInvitation(f.orgA)).id }),
  },
  {
    fn: 'revokeInvitation',
    target: "therapist A's client's invitation",
    allow: ['therapistA', 'admin'],
    call: async (f) =>
      revokeInvitation({
        invitationId: (await insertInvitation(f.orgA, { role: 'client', clientId: people.clientNoPortal })).id,
      }),
  },
  {
    fn: 'revokeInvitation',
    target: 'other org staff invitation',
    allow: ['otherOrgUser'],
    call: async (f) => revokeInvitation({ invitationId: (await insertInvitation(f.orgB)).id }),
  },
  // Links are opened before sign-in: someone signed in (as anyone) is refused.
  {
    fn: 'inspectInvitation',
    target: "someone else's invitation",
    allow: ['anonymous'],
    call: async (f) => inspectInvitation((await insertInvitation(f.orgA)).token),
  },
  {
    fn: 'acceptInvitation',
    target: "someone else's invitation",
    allow: ['anonymous'],
    call: async (f) =>
      acceptInvitation({
        token: (await insertInvitation(f.orgA)).token,
        password: 'a long enough passphrase',
        confirmPassword: 'a long enough passphrase',
      }),
  },

  // Passwords.
  {
    fn: 'requestPasswordReset',
    target: 'any email',
    allow: 'everyone',
    call: (f) => requestPasswordReset({ email: f.users.therapistB.email }),
  },
  {
    fn: 'inspectPasswordReset',
    target: "therapist B's link",
    allow: ['anonymous', 'therapistB'],
    call: async (f) => inspectPasswordReset((await insertResetToken(f.users.therapistB)).token),
  },
  {
    fn: 'resetPassword',
    target: "another person's link",
    allow: ['anonymous'],
    call: async () =>
      resetPassword({
        token: (await insertResetToken(people.resetTarget)).token,
        password: 'another new passphrase',
        confirmPassword: 'another new passphrase',
      }),
  },
  {
    fn: 'issuePasswordReset',
    target: 'a therapist',
    allow: ['admin'],
    call: () => issuePasswordReset({ userId: people.resetTarget.id }),
  },
  // A reset link opens the account: nobody gets one for a client's portal account (ADR 13).
  {
    fn: 'issuePasswordReset',
    target: "client A's portal account",
    allow: [],
    call: (f) => issuePasswordReset({ userId: f.users.clientA.id }),
  },
  {
    fn: 'changePassword',
    target: 'own account',
    allow: signedIn,
    call: (f) =>
      restoringAccounts(f, () =>
        changePassword({
          currentPassword: FIXTURE_PASSWORD,
          password: 'a fresh long passphrase',
          confirmPassword: 'a fresh long passphrase',
        }),
      ),
  },

  // Own account.
  { fn: 'getAccount', target: 'own account', allow: signedIn, call: () => getAccount() },
  {
    fn: 'updateAccountName',
    target: 'own account',
    allow: signedIn,
    call: () => updateAccountName({ name: 'Renamed Person' }),
  },
  {
    fn: 'signOutEverywhere',
    target: 'own account',
    allow: signedIn,
    call: (f) => restoringAccounts(f, () => signOutEverywhere()),
  },
  // Each call revokes only the fresh claims the matrix made for this call, never a fixture account.
  { fn: 'signOutThisDevice', target: 'own sign-in', allow: signedIn, call: () => signOutThisDevice() },

  // People, supervision and assignments: admins of the same organisation only.
  { fn: 'getPerson', target: 'therapist A', allow: ['admin'], call: (f) => getPerson(f.users.therapistA.id) },
  {
    fn: 'getPerson',
    target: 'other org therapist',
    allow: ['otherOrgUser'],
    call: (f) => getPerson(f.users.otherOrgTherapist.id),
  },
  {
    fn: 'deactivateUser',
    target: 'a therapist',
    allow: ['admin'],
    call: async () => {
      await setDeactivated(people.spareTherapist, false);
      return deactivateUser({ userId: people.spareTherapist.id });
    },
  },
  {
    fn: 'deactivateUser',
    target: 'other org therapist',
    allow: ['otherOrgUser'],
    call: async (f) => {
      await restoreAccounts([f.users.otherOrgTherapist]);
      return deactivateUser({ userId: f.users.otherOrgTherapist.id });
    },
  },
  {
    fn: 'reactivateUser',
    target: 'a therapist',
    allow: ['admin'],
    call: async () => {
      await setDeactivated(people.spareTherapist2, true);
      return reactivateUser({ userId: people.spareTherapist2.id }).finally(() =>
        setDeactivated(people.spareTherapist2, false),
      );
    },
  },
  {
    fn: 'listSupervision',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => listSupervision(),
  },
  {
    fn: 'assignSupervisor',
    target: 'a therapist',
    allow: ['admin'],
    call: async (f) => {
      await endLinks(people.spareTherapist2.id);
      return assignSupervisor({
        therapistId: people.spareTherapist2.id,
        supervisorId: f.users.supervisorOfNobody.id,
      }).finally(() => endLinks(people.spareTherapist2.id));
    },
  },
  {
    fn: 'endSupervision',
    target: 'a therapist',
    allow: ['admin'],
    call: async (f) => {
      await linkSupervisor(f, people.spareTherapist2.id);
      return endSupervision({ therapistId: people.spareTherapist2.id });
    },
  },
  {
    fn: 'getReassignmentOptions',
    target: 'client A',
    allow: ['admin'],
    call: (f) => getReassignmentOptions(f.clients.a),
  },
  {
    fn: 'getReassignmentOptions',
    target: 'other org client',
    allow: ['otherOrgUser'],
    call: (f) => getReassignmentOptions(f.clients.other),
  },
  {
    fn: 'reassignClient',
    target: 'a client',
    allow: ['admin'],
    call: async () =>
      reassignClient({ clientId: people.clientToMove, clinicianId: await otherSpare(), reason: 'Therapist on leave' }),
  },

  // Organisation settings and the audit log.
  {
    fn: 'getOrganizationSettings',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => getOrganizationSettings(),
  },
  {
    fn: 'updateOrganizationSettings',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => updateOrganizationSettings(VALID_SETTINGS),
  },
  // Reminders (issue 13): own choices, the signed one-click unsubscribe, settings and the delivery log.
  { fn: 'getMyReminderPreferences', target: 'own account', allow: signedIn, call: () => getMyReminderPreferences() },
  {
    fn: 'saveMyReminderPreferences',
    target: 'own account',
    allow: signedIn,
    call: () => saveMyReminderPreferences({ 'kind-check-in-open': 'on', 'kind-plan-review-soon': 'on' }),
  },
  {
    fn: 'inspectUnsubscribe',
    target: "client B's link",
    allow: 'everyone',
    call: (f) => inspectUnsubscribe(unsubscribeToken(f.users.clientB.id, 'steps-nudge')),
  },
  {
    fn: 'unsubscribe',
    target: "client B's link",
    allow: 'everyone',
    call: (f) => unsubscribe({ token: unsubscribeToken(f.users.clientB.id, 'steps-nudge') }),
  },
  {
    fn: 'getReminderSettings',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => getReminderSettings(),
  },
  {
    fn: 'saveReminderSettings',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () =>
      saveReminderSettings({
        quietStart: '21:00',
        quietEnd: '08:00',
        'kind-check-in-open': 'on',
        'kind-check-in-due': 'on',
        'kind-session': 'on',
        'kind-plan-review-soon': 'on',
        'kind-plan-review-overdue': 'on',
        'kind-first-check-in': 'on',
        'kind-team-digest': 'on',
      }),
  },
  {
    fn: 'listEmailDeliveries',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => listEmailDeliveries(),
  },
  {
    fn: 'getLastClientReminder',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA'],
    call: (f) => getLastClientReminder(f.clients.a),
  },
  {
    fn: 'getLastClientReminder',
    target: 'other org client',
    allow: [],
    call: (f) => getLastClientReminder(f.clients.other),
  },
  {
    fn: 'getSessionCalendarFile',
    target: "client A's session",
    allow: ['clientA'],
    call: () => getSessionCalendarFile(sx.upcomingA),
  },
  {
    fn: 'listAuditEvents',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => listAuditEvents({}),
  },
  {
    fn: 'exportAuditLog',
    target: 'own organisation',
    allow: ['admin', 'otherOrgUser'],
    call: () => exportAuditLog({}),
  },

  // Check-ins (portal): only the client, only their own sessions.
  { fn: 'getCheckIn', target: 'own record', allow: ['clientA', 'clientB'], call: () => getCheckIn() },
  {
    fn: 'saveBeforeCheckIn',
    target: "client A's session (draft)",
    allow: ['clientA'],
    call: () =>
      saveBeforeCheckIn({
        therapySessionId: sx.upcomingA,
        intent: 'draft',
        goals: [{ goalId: sx.goalsA[0], progress: 4, clarity: null }],
      }),
  },
  {
    fn: 'saveBeforeCheckIn',
    target: "client B's session (draft)",
    allow: ['clientB'],
    call: () => saveBeforeCheckIn({ therapySessionId: sx.upcomingB, intent: 'draft', goals: [] }),
  },
  {
    fn: 'saveAfterCheckIn',
    target: "client A's started session (draft)",
    allow: ['clientA'],
    call: () => saveAfterCheckIn({ therapySessionId: sx.startedA, intent: 'draft', srs: [9, null, null, null] }),
  },
  { fn: 'getObjectiveWeek', target: 'own record', allow: ['clientA', 'clientB'], call: () => getObjectiveWeek() },
  {
    fn: 'tickObjective',
    target: "client A's step",
    allow: ['clientA'],
    call: () =>
      tickObjective({ objectiveId: sx.objectiveA, doneOn: today(), note: '', submissionKey: crypto.randomUUID() }),
  },
  {
    fn: 'tickObjective',
    target: "client B's step",
    allow: ['clientB'],
    call: () =>
      tickObjective({ objectiveId: sx.objectiveB, doneOn: today(), note: '', submissionKey: crypto.randomUUID() }),
  },
  {
    fn: 'retractObjectiveTick',
    target: "client A's tick",
    allow: ['clientA'],
    call: async (f) =>
      retractObjectiveTick({ tickId: await addTick(f.orgA, f.clients.a, sx.goalsA[0]!, sx.objectiveA, today()) }),
  },
  { fn: 'getMyProgress', target: 'own record', allow: ['clientA', 'clientB'], call: () => getMyProgress() },

  // Therapy sessions, ratings, GAS (staff): the treating clinician writes, their supervisor reads.
  {
    fn: 'listTherapySessions',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA'],
    call: (f) => listTherapySessions(f.clients.a),
  },
  {
    fn: 'listTherapySessions',
    target: 'client B',
    allow: ['therapistB'],
    call: (f) => listTherapySessions(f.clients.b),
  },
  {
    fn: 'listTherapySessions',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: (f) => listTherapySessions(f.clients.supervisorOwn),
  },
  {
    fn: 'listTherapySessions',
    target: 'other org client',
    allow: [],
    call: (f) => listTherapySessions(f.clients.other),
  },
  {
    fn: 'getTherapySession',
    target: "client A's session",
    allow: ['therapistA', 'supervisorOfA'],
    call: () => getTherapySession(sx.startedA),
  },
  {
    fn: 'getTherapySession',
    target: "supervisor A's own client's session",
    allow: ['supervisorOfA'],
    call: () => getTherapySession(sx.supervisorOwnUpcoming),
  },
  {
    fn: 'scheduleTherapySession',
    target: 'client A',
    allow: ['therapistA'],
    call: (f) =>
      scheduleTherapySession({ clientId: f.clients.a, scheduledAt: '2026-01-20T10:00', durationMinutes: 50 }),
  },
  {
    fn: 'scheduleTherapySession',
    target: 'other org client',
    allow: [],
    call: (f) =>
      scheduleTherapySession({ clientId: f.clients.other, scheduledAt: '2026-01-20T10:00', durationMinutes: 50 }),
  },
  {
    fn: 'recordTherapySession',
    target: "client A's session",
    allow: ['therapistA'],
    call: async () =>
      recordTherapySession({
        therapySessionId: sx.startedA,
        version: await sessionVersion(sx.startedA),
        scheduledAt: await getScheduledLocal(sx.startedA),
        durationMinutes: 50,
        status: 'attended',
        privateNote: 'Went well.',
      }),
  },
  {
    fn: 'saveTherapistRatings',
    target: "client A's started session",
    allow: ['therapistA'],
    call: () =>
      saveTherapistRatings({ therapySessionId: sx.startedA, ratings: [{ goalId: sx.goalsA[0], progress: 5 }] }),
  },
  {
    fn: 'saveGasScale',
    target: "client A's goal",
    allow: ['therapistA'],
    call: () => saveGasScale({ goalId: sx.goalsA[1], ...gasLevels }),
  },
  {
    fn: 'rateGas',
    target: "client A's goal at a started session",
    allow: ['therapistA'],
    call: () => rateGas({ therapySessionId: sx.startedA, goalId: sx.goalsA[0], level: 0 }),
  },
  {
    fn: 'getClientProgress',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA'],
    call: (f) => getClientProgress(f.clients.a),
  },
  { fn: 'getClientProgress', target: 'client B', allow: ['therapistB'], call: (f) => getClientProgress(f.clients.b) },

  // Flags: seen by the treating clinician and their supervisor, acknowledged by the clinician.
  {
    fn: 'getClientFlagSummary',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA'],
    call: (f) => getClientFlagSummary(f.clients.a),
  },
  {
    fn: 'getClientFlagSummary',
    target: 'client B',
    allow: ['therapistB'],
    call: (f) => getClientFlagSummary(f.clients.b),
  },
  {
    fn: 'acknowledgeFlag',
    target: 'a flag of client A',
    allow: ['therapistA'],
    call: async (f) =>
      acknowledgeFlag({ flagId: await addFlag(f.orgA, f.clients.a), note: 'Talked it through in session.' }),
  },
  {
    fn: 'acknowledgeFlag',
    target: "a flag of supervisor A's own client",
    allow: ['supervisorOfA'],
    call: async (f) =>
      acknowledgeFlag({ flagId: await addFlag(f.orgA, f.clients.supervisorOwn), note: 'Seen and discussed.' }),
  },

  // Goals, plans, formulation and brainstorm (issue 4). Admins never see goal text.
  {
    fn: 'getCarePlan',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA', 'clientA'],
    call: (f) => getCarePlan(f.clients.a),
  },
  { fn: 'getCarePlan', target: 'client B', allow: ['therapistB', 'clientB'], call: (f) => getCarePlan(f.clients.b) },
  {
    fn: 'getCarePlan',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: (f) => getCarePlan(f.clients.supervisorOwn),
  },
  { fn: 'getCarePlan', target: 'other org client', allow: [], call: (f) => getCarePlan(f.clients.other) },
  { fn: 'getCarePlan', target: 'own plan (portal)', allow: ['clientA', 'clientB'], call: () => getCarePlan() },
  {
    fn: 'getGoal',
    target: "client A's goal",
    allow: ['therapistA', 'supervisorOfA', 'clientA'],
    call: () => getGoal(matrixGoals.a),
  },
  { fn: 'getGoal', target: "client B's goal", allow: ['therapistB', 'clientB'], call: () => getGoal(matrixGoals.b) },
  {
    fn: 'createGoal',
    target: 'client A',
    allow: ['therapistA', 'clientA'],
    call: (f) => createGoal(goalInput({ clientId: f.clients.a, wording: 'Walk to the park twice a week' })),
  },
  {
    fn: 'createGoal',
    target: 'client B',
    allow: ['therapistB', 'clientB'],
    call: (f) => createGoal(goalInput({ clientId: f.clients.b })),
  },
  { fn: 'createGoal', target: 'own plan (portal)', allow: ['clientA', 'clientB'], call: () => createGoal(goalInput()) },
  {
    fn: 'createGoal',
    target: 'other org client',
    allow: [],
    call: (f) => createGoal(goalInput({ clientId: f.clients.other })),
  },
  {
    fn: 'reviseGoal',
    target: "client A's goal",
    allow: ['therapistA', 'clientA'],
    call: async () =>
      reviseGoal(
        goalInput({
          goalId: matrixGoals.a,
          expectedVersion: await currentVersionNumber(matrixGoals.a),
          wording: `Go to bed by 11pm, revision ${++revisionCount}`,
        }),
      ),
  },
  {
    fn: 'reviseGoal',
    target: "client B's goal",
    allow: ['therapistB', 'clientB'],
    call: async () =>
      reviseGoal(
        goalInput({
          goalId: matrixGoals.b,
          expectedVersion: await currentVersionNumber(matrixGoals.b),
          wording: `Go to bed by 11pm, revision ${++revisionCount}`,
        }),
      ),
  },
  {
    fn: 'respondToGoal',
    target: "client A's goal",
    allow: ['therapistA', 'clientA'],
    call: async () =>
      respondToGoal({
        goalId: matrixGoals.a,
        versionNumber: await currentVersionNumber(matrixGoals.a),
        position: 'wants-changes',
        comment: 'Could it be 11:30?',
      }),
  },
  {
    fn: 'respondToGoal',
    target: "client B's goal",
    allow: ['therapistB', 'clientB'],
    call: async () =>
      respondToGoal({
        goalId: matrixGoals.b,
        versionNumber: await currentVersionNumber(matrixGoals.b),
        position: 'agree',
      }),
  },
  {
    fn: 'changeGoalStatus',
    target: "client A's goal",
    allow: ['therapistA'],
    call: () =>
      changeGoalStatus({
        goalId: matrixGoals.toReject,
        target: 'rejected',
        reason: 'We agreed to focus on sleep first',
      }),
  },
  {
    fn: 'setGoalFocus',
    target: "client A's goal",
    allow: ['clientA'],
    call: () => setGoalFocus({ goalId: matrixGoals.a, focus: 'true' }),
  },
  {
    fn: 'setGoalFocus',
    target: "client B's goal",
    allow: ['clientB'],
    call: () => setGoalFocus({ goalId: matrixGoals.b, focus: 'true' }),
  },
  {
    fn: 'commentOnGoal',
    target: "client A's goal",
    allow: ['supervisorOfA'],
    call: () => commentOnGoal({ goalId: matrixGoals.a, versionNumber: 1, body: 'Consider a smaller first step.' }),
  },
  {
    fn: 'commentOnGoal',
    target: "supervisor A's own client's goal",
    allow: [],
    call: () => commentOnGoal({ goalId: matrixGoals.supervisorOwn, versionNumber: 1, body: 'A comment' }),
  },
  {
    fn: 'signPlan',
    target: "client A's plan (the client, the therapist, then the supervisor co-signs)",
    allow: ['clientA', 'therapistA', 'supervisorOfA'],
    call: async (f) => {
      await agreeToEverything(f, f.clients.a, { client: 'clientA', therapist: 'therapistA' });
      return signPlan({
        clientId: f.clients.a,
        planHash: await currentPlanHash(f.clients.a),
        typedName: await actorName(),
      });
    },
  },
  {
    fn: 'signPlan',
    target: "client B's plan",
    allow: ['clientB', 'therapistB'],
    call: async (f) => {
      await agreeToEverything(f, f.clients.b, { client: 'clientB', therapist: 'therapistB' });
      return signPlan({
        clientId: f.clients.b,
        planHash: await currentPlanHash(f.clients.b),
        typedName: await actorName(),
      });
    },
  },
  {
    fn: 'saveFormulation',
    target: 'client A',
    allow: ['therapistA'],
    call: async (f) =>
      saveFormulation({
        clientId: f.clients.a,
        version: await formulationVersion(f.clients.a),
        presenting: 'Low mood and poor sleep',
        sharedWithClient: '',
      }),
  },
  {
    fn: 'saveFormulation',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: async (f) =>
      saveFormulation({
        clientId: f.clients.supervisorOwn,
        version: await formulationVersion(f.clients.supervisorOwn),
        presenting: 'Worry',
      }),
  },
  {
    fn: 'getBrainstorm',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA', 'clientA'],
    call: (f) => getBrainstorm(f.clients.a),
  },
  { fn: 'getBrainstorm', target: 'own answers (portal)', allow: ['clientA', 'clientB'], call: () => getBrainstorm() },
  {
    fn: 'saveBrainstormAnswers',
    target: 'own answers (portal)',
    allow: ['clientA', 'clientB'],
    call: async () => saveBrainstormAnswers({ changes: `Sleep better (${await actorName()})` }),
  },

  // Printable plans and the client's own copy (issue 12): exactly who may read the plan; a
  // signed version of another client is refused like a stranger's record.
  {
    fn: 'getPrintablePlan',
    target: 'client A',
    allow: ['therapistA', 'supervisorOfA', 'clientA'],
    call: (f) => getPrintablePlan({ clientId: f.clients.a }),
  },
  {
    fn: 'getPrintablePlan',
    target: 'client A as PDF',
    allow: ['therapistA', 'supervisorOfA', 'clientA'],
    call: (f) => getPrintablePlan({ clientId: f.clients.a, format: 'pdf' }),
  },
  {
    fn: 'getPrintablePlan',
    target: 'client B',
    allow: ['therapistB', 'clientB'],
    call: (f) => getPrintablePlan({ clientId: f.clients.b }),
  },
  {
    fn: 'getPrintablePlan',
    target: "supervisor A's own client",
    allow: ['supervisorOfA'],
    call: (f) => getPrintablePlan({ clientId: f.clients.supervisorOwn }),
  },
  {
    fn: 'getPrintablePlan',
    target: 'other org client',
    allow: [],
    call: (f) => getPrintablePlan({ clientId: f.clients.other }),
  },
  {
    fn: 'getPrintablePlan',
    target: 'own plan (portal)',
    allow: ['clientA', 'clientB'],
    call: () => getPrintablePlan({}),
  },
  {
    fn: 'getPrintablePlan',
    target: "client B's signed version",
    allow: ['therapistB', 'clientB'],
    call: (f) => getPrintablePlan({ clientId: f.clients.b, version: signedVersionOfB }),
  },
  {
    fn: 'getPrintablePlan',
    target: "client A named with client B's signed version",
    allow: [],
    call: (f) => getPrintablePlan({ clientId: f.clients.a, version: signedVersionOfB, format: 'pdf' }),
  },
  {
    fn: 'getPrintablePlan',
    target: "own plan with client B's signed version (portal)",
    allow: ['clientB'],
    call: () => getPrintablePlan({ version: signedVersionOfB }),
  },
  { fn: 'exportMyRecord', target: 'own record (portal)', allow: ['clientA', 'clientB'], call: () => exportMyRecord() },
];

/** A plan version client B and therapist B both signed (set in beforeAll; not B's current plan). */
let signedVersionOfB = '';

async function addSignedVersion(
  f: Fixture,
  clientId: string,
  client: FixtureUser,
  therapist: FixtureUser,
): Promise<string> {
  const db = await getDb();
  const common = { organizationId: f.orgA, clientId, planHash: 'f'.repeat(64), goalVersions: [] };
  await db.insert(planSignatures).values({
    ...common,
    signerRole: 'therapist',
    userId: therapist.id,
    typedName: 'TherapistB',
    signedAt: new Date('2025-01-01T10:00:00Z'),
  });
  const [completing] = await db
    .insert(planSignatures)
    .values({
      ...common,
      signerRole: 'client',
      userId: client.id,
      typedName: 'ClientB',
      signedAt: new Date('2025-01-02T10:00:00Z'),
      nextReviewDate: '2025-04-02',
    })
    .returning({ id: planSignatures.id });
  return completing!.id;
}

async function getScheduledLocal(therapySessionId: string): Promise<string> {
  const db = await getDb();
  const [row] = await db
    .select({ at: therapySessions.scheduledAt })
    .from(therapySessions)
    .where(eq(therapySessions.id, therapySessionId));
  const { instantToWallTime } = await import('@/lib/domain/therapy-sessions');
  return instantToWallTime(row!.at, 'Europe/London');
}

/** Each revision in the matrix changes the wording (an unchanged revision is refused). */
let revisionCount = 0;

/** Goals the goal rows act on, made before the matrix runs. */
const matrixGoals = { a: '', b: '', toReject: '', supervisorOwn: '' };

async function formulationVersion(clientId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ version: formulations.version })
    .from(formulations)
    .where(eq(formulations.clientId, clientId));
  return row?.version ?? 0;
}

let fixture: Fixture;

beforeAll(async () => {
  fixture = await createFixture('matrix');
  people = await addPeopleFixture(fixture);
  sx = await addSessionsSetup(fixture);
  // Client A's plan: two goals, one from each side, both agreed, so it can be signed with a reason.
  matrixGoals.a = await createGoalAs(fixture, 'therapistA', fixture.clients.a);
  await createGoalAs(fixture, 'clientA', fixture.clients.a, { wording: 'Call my sister every Sunday' });
  await agreeToEverything(fixture, fixture.clients.a, { client: 'clientA', therapist: 'therapistA' });
  matrixGoals.toReject = await createGoalAs(fixture, 'therapistA', fixture.clients.a, {
    wording: 'Run a 5k by the summer',
  });
  matrixGoals.b = await createGoalAs(fixture, 'therapistB', fixture.clients.b);
  matrixGoals.supervisorOwn = await createGoalAs(fixture, 'supervisorOfA', fixture.clients.supervisorOwn);
  signedVersionOfB = await addSignedVersion(
    fixture,
    fixture.clients.b,
    fixture.users.clientB,
    fixture.users.therapistB,
  );
});

async function auditCount(actorUserId: string, outcome: 'allowed' | 'denied'): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.actorUserId, actorUserId), eq(auditEvents.outcome, outcome)));
  return row?.n ?? 0;
}

async function outcomeOf(call: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; error: AppError }> {
  try {
    await call();
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error };
    throw error;
  }
}

describe.each(MATRIX)('$fn on $target', (row) => {
  test.each(ACTORS)('%s', async (actor) => {
    actAs(fixture, actor);
    const allowed = row.allow === 'everyone' || row.allow.includes(actor);
    const userId = actor === 'anonymous' ? null : fixture.users[actor].id;
    const before =
      userId && row.allow !== 'everyone' && !row.unaudited
        ? { allowed: await auditCount(userId, 'allowed'), denied: await auditCount(userId, 'denied') }
        : null;

    const outcome = await outcomeOf(() => row.call(fixture));

    if (allowed) {
      expect(outcome, `${actor} should be allowed`).toEqual({ ok: true });
      if (before && userId) expect(await auditCount(userId, 'allowed')).toBeGreaterThan(before.allowed);
      return;
    }
    expect(outcome.ok, `${actor} must be refused`).toBe(false);
    if (outcome.ok) return;
    if (actor === 'anonymous') {
      expect(outcome.error.code).toBe('unauthenticated');
      return;
    }
    // Foreign or forbidden looks exactly like missing.
    expect(outcome.error.code).toBe('not-found');
    expect(outcome.error.message).toBe(NOT_FOUND_MESSAGE);
    if (before && userId) {
      expect(await auditCount(userId, 'denied'), 'a denial is audited').toBe(before.denied + 1);
      expect(await auditCount(userId, 'allowed'), 'nothing allowed is recorded').toBe(before.allowed);
    }
  });
});

test('a record that does not exist gives the same answer as one you may not see', async () => {
  actAs(fixture, 'therapistA');
  const missing = await outcomeOf(() => getClientProfile('00000000-0000-4000-8000-000000000000'));
  const foreign = await outcomeOf(() => getClientProfile(fixture.clients.other));
  const malformed = await outcomeOf(() => getClientProfile('not-a-uuid'));
  expect(missing).toEqual(foreign);
  expect(malformed).toEqual(foreign);
});

test('every data-access function has a row in the matrix', async () => {
  const covered = new Set(MATRIX.map((row) => row.fn));
  const missing: string[] = [];
  // The public modules are the files directly in lib/data; lib/data/internal/ holds the helpers.
  for (const { name, file } of publicDataModules(process.cwd())) {
    const exports = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(exports)) {
      if (typeof value === 'function' && !covered.has(exported)) missing.push(`${name}.${exported}`);
    }
  }
  expect(missing, 'add these to the authorisation matrix').toEqual([]);
});
