import { z } from './zod';
import { isoDate, pageNumber, personName, recordId, searchText } from './common';
import { withNewPassword } from './password';
import { LIMITS } from './limits';

/** Someone else's email address (the invitee's). Stored lower-cased: emails are unique ignoring case. */
export const inviteeEmail = z
  .string({ error: 'Enter their email address.' })
  .trim()
  .min(1, 'Enter their email address.')
  .max(LIMITS.email, 'That email address is too long.')
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }))
  .transform((email) => email.toLowerCase());

export const STAFF_ROLES = ['therapist', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const inviteClientSchema = z.object({ clientId: recordId('client'), email: inviteeEmail });
export type InviteClientInput = z.infer<typeof inviteClientSchema>;

export const inviteStaffSchema = z.object({
  name: personName('Name'),
  email: inviteeEmail,
  role: z.enum(STAFF_ROLES, { error: 'Choose a role.' }),
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

export const invitationIdSchema = z.object({ invitationId: recordId('invitation') });

/** The secret from a link; its shape is checked again (looksLikeToken) before any look-up. */
const linkToken = z.string({ error: 'This link is not complete.' }).max(200, 'This link is not complete.');

export const acceptInvitationSchema = withNewPassword({ token: linkToken });
export const resetPasswordSchema = withNewPassword({ token: linkToken });

export const forgotPasswordSchema = z.object({
  email: z
    .string({ error: 'Enter your email address.' })
    .trim()
    .min(1, 'Enter your email address.')
    .max(LIMITS.email, 'That email address is too long.')
    .pipe(z.email({ error: 'Enter an email address like name@example.com.' }))
    .transform((email) => email.toLowerCase()),
});

export const changePasswordSchema = withNewPassword({
  currentPassword: z
    .string({ error: 'Enter your current password.' })
    .min(1, 'Enter your current password.')
    .max(1024, 'That password is too long.'),
});

export const accountNameSchema = z.object({ name: personName('Your name') });

export const userIdSchema = z.object({ userId: recordId('person') });

export const assignSupervisorSchema = z.object({
  therapistId: recordId('therapist'),
  supervisorId: z.uuid({ error: 'Choose a supervisor.' }),
});

export const endSupervisionSchema = z.object({ therapistId: recordId('therapist') });

export const reassignClientSchema = z.object({
  clientId: recordId('client'),
  clinicianId: z.uuid({ error: 'Choose the clinician who will take over.' }),
  reason: z
    .string({ error: 'Say why the client is moving.' })
    .trim()
    .min(1, 'Say why the client is moving.')
    .max(LIMITS.reassignReason, `The reason must be ${LIMITS.reassignReason} characters or fewer.`)
    .refine((value) => !/[<>]/.test(value), 'The reason can’t contain < or >.'),
});

const optionalId = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.uuid().optional())
  .optional()
  .catch(undefined);
const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(isoDate(label).optional())
    .optional();

/**
 * Audit log filters, from the page's query string. Free text for the person and client is
 * resolved to one record by the data layer; the ids come from links in the log itself.
 */
export const auditQuerySchema = z
  .object({
    person: searchText.optional().default(''),
    client: searchText.optional().default(''),
    personId: optionalId,
    clientId: optionalId,
    action: z.string().trim().max(80, 'That action name is too long.').optional().default(''),
    outcome: z.enum(['allowed', 'denied']).optional().catch(undefined),
    from: optionalDate('From date'),
    to: optionalDate('To date'),
    page: pageNumber.optional().default(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'The “to” date must be on or after the “from” date.',
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const acceptConsentSchema = z.object({
  textVersion: z.string({ error: 'Reload the page and read the consent again.' }).max(40),
  agree: z.literal('yes', { error: 'Tick the box to say you have read this and agree.' }),
});

/** Deactivate or reactivate, from one form whose button says which. */
export const accountStatusSchema = z.object({
  userId: recordId('person'),
  activate: z.enum(['yes', 'no'], { error: 'Reload the page and try again.' }),
});
