import 'server-only';
import { eq } from 'drizzle-orm';
import { organizations } from '@/db/schema';
import type { Executor } from '@/db/types';
import { readOrganizationSettings, type OrganizationSettings } from '@/lib/validation/organization-settings';

/** The zone a missing organisation row falls back to: the column's default in db/schema/organizations.ts. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

/** What a data function needs to know about the organisation: its name, its clock and its settings. */
export interface OrganizationRules {
  name: string;
  timeZone: string;
  settings: OrganizationSettings;
}

/** The one reader of an organisation's name, time zone and settings (defaults filled in). */
export async function loadOrganizationRules(executor: Executor, organizationId: string): Promise<OrganizationRules> {
  const [row] = await executor
    .select({ name: organizations.name, timeZone: organizations.timeZone, settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, organizationId))
    .limit(1);
  return {
    name: row?.name ?? 'your clinic',
    timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE,
    settings: readOrganizationSettings(row?.settings),
  };
}
