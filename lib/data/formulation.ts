import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { formulations, formulationVersions } from '@/db/schema';
import { canActAsTreatingClinician } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import { saveFormulationSchema } from '@/lib/validation/formulation';
import { parseInput } from '@/lib/validation/parse';
import { authorize, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { databaseNow } from './internal/clock';
import { loadClinicalAccess } from './internal/goal-records';
import { loadFormulationView, type FormulationView } from './internal/plan-records';

export type { FormulationView } from './internal/plan-records';

const FACTORS = ['presenting', 'predisposing', 'precipitating', 'perpetuating', 'protective'] as const;

/**
 * Saves the 5 P's formulation as a new version. Only the treating clinician writes it. The save
 * names the version it started from (0 for the first): if someone saved in between, nothing is
 * written and the conflict carries the newer text. Every version is kept.
 */
export async function saveFormulation(raw: unknown): Promise<FormulationView> {
  const ctx = await dataContext();
  const input = parseInput(saveFormulationSchema, raw);
  return writeAudited(
    ctx,
    { action: 'formulation.save', entityType: 'client', entityId: input.clientId },
    async (tx) => {
      const access = await loadClinicalAccess(ctx, tx, input.clientId);
      authorize(canActAsTreatingClinician(ctx.principal, access.client), 'not-treating-clinician');
      const { organizationId, userId } = ctx.principal;
      const clientId = access.client.id;
      const fields = Object.fromEntries(FACTORS.map((factor) => [factor, input[factor]])) as Record<
        (typeof FACTORS)[number],
        string | null
      >;
      const now = await databaseNow(tx);
      const conflict = async () =>
        new AppError(
          'conflict',
          'Someone else saved this formulation while you were editing it. Nothing was saved: the newer text is ' +
            'shown, with what you typed, so you can make your change again.',
          { current: await loadFormulationView(tx, organizationId, clientId, true) },
        );

      let formulationId: string;
      let version: number;
      if (input.version === 0) {
        // The first save; the unique index on client_id refuses a second "first" save.
        const [created] = await tx
          .insert(formulations)
          .values({
            organizationId,
            clientId,
            version: 1,
            ...fields,
            sharedWithClient: input.sharedWithClient,
            updatedBy: userId,
            updatedAt: now,
          })
          .onConflictDoNothing()
          .returning({ id: formulations.id, version: formulations.version });
        if (!created) throw await conflict();
        ({ id: formulationId, version } = created);
      } else {
        const [updated] = await tx
          .update(formulations)
          .set({
            ...fields,
            sharedWithClient: input.sharedWithClient,
            version: sql`${formulations.version} + 1`,
            updatedBy: userId,
            updatedAt: now,
          })
          .where(
            and(
              eq(formulations.organizationId, organizationId),
              eq(formulations.clientId, clientId),
              eq(formulations.version, input.version),
            ),
          )
          .returning({ id: formulations.id, version: formulations.version });
        if (!updated) throw await conflict();
        ({ id: formulationId, version } = updated);
      }
      await tx.insert(formulationVersions).values({
        organizationId,
        formulationId,
        version,
        snapshot: { ...fields, sharedWithClient: input.sharedWithClient },
        editedBy: userId,
        createdAt: now,
      });
      return loadFormulationView(tx, organizationId, clientId, true);
    },
    (view) => ({ details: { version: view.version, shared: view.sharedWithClient } }),
  );
}
