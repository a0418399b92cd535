import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ROLE_LABELS, ROLES } from '@/lib/auth/principal';
import { listUsers, type UserRow } from '@/lib/data/users';
import { loadOrNotFound } from '@/lib/page-data';
import { checkQuery, type RawQuery } from '@/lib/validation/url-input';
import { LIMITS } from '@/lib/validation/limits';

export const metadata: Metadata = { title: 'Admin' };

const STATUS_TONE: Record<UserRow['status'], 'good' | 'warn' | 'neutral' | 'info'> = {
  active: 'good',
  deactivated: 'neutral',
  invited: 'info',
};

export default async function AdminPage({ searchParams }: { searchParams: Promise<RawQuery> }) {
  const { values, ignored } = checkQuery(await searchParams, ['q', 'role', 'page']);
  const result = await loadOrNotFound(() => listUsers({ search: values.q, role: values.role, page: values.page }));
  return (
    <>
      <IgnoredQueryNotice ignored={ignored} />
      <PageHeader
        title="People"
        description={
          'Everyone who can sign in to your organisation. Open a person to deactivate them, send a password reset ' +
          'link or change their supervisor.'
        }
        actions={
          <Link href="/admin/invitations" className={buttonClasses('primary')}>
            Invite staff
          </Link>
        }
      />
      <form role="search" action="/admin" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 sm:max-w-xs">
          <label htmlFor="search" className="block text-sm font-medium text-slate-800">
            Search by name or email
          </label>
          <input
            id="search"
            name="q"
            type="search"
            defaultValue={result.search}
            maxLength={LIMITS.searchQuery}
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium text-slate-800">
            Role
          </label>
          <select
            id="role"
            name="role"
            defaultValue={result.role ?? ''}
            className="mt-1 block min-h-11 rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
          >
            <option value="">All roles</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClasses('secondary')}>
          Filter
        </button>
        {result.search || result.role ? (
          <Link href="/admin" className={buttonClasses('quiet')}>
            Clear
          </Link>
        ) : null}
      </form>
      {result.rows.length === 0 ? (
        <EmptyState title="No one matches">Try a different name, email or role.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">People in the organisation</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Name
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Email
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Role
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Last sign-in
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/admin/people/${user.id}`}>{user.name}</Link>
                  </th>
                  <td className="px-4 py-3 text-slate-700">{user.email}</td>
                  <td className="px-4 py-3 text-slate-700">{ROLE_LABELS[user.role]}</td>
                  <td className="px-4 py-3">
                    <Badge tone={STATUS_TONE[user.status]}>
                      {user.status[0]!.toUpperCase() + user.status.slice(1)}
                    </Badge>
                  </td>
                  <td className="px-4 py-3 text-slate-700">{formatDateTime(user.lastLoginAt, result.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        basePath="/admin"
        params={{ q: result.search, role: result.role }}
      />
    </>
  );
}
