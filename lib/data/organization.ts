import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import { canAdministerOrganization } from '@/lib/auth/policy';
import { refreshClientMetrics, WHOLE_ORGANIZATION } from '@/lib/rollups/client-metrics';
import { parseInput } from '@/lib/validation/parse';
import {
  organizationSettingsFormSchema,
  readOrganizationSettings,
  type OrganizationSettings,
} from '@/lib/validation/organization-settings';
import { authorize, readAudited, writeAudited } from './internal/audit';
import { dataContext } from './internal/context';

export interface OrganizationSettingsView {
  name: string;
  timeZone: string;
  settings: OrganizationSettings;
}

/** The organisation's name, time zone and settings, for the admin settings page. */
export async function getOrganizationSettings(): Promise<OrganizationSettingsView> {
  const ctx = await dataContext();
  const { organizationId } = ctx.principal;
  return readAudited(
    ctx,
    { action: 'organization.read', entityType: 'organization', entityId: organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, organizationId), 'not-admin');
      const [org] = await ctx.db.select().from(organizations).where(eq(organizations.id, organizationId));
      authorize(org !== undefined, 'missing');
      return { name: org.name, timeZone: org.timeZone, settings: readOrganizationSettings(org.settings) };
    },
  );
}

/** Saves the settings form. Which settings changed is audited (names only, no values). */
export async function updateOrganizationSettings(raw: unknown): Promise<OrganizationSettingsView> {
  const ctx = await dataContext();
  const input = parseInput(organizationSettingsFormSchema, raw);
  const { organizationId } = ctx.principal;
  const { view } = await writeAudited(
    ctx,
    { action: 'organization.update', entityType: 'organization', entityId: organizationId },
    async (tx) => {
      authorize(canAdministerOrganization(ctx.principal, organizationId), 'not-admin');
      const [before] = await tx.select().from(organizations).where(eq(organizations.id, organizationId)).for('update');
      authorize(before !== undefined, 'missing');
      // Keep any settings other features stored that this form does not edit.
      const stored = before.settings ?? {};
      await tx
        .update(organizations)
        .set({ name: input.name, timeZone: input.timeZone, settings: { ...stored, ...input.settings } })
        .where(eq(organizations.id, organizationId));
      // Months on the dashboards follow the organisation's calendar: a new time zone moves them.
      if (before.timeZone !== input.timeZone) await refreshClientMetrics(tx, organizationId, WHOLE_ORGANIZATION);
      const previous = readOrganizationSettings(before.settings);
      const changed = [
        before.name !== input.name ? 'name' : null,
        before.timeZone !== input.timeZone ? 'timeZone' : null,
        ...(Object.keys(input.settings) as (keyof OrganizationSettings)[]).filter(
          (key) => JSON.stringify(previous[key]) !== JSON.stringify(input.settings[key]),
        ),
      ].filter((key): key is string => key !== null);
      return { view: { name: input.name, timeZone: input.timeZone, settings: input.settings }, changed };
    },
    ({ changed }) => ({ details: { fields: changed.join(',') } }),
  );
  return view;
}
