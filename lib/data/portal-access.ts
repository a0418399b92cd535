import 'server-only';
import type { Executor } from '@/db/types';
import { canUsePortal } from '@/lib/auth/policy';
import { loadClientWithAccessFacts, type ClientRow } from './access-facts';
import { authorize } from './audit';
import type { DataContext } from './context';

/**
 * The one gate for every portal data function: the caller is a client and this is their own
 * record. (Anything the portal requires before it opens, such as accepted consent, is checked
 * here, once.)
 */
export async function loadOwnClientRecord(ctx: DataContext, executor: Executor = ctx.db): Promise<ClientRow> {
  const { principal } = ctx;
  authorize(canUsePortal(principal), 'not-a-client');
  const client = await loadClientWithAccessFacts(executor, principal.organizationId, principal.clientId!);
  authorize(client !== null && client.portalUserId === principal.userId, 'not-own-record');
  return client;
}
