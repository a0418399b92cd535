import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { IgnoredQueryNotice } from '@/components/ignored-query-notice';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/field';
import { formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/auth/principal';
import { listAuditEvents, type AuditRow } from '@/lib/data/audit-log';
import { loadOrNotFound } from '@/lib/page-data';
import { checkQuery, type RawQuery } from '@/lib/validation/url-input';
import { LIMITS } from '@/lib/validation/limits';

export const metadata: Metadata = { title: 'Audit log' };

const FILTER_KEYS = ['person', 'personId', 'client', 'clientId', 'action', 'outcome', 'from', 'to'] as const;

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<RawQuery> }) {
  const { values: params, ignored } = checkQuery(await searchParams, [...FILTER_KEYS, 'page']);
  const log = await loadOrNotFound(() => listAuditEvents(params));
  const { query, errors } = log;
  const active: Record<string, string | undefined> = {
    person: query.personId ? undefined : query.person || undefined,
    personId: query.personId,
    client: query.clientId ? undefined : query.client || undefined,
    clientId: query.clientId,
    action: query.action || undefined,
    outcome: query.outcome,
    from: query.from,
    to: query.to,
  };
  const exportParams = new URLSearchParams(
    Object.entries(active).filter((entry): entry is [string, string] => !!entry[1]),
  );
  const filtered = FILTER_KEYS.some((key) => active[key]);
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      <PageHeader
        title="Audit log"
        description={
          'Who opened or changed what, and when, including refused attempts. Events are listed without their ' +
          'clinical details (answers, flag kinds, goal positions and statuses), here and in the export.'
        }
        actions={
          hasErrors ? null : (
            <a href={`/admin/audit/export?${exportParams.toString()}`} className={buttonClasses('secondary')} download>
              Export CSV
            </a>
          )
        }
      />
      <IgnoredQueryNotice ignored={ignored} />
      <form
        role="search"
        action="/admin/audit"
        noValidate
        className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
      >
        {query.personId ? <input type="hidden" name="personId" value={query.personId} /> : null}
        {query.clientId ? <input type="hidden" name="clientId" value={query.clientId} /> : null}
        <TextField
          label="Person (name or email)"
          name="person"
          maxLength={LIMITS.searchQuery}
          defaultValue={log.personLabel ?? query.person}
          readOnly={!!query.personId}
          error={errors.person?.[0]}
        />
        <TextField
          label="Client (name)"
          name="client"
          maxLength={LIMITS.searchQuery}
          defaultValue={log.clientLabel ?? query.client}
          readOnly={!!query.clientId}
          error={errors.client?.[0]}
        />
        <SelectField label="Action" name="action" defaultValue={query.action} error={errors.action?.[0]}>
          <option value="">All actions</option>
          {log.actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </SelectField>
        <SelectField label="Outcome" name="outcome" defaultValue={query.outcome ?? ''}>
          <option value="">Allowed and refused</option>
          <option value="allowed">Allowed</option>
          <option value="denied">Refused</option>
        </SelectField>
        <TextField
          label="From"
          name="from"
          type="date"
          defaultValue={query.from ?? (typeof params.from === 'string' ? params.from : '')}
          error={errors.from?.[0]}
        />
        <TextField
          label="To"
          name="to"
          type="date"
          defaultValue={query.to ?? (typeof params.to === 'string' ? params.to : '')}
          error={errors.to?.[0]}
        />
        <div className="flex items-end gap-2 lg:col-span-2">
          <button type="submit" className={buttonClasses('primary')}>
            Filter
          </button>
          {filtered || hasErrors ? (
            <Link href="/admin/audit" className={buttonClasses('quiet')}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>
      {hasErrors ? (
        <EmptyState title="Some filters need attention">Fix the fields marked above to see the log.</EmptyState>
      ) : log.rows.length === 0 ? (
        <EmptyState title="Nothing matches">
          {filtered ? 'Try fewer filters or a wider date range.' : 'Events appear here as people use Accord.'}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  When ({log.timeZone.replaceAll('_', ' ')})
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Who
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Action
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Record
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Outcome
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {log.rows.map((row) => (
                <AuditTableRow key={row.id} row={row} timeZone={log.timeZone} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={log.page} pageCount={log.pageCount} total={log.total} basePath="/admin/audit" params={active} />
    </>
  );
}

const ENTITY_LABELS: Record<string, string> = {
  organization: 'Organisation',
  invitation: 'Invitation',
  user: 'Person',
  client: 'Client',
  system: 'System',
};

function roleLabel(role: string | null): string {
  return role && (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : '';
}

function AuditTableRow({ row, timeZone }: { row: AuditRow; timeZone: string }) {
  const details = Object.entries(row.details);
  return (
    <tr className="align-top">
      <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatDateTime(row.at, timeZone)}</td>
      <th scope="row" className="px-4 py-3 font-medium">
        {row.actor ? (
          <>
            <Link href={`/admin/audit?personId=${row.actor.id}`}>{row.actor.name}</Link>
            <span className="block font-normal text-slate-600">{roleLabel(row.actor.role)}</span>
          </>
        ) : (
          <span className="font-normal text-slate-600">Not signed in</span>
        )}
      </th>
      <td className="px-4 py-3">
        <code className="text-slate-900">{row.action}</code>
        {details.length > 0 ? (
          <span className="mt-1 block text-slate-600">
            {details.map(([key, value]) => `${key}: ${String(value)}`).join(' · ')}
          </span>
        ) : null}
      </td>
      <td className="px-4 py-3 text-slate-700">
        {row.entityType === 'client' && row.entityId ? (
          <Link href={`/admin/audit?clientId=${row.entityId}`}>{row.entityLabel ?? 'Client'}</Link>
        ) : row.entityLabel ? (
          <>{row.entityLabel}</>
        ) : (
          <span>{ENTITY_LABELS[row.entityType] ?? row.entityType}</span>
        )}
      </td>
      <td className="px-4 py-3">
        {row.outcome === 'allowed' ? <Badge tone="good">Allowed</Badge> : <Badge tone="bad">Refused</Badge>}
      </td>
    </tr>
  );
}
