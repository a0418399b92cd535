import 'server-only';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { canAdministerOrganization } from '@/lib/auth/policy';
import { ROLES, type Role } from '@/lib/auth/principal';
import { parseInput } from '@/lib/validation/parse';
import { pageNumber, searchText } from '@/lib/validation/common';
import { authorize, readAudited } from './internal/audit';
import { dataContext } from './internal/context';
import { containsPattern, pageOf, PAGE_SIZE, type Page } from './internal/pagination';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: 'active' | 'deactivated' | 'invited';
  lastLoginAt: string | null;
}

const userQuerySchema = z.object({
  search: searchText.optional().default(''),
  role: z.enum(ROLES).optional().catch(undefined),
  page: pageNumber.optional().default(1),
});

/** The organisation's people, for admins: who they are and whether they can sign in. */
export async function listUsers(
  query: { search?: string; role?: string; page?: number | string } = {},
): Promise<Page<UserRow> & { search: string; role: Role | undefined; timeZone: string }> {
  const ctx = await dataContext();
  const { search, role, page } = parseInput(userQuerySchema, query);
  return readAudited(
    ctx,
    { action: 'user.list', entityType: 'organization', entityId: ctx.principal.organizationId },
    async () => {
      authorize(canAdministerOrganization(ctx.principal, ctx.principal.organizationId), 'not-admin');
      const pattern = search ? containsPattern(search) : null;
      const rows = await ctx.db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          role: users.role,
          deactivatedAt: users.deactivatedAt,
          hasPassword: sql<boolean>`${users.passwordHash} is not null`,
          lastLoginAt: users.lastLoginAt,
          total: sql<number>`(count(*) over ())::int`,
        })
        .from(users)
        .where(
          and(
            eq(users.organizationId, ctx.principal.organizationId),
            role ? eq(users.role, role) : undefined,
            pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
          ),
        )
        .orderBy(asc(users.role), asc(users.name))
        .limit(PAGE_SIZE)
        .offset((page - 1) * PAGE_SIZE);
      const result = pageOf(
        rows.map(({ deactivatedAt, hasPassword, lastLoginAt, ...row }) => ({
          ...row,
          status: deactivatedAt ? ('deactivated' as const) : !hasPassword ? ('invited' as const) : ('active' as const),
          lastLoginAt: lastLoginAt?.toISOString() ?? null,
        })),
        page,
      );
      return { ...result, search, role, timeZone: ctx.principal.timeZone };
    },
    (result) => ({ details: { rows: result.rows.length } }),
  );
}
