import type { Side } from '@/lib/domain/consensus/types';
import type { Principal } from './principal';

/**
 * Pure authorisation rules: who may see or do what, given the facts about a record. The data
 * layer loads the facts and asks these; nothing here touches the database, so every rule is
 * unit-tested and the authorisation matrix reads like the design's table.
 */

/** Facts about a client that decide who may see it. */
export interface ClientAccessFacts {
  organizationId: string;
  /** The clinician with the active caseload assignment, if any. */
  clinicianId: string | null;
  /** The active supervisor of that clinician, if any. */
  clinicianSupervisorId: string | null;
  /** The client's own portal sign-in, if invited. */
  portalUserId: string | null;
}

export type ClientRelationship = 'treating' | 'supervising' | 'self' | 'admin';

export function relationshipToClient(principal: Principal, client: ClientAccessFacts): ClientRelationship | null {
  if (principal.organizationId !== client.organizationId) return null;
  switch (principal.role) {
    case 'client':
      return client.portalUserId !== null && client.portalUserId === principal.userId ? 'self' : null;
    case 'admin':
      return 'admin';
    case 'therapist':
      return client.clinicianId === principal.userId ? 'treating' : null;
    case 'supervisor':
      // A supervisor may carry their own caseload as well as oversee their supervisees'.
      if (client.clinicianId === principal.userId) return 'treating';
      return client.clinicianSupervisorId === principal.userId ? 'supervising' : null;
  }
}

/** Name, pronouns, dates, status and assignment history: clinical readers plus admins. */
export function canViewClientProfile(principal: Principal, client: ClientAccessFacts): boolean {
  return relationshipToClient(principal, client) !== null;
}

/** Only the treating clinician edits a client's profile or writes their clinical record. */
export function canActAsTreatingClinician(principal: Principal, client: ClientAccessFacts): boolean {
  return relationshipToClient(principal, client) === 'treating';
}

/** Therapists and supervisors (who may carry their own caseload) add clients to their caseload. */
export function canAddClients(principal: Principal): boolean {
  return principal.role === 'therapist' || principal.role === 'supervisor';
}

/** Facts about a clinician (therapist or supervisor) whose caseload someone wants to see. */
export interface ClinicianAccessFacts {
  id: string;
  organizationId: string;
  role: Principal['role'];
  /** The clinician's active supervisor, if any. */
  supervisorId: string | null;
}

export function canViewClinicianCaseload(principal: Principal, clinician: ClinicianAccessFacts): boolean {
  if (principal.organizationId !== clinician.organizationId) return false;
  if (clinician.role !== 'therapist' && clinician.role !== 'supervisor') return false;
  if (principal.role === 'admin') return true;
  if (principal.userId === clinician.id) return principal.role === 'therapist' || principal.role === 'supervisor';
  return principal.role === 'supervisor' && clinician.supervisorId === principal.userId;
}

/**
 * A caseload's dashboard (clarity, consensus, progress, flags per client): the clinician and
 * their supervisor. Admins see the profile-only caseload, never client-level scores.
 */
export function canViewCaseloadDashboard(principal: Principal, clinician: ClinicianAccessFacts): boolean {
  return principal.role !== 'admin' && canViewClinicianCaseload(principal, clinician);
}

/** The team page: a supervisor's supervisees, or the whole organisation for an admin. */
export function canViewTeam(principal: Principal): boolean {
  return principal.role === 'supervisor' || principal.role === 'admin';
}

/** People, settings and the audit log of the organisation. */
export function canAdministerOrganization(principal: Principal, organizationId: string): boolean {
  return principal.role === 'admin' && principal.organizationId === organizationId;
}

/** The client portal is for clients, about their own record. */
export function canUsePortal(principal: Principal): boolean {
  return principal.role === 'client' && principal.clientId !== null;
}

/** Inviting a client to the portal: only their treating clinician. */
export function canInviteClient(principal: Principal, client: ClientAccessFacts): boolean {
  return canActAsTreatingClinician(principal, client);
}

/** Whether a client's portal invitation status may be seen: staff who may see the client. */
export function canViewClientInvitation(principal: Principal, client: ClientAccessFacts): boolean {
  const relationship = relationshipToClient(principal, client);
  return relationship === 'treating' || relationship === 'supervising' || relationship === 'admin';
}

/** Facts about an invitation that decide who may resend or revoke it. */
export interface InvitationAccessFacts {
  organizationId: string;
  /** For a client invitation: the client's access facts; null for staff invitations. */
  client: ClientAccessFacts | null;
}

/** Admins manage every invitation of their organisation; a treating clinician their client's. */
export function canManageInvitation(principal: Principal, invitation: InvitationAccessFacts): boolean {
  if (canAdministerOrganization(principal, invitation.organizationId)) return true;
  return invitation.client !== null && canInviteClient(principal, invitation.client);
}

/**
 * A client's clinical record as staff see it (sessions and private notes, every rating, flags):
 * the treating clinician and their supervisor. Not the client (the portal shows them their own
 * view) and never admins.
 */
export function canViewClientAsClinician(principal: Principal, client: ClientAccessFacts): boolean {
  const relationship = relationshipToClient(principal, client);
  return relationship === 'treating' || relationship === 'supervising';
}

/**
 * Goals are agreed between two sides. The treating clinician speaks for the therapist side;
 * the client (in the portal) for the client side. Supervisors and admins are neither.
 */
export function goalSideFor(principal: Principal, client: ClientAccessFacts): Side | null {
  const relationship = relationshipToClient(principal, client);
  if (relationship === 'treating') return 'therapist';
  if (relationship === 'self') return 'client';
  return null;
}

/** The supervisor of the treating clinician: reads the plan, comments on goals, co-signs. */
export function canSuperviseClient(principal: Principal, client: ClientAccessFacts): boolean {
  return relationshipToClient(principal, client) === 'supervising';
}

/**
 * The formulation is the clinician's working document: the treating clinician and their
 * supervisor read it; the client only once the clinician has shared it.
 */
export function canViewFormulation(
  principal: Principal,
  client: ClientAccessFacts,
  sharedWithClient: boolean,
): boolean {
  const relationship = relationshipToClient(principal, client);
  if (relationship === 'treating' || relationship === 'supervising') return true;
  return relationship === 'self' && sharedWithClient;
}

/** Status changes (on hold, completed, cancelled…) are the treating clinician's, with a reason. */
export function canChangeGoalStatus(principal: Principal, client: ClientAccessFacts): boolean {
  return relationshipToClient(principal, client) === 'treating';
}

/** The account a password reset link would open. */
export interface AccountFacts {
  organizationId: string;
  role: Principal['role'];
}

/**
 * An administrator may send a reset link to staff of their organisation, never to a client:
 * the link opens the client's portal (goals, ratings), and admins never see clinical content.
 * A client uses "Forgot your password?" (the link goes only to their own inbox).
 */
export function canIssuePasswordReset(principal: Principal, account: AccountFacts): boolean {
  return canAdministerOrganization(principal, account.organizationId) && account.role !== 'client';
}

/**
 * Whether the sender may be shown a link whose email did not go out (no mail server, or it
 * refused). A link to a client's account (an invitation or reset) opens their clinical record,
 * so it is shown only in the embedded demo and never to an administrator; links to staff
 * accounts go to the administrator or clinician who sent them.
 */
export function canSeeUndeliveredLink(
  principal: Principal,
  link: { forClientAccount: boolean },
  embeddedDemo: boolean,
): boolean {
  if (!link.forClientAccount) return true;
  return embeddedDemo && principal.role !== 'admin';
}
