export const ROLES = ['admin', 'supervisor', 'therapist', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person, as verified against the database on this request. */
export interface Principal {
  userId: string;
  organizationId: string;
  role: Role;
  name: string;
  email: string;
  /** For a client: their own client record. */
  clientId: string | null;
  /**
   * The organisation's IANA time zone: every date and time shown to this person is on the
   * clinic's clock. Read with the session check, so pages get it without another statement.
   */
  timeZone: string;
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  supervisor: 'Supervisor',
  therapist: 'Therapist',
  client: 'Client',
};

/** Where each role lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'admin':
      return '/admin';
    case 'client':
      return '/portal';
    case 'supervisor':
      // The team page opens with the open risk flags across the team (issue 17); their own caseload is one click away.
      return '/team';
    case 'therapist':
      return '/caseload';
  }
}
