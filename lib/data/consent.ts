import 'server-only';
import { eq } from 'drizzle-orm';
import { clientConsents, organizations } from '@/db/schema';
import { CONSENT_TEXT_VERSION } from '@/lib/consent-text';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse';
import { acceptConsentSchema } from '@/lib/validation/people';
import { readOrganizationSettings, type OrganizationSettings } from '@/lib/validation/organization-settings';
import { loadClinicianAccessFacts } from './internal/access-facts';
import { AccessDenied, readAudited, writeAudited } from './internal/audit';
import { databaseNow } from './internal/clock';
import { dataContext } from './internal/context';
import { hasAcceptedConsent, loadOwnClientRecordBeforeConsent } from './internal/portal-access';

export interface PortalConsent {
  accepted: boolean;
  textVersion: string;
  organizationName: string;
  therapistName: string | null;
  crisisContacts: OrganizationSettings['crisisContacts'];
}

/** The consent page's facts for the signed-in client (open before consent, unlike the rest of the portal). */
export async function getPortalConsent(): Promise<PortalConsent> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'consent.view', entityType: 'client', entityId: ctx.principal.clientId },
    async () => {
      const client = await loadOwnClientRecordBeforeConsent(ctx);
      const [[org], clinician, accepted] = await Promise.all([
        ctx.db
          .select({ name: organizations.name, settings: organizations.settings })
          .from(organizations)
          .where(eq(organizations.id, client.organizationId)),
        client.clinicianId ? loadClinicianAccessFacts(ctx.db, client.organizationId, client.clinicianId) : null,
        hasAcceptedConsent(ctx.db, client.id),
      ]);
      return {
        accepted,
        textVersion: CONSENT_TEXT_VERSION,
        organizationName: org?.name ?? '',
        therapistName: clinician?.name ?? null,
        crisisContacts: readOrganizationSettings(org?.settings).crisisContacts,
      };
    },
  );
}

/** Records that the client accepted the consent text they were shown (its version and the time). */
export async function acceptConsent(raw: unknown): Promise<{ acceptedAt: string }> {
  const ctx = await dataContext();
  const input = parseInput(acceptConsentSchema, raw);
  return writeAudited(
    ctx,
    {
      action: 'consent.accept',
      entityType: 'client',
      entityId: ctx.principal.clientId,
      details: { textVersion: input.textVersion },
    },
    async (tx) => {
      const client = await loadOwnClientRecordBeforeConsent(ctx, tx);
      if (input.textVersion !== CONSENT_TEXT_VERSION) {
        throw new AppError('invalid', 'The wording has just been updated. Please read it again before agreeing.');
      }
      const existing = await hasAcceptedConsent(tx, client.id);
      const acceptedAt = await databaseNow(tx);
      if (!existing) {
        await tx.insert(clientConsents).values({
          organizationId: client.organizationId,
          clientId: client.id,
          userId: ctx.principal.userId,
          textVersion: CONSENT_TEXT_VERSION,
          acceptedAt,
        });
      }
      return { acceptedAt: acceptedAt.toISOString() };
    },
  );
}

/**
 * For the portal and account layouts' redirect: whether the signed-in client still has to accept
 * the consent. Anyone signed in may ask (staff always get false: the portal pages answer them
 * not-found). Not audited: nothing is returned but the yes/no, and every portal data function
 * still enforces the gate itself.
 */
export async function portalConsentRequired(): Promise<boolean> {
  const ctx = await dataContext();
  try {
    const client = await loadOwnClientRecordBeforeConsent(ctx);
    return !(await hasAcceptedConsent(ctx.db, client.id));
  } catch (error) {
    if (error instanceof AccessDenied) return false; // not a portal client: the pages answer not-found
    throw error;
  }
}
