import 'server-only';
import { and, eq } from 'drizzle-orm';
import { clientConsents } from '@/db/schema';
import type { Executor } from '@/db/types';
import { canUsePortal } from '@/lib/auth/policy';
import { CONSENT_TEXT_VERSION } from '@/lib/consent-text';
import { loadClientWithAccessFacts, type ClientRow } from './access-facts';
import { AccessDenied, authorize } from './audit';
import type { DataContext } from './context';

/**
 * Thrown by the portal gate while the client has not accepted the current consent text. It is
 * a denial like any other (the same not-found, audited as "consent-required"); pages turn it
 * into a redirect to /portal/consent (lib/page-data.ts).
 */
export class ConsentRequired extends AccessDenied {
  constructor() {
    super('consent-required');
  }
}

/** The caller is a client and this is their own record (consent not yet checked). */
export async function loadOwnClientRecordBeforeConsent(
  ctx: DataContext,
  executor: Executor = ctx.db,
): Promise<ClientRow> {
  const { principal } = ctx;
  authorize(canUsePortal(principal), 'not-a-client');
  const client = await loadClientWithAccessFacts(executor, principal.organizationId, principal.clientId!);
  authorize(client !== null && client.portalUserId === principal.userId, 'not-own-record');
  return client;
}

/** Whether this client has accepted the consent wording in force. */
export async function hasAcceptedConsent(executor: Executor, clientId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: clientConsents.id })
    .from(clientConsents)
    .where(and(eq(clientConsents.clientId, clientId), eq(clientConsents.textVersion, CONSENT_TEXT_VERSION)))
    .limit(1);
  return row !== undefined;
}

/**
 * The one gate for every portal data function: the caller is a client, this is their own
 * record, and they have accepted the current consent. Nothing in the portal opens before that.
 */
export async function loadOwnClientRecord(ctx: DataContext, executor: Executor = ctx.db): Promise<ClientRow> {
  const client = await loadOwnClientRecordBeforeConsent(ctx, executor);
  if (!(await hasAcceptedConsent(executor, client.id))) throw new ConsentRequired();
  return client;
}
