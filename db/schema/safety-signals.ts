import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { clients } from './clients';
import { organizationId, rowId, tenantKeys, tstz } from './columns';
import { checkIns, therapySessions } from './sessions';
import { users } from './users';

/**
 * A safety signal the portal received but could not keep where it normally lives, because the
 * rest of its request was refused: the check-in had closed, had already been sent (from another
 * device, say), or had a field error. The signal is kept here and flagged all the same (ADR 10);
 * nothing else from that request is. Append-only: never updated, never deleted.
 */
export const safetySignalKind = pgEnum('safety_signal_kind', ['phq9-item9']);

export const safetySignals = pgTable(
  'safety_signals',
  {
    id: rowId(),
    organizationId: organizationId(),
    clientId: uuid('client_id').notNull(),
    therapySessionId: uuid('therapy_session_id').notNull(),
    /** The check-in it came with, when that check-in exists (e.g. the one already sent). */
    checkInId: uuid('check_in_id'),
    kind: safetySignalKind('kind').notNull(),
    /** The answer as given (PHQ-9 item 9: 1–3). */
    value: smallint('value').notNull(),
    /** Received after the check-in window closed or after the check-in was sent. */
    receivedLate: boolean('received_late').notNull(),
    /** Why the rest of the request was refused, in the words the client was shown. */
    refusal: text('refusal').notNull(),
    receivedBy: uuid('received_by'),
    receivedAt: tstz('received_at').notNull().defaultNow(),
  },
  (t) => [
    ...tenantKeys(t, {
      clientId: () => clients,
      therapySessionId: () => therapySessions,
      checkInId: () => checkIns,
      receivedBy: () => users,
    }),
    // The same answer sent again (a retried offline send) is kept once.
    uniqueIndex('safety_signals_session_kind_value_key').on(t.organizationId, t.therapySessionId, t.kind, t.value),
    index('safety_signals_client_idx').on(t.organizationId, t.clientId, t.receivedAt),
    check('safety_signals_value_check', sql`${t.value} between 1 and 3`),
  ],
);
