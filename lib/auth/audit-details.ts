/*
 * What an administrator may read in an audit event's details. The audit log is an admin's page
 * (and export), and admins see people, assignments and aggregates, never clinical information;
 * yet some details are clinical: a check-in's riskFlagsRaised, a flag's kind, a goal position
 * or the status it was moved to, whether a formulation is shared, a therapy session's status.
 *
 * This is the one place that decides, and it is an allowlist: a key that a new audit event
 * starts writing stays hidden until someone decides here that it is operational.
 */

export type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * Keys that say how an operation went (its scope, its size, which record, why it was refused), never what it found or
 * decided clinically.
 */
export const ADMIN_VISIBLE_AUDIT_DETAIL_KEYS: ReadonlySet<string> = new Set([
  // Lists, dashboards and exports: how much was shown and how it was asked for.
  'rows',
  'page',
  'filter',
  'sort',
  'search',
  'scope',
  'truncated',
  // Record exports (ADR 0017): which format and whose copy (staff or the client's own).
  'format',
  'copy',
  // Edits: which fields (names, never values) and the version written.
  'fields',
  'version',
  // Accounts, invitations and links.
  'role',
  'reason',
  'trustedDevice',
  'textVersion',
  'invitationId',
  'tokenId',
  'supervisorId',
  'toClinicianId',
  // Which record an event touched (identifiers only), and whether a clinician entered a client's answer for them.
  'clientId',
  'goalId',
  'onBehalfOfClient',
]);

/** The details an administrator may read: the allowlisted keys only. */
export function auditDetailsForAdmin(details: AuditDetails | null | undefined): AuditDetails {
  if (!details) return {};
  return Object.fromEntries(Object.entries(details).filter(([key]) => ADMIN_VISIBLE_AUDIT_DETAIL_KEYS.has(key)));
}
