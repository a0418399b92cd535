import 'server-only';
import { getDb } from '@/db/client';
import type { Db } from '@/db/types';
import type { Principal } from '@/lib/auth/principal';
import { readRequestId } from '@/lib/auth/request-context';
import { requirePrincipal } from '@/lib/auth/session';

/** Everything a data function needs about the call: who, which database, which request. */
export interface DataContext {
  principal: Principal;
  db: Db;
  requestId: string | null;
}

/** Verifies the session (cached per request) and opens the data layer for this call. */
export async function dataContext(): Promise<DataContext> {
  const principal = await requirePrincipal();
  const [db, requestId] = await Promise.all([getDb(), readRequestId()]);
  return { principal, db, requestId };
}
