import 'server-only';
import { brainstormAnswers } from '@/db/schema';
import { BRAINSTORM_PROMPTS, saveBrainstormSchema } from '@/lib/validation/brainstorm';
import { parseInput } from '@/lib/validation/parse';
import { readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { databaseNow } from './internal/clock';
import { loadClinicalAccess } from './internal/goal-records';
import { loadBrainstormView, type BrainstormAnswerView } from './internal/plan-records';
import { loadOwnClientRecord } from './internal/portal-access';

export type { BrainstormAnswerView } from './internal/plan-records';

/**
 * The client's answers to the five brainstorm prompts. The client writes them in the portal;
 * the treating clinician and their supervisor read them on the client's plan. Answers are
 * append-only: a changed answer is a new row and the newest per prompt is current.
 */
export async function getBrainstorm(clientId?: string): Promise<BrainstormAnswerView[]> {
  const ctx = await dataContext();
  return readAudited(
    ctx,
    { action: 'brainstorm.read', entityType: 'client', entityId: clientId ?? ctx.principal.clientId },
    async () => {
      const access = await loadClinicalAccess(ctx, ctx.db, clientId);
      return loadBrainstormView(ctx.db, ctx.principal.organizationId, access.client.id);
    },
  );
}

/** Saves the client's own answers; only prompts whose answer changed get a new row. */
export async function saveBrainstormAnswers(raw: unknown): Promise<BrainstormAnswerView[]> {
  const ctx = await dataContext();
  const input = parseInput(saveBrainstormSchema, raw);
  return writeAudited(
    ctx,
    { action: 'brainstorm.save', entityType: 'client', entityId: ctx.principal.clientId },
    async (tx) => {
      const client = await loadOwnClientRecord(ctx, tx);
      const { organizationId, userId } = ctx.principal;
      const before = await loadBrainstormView(tx, organizationId, client.id);
      const now = await databaseNow(tx);
      const changed = BRAINSTORM_PROMPTS.filter(
        ({ id }) => (input[id] ?? null) !== (before.find((answer) => answer.prompt === id)?.answer ?? null),
      );
      if (changed.length > 0) {
        await tx.insert(brainstormAnswers).values(
          // An emptied answer is stored as an empty row, so the earlier answer is kept but no longer current.
          changed.map(({ id }) => ({
            organizationId,
            clientId: client.id,
            prompt: id,
            answer: input[id] ?? '',
            authorUserId: userId,
            createdAt: now,
          })),
        );
      }
      return { answers: await loadBrainstormView(tx, organizationId, client.id), changed: changed.length };
    },
    (result) => ({ details: { changed: result.changed } }),
  ).then((result) => result.answers);
}
