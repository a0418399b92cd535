import 'server-only';
import { cache } from 'react';
import { getClientFlagSummary, type ClientFlagSummary } from '@/lib/data/flags';
import { isAppError } from '@/lib/errors';
import { isRecordId } from '@/lib/validation/url-input';

/**
 * A client's open flags, read once per request: the client-record layout shows them in the
 * banner and the sessions page lists them, from the same (audited) read. Null for someone who
 * may not see flags (an admin) or a record they cannot see: the page answers not-found itself.
 */
export const clientFlagSummary = cache(async (clientId: string): Promise<ClientFlagSummary | null> => {
  if (!isRecordId(clientId)) return null;
  try {
    return await getClientFlagSummary(clientId);
  } catch (error) {
    if (isAppError(error, 'not-found')) return null;
    throw error;
  }
});
