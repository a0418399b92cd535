import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { SearchForm } from '@/components/search-form';
import { buttonClasses } from '@/components/ui/button';
import { cx } from '@/components/ui/cx';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import type { CaseloadDashboard, CaseloadDashboardRow } from '@/lib/data/caseload-dashboard';
import {
  CASELOAD_FILTER_LABELS,
  CASELOAD_FILTERS,
  CASELOAD_SORT_LABELS,
  type CaseloadSort,
} from '@/lib/validation/dashboards';
import { sortHref, viewHref, viewParams, type DashboardView } from './dashboard-links';
import { decimal, plural, signed } from './format';
import { CaseloadRows, type CaseloadRowData } from './caseload-rows';
import { shortDate } from '@/components/ui/format';

/**
 * A caseload as a dashboard: filters with their counts, search, sortable columns (risk first by
 * default), one row per client with clarity, consensus, progress and its sparkline, sessions,
 * plan status and open flags, pages of 25, and a CSV of everything the filters select.
 * Server-rendered; links and a GET form. The rows go to the page as compact data rendered by a
 * small component (caseload-rows.tsx), so the RSC payload does not repeat their markup.
 */
export function CaseloadDashboardView({
  dashboard,
  basePath,
  exportPath,
  caption,
  emptyAction,
}: {
  dashboard: CaseloadDashboard;
  basePath: string;
  exportPath: string;
  caption: string;
  emptyAction?: ReactNode;
}) {
  const view: DashboardView = dashboard.query;
  const { rows, total } = dashboard.page;
  const everyone = dashboard.filterCounts.all;
  if (everyone === 0 && !view.q) {
    return (
      <EmptyState title={dashboard.readOnly ? 'No active clients' : 'No clients yet'} action={emptyAction}>
        {dashboard.readOnly
          ? `${dashboard.clinician.name} has no clients assigned at the moment.`
          : 'Add a client to your caseload, then invite them to the portal so you can set goals together from the first session.'}
      </EmptyState>
    );
  }
  const exportQuery = viewParams(view).toString();
  return (
    <>
      <nav aria-label="Show clients" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {CASELOAD_FILTERS.map((filter) => {
            const active = view.filter === filter;
            return (
              <li key={filter}>
                <Link
                  href={viewHref(basePath, { ...view, filter })}
                  aria-current={active ? 'page' : undefined}
                  className={cx(
                    'inline-flex min-h-11 items-center gap-2 rounded-full border px-4 py-2 text-sm font-medium ' +
                      'no-underline hover:no-underline',
                    active
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
                  )}
                >
                  {CASELOAD_FILTER_LABELS[filter]}
                  <span
                    className={cx(
                      'rounded-full px-2 text-xs',
                      active ? 'bg-brand-900 text-white' : 'bg-slate-100 text-slate-700',
                    )}
                  >
                    {dashboard.filterCounts[filter]}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <SearchForm
          label="Search by name"
          defaultValue={view.q}
          action={basePath}
          hiddenFields={{
            filter: view.filter === 'all' ? undefined : view.filter,
            sort: view.sort === 'attention' ? undefined : view.sort,
          }}
        />
        <a
          href={exportQuery ? `${exportPath}?${exportQuery}` : exportPath}
          className={cx(buttonClasses('secondary'), 'mb-4 whitespace-nowrap')}
          download
        >
          Download CSV<span className="sr-only"> of all {plural(total, 'client')} shown by this filter</span>
        </a>
      </div>
      <p className="mb-2 text-sm text-slate-700" aria-live="polite">
        {plural(total, 'client')} · sorted by {CASELOAD_SORT_LABELS[view.sort].toLowerCase()}
        {view.sort === 'attention' ? '' : view.dir === 'asc' ? ' (lowest first)' : ' (highest first)'}
        {view.sort !== 'attention' ? (
          <>
            {' · '}
            <Link href={viewHref(basePath, { ...view, sort: 'attention', dir: 'desc' })} className="underline">
              Sort by needs attention first
            </Link>
          </>
        ) : null}
      </p>
      {rows.length === 0 ? (
        <EmptyState
          title={view.q ? `No clients match “${view.q}”` : `No clients under “${CASELOAD_FILTER_LABELS[view.filter]}”`}
          action={<Link href={basePath}>Show everyone</Link>}
        >
          {view.q ? 'Check the spelling, or clear the search.' : 'Nothing needs this kind of attention right now.'}
        </EmptyState>
      ) : (
        <CaseloadDashboardTable
          rows={rows}
          view={view}
          basePath={basePath}
          caption={caption}
          timeZone={dashboard.timeZone}
        />
      )}
      <Pagination {...dashboard.page} basePath={basePath} params={Object.fromEntries(viewParams(view))} />
    </>
  );
}

function SortHeader({
  label,
  sort,
  view,
  basePath,
  className,
}: {
  label: string;
  sort: CaseloadSort;
  view: DashboardView;
  basePath: string;
  className?: string;
}) {
  const active = view.sort === sort;
  return (
    <th
      scope="col"
      aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
      className={cx('px-3 py-3 font-semibold', className)}
    >
      <Link href={sortHref(basePath, view, sort)} className="text-slate-800">
        {label}
        <span aria-hidden="true">{active ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        <span className="sr-only">
          {active
            ? `, sorted ${view.dir === 'asc' ? 'lowest' : 'highest'} first; sort the other way`
            : ', sort by this'}
        </span>
      </Link>
    </th>
  );
}

function sessionDate(iso: string | null, timeZone: string): string {
  return iso ? shortDate(iso, timeZone) : '—';
}

/** What one row shows, as compact data for the row component (dates and figures in words). */
function compactRow(row: CaseloadDashboardRow, timeZone: string): CaseloadRowData {
  return {
    id: row.id,
    name: row.displayName,
    note: [row.pronouns, row.hasPortalAccount ? null : 'No portal account'].filter(Boolean).join(' · '),
    discharged: row.status === 'discharged',
    flags: row.flags,
    clarity: row.clarity.mean === null ? null : [decimal(row.clarity.mean), plural(row.clarity.count, 'goal')],
    clarityEmpty: row.consensus.denominator === 0 ? 'No goals yet' : 'Not rated yet',
    consensus: row.consensus.denominator === 0 ? null : `${row.consensus.numerator} of ${row.consensus.denominator}`,
    consensusEmpty: row.hasAgreedGoal ? 'No open goals' : 'No goals yet',
    means: row.series.map((point) => point.mean),
    progressNote:
      row.progress.measuredGoals === 0
        ? 'Baseline only so far'
        : `Mean change ${signed(row.progress.meanChange)} · ${row.progress.reliableImprovements} of ` +
          `${plural(row.progress.measuredGoals, 'goal')} reliably better`,
    lastSession: sessionDate(row.lastSessionAt, timeZone),
    nextSession: sessionDate(row.nextSessionAt, timeZone),
    plan: row.plan,
  };
}

function CaseloadDashboardTable({
  rows,
  view,
  basePath,
  caption,
  timeZone,
}: {
  rows: CaseloadDashboardRow[];
  view: DashboardView;
  basePath: string;
  caption: string;
  timeZone: string;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[60rem] text-left text-sm [&_td]:px-3 [&_td]:py-3">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <SortHeader label="Client" sort="name" view={view} basePath={basePath} />
            <th scope="col" className="px-3 py-3 font-semibold">
              Open flags
            </th>
            <SortHeader label="Goal clarity" sort="clarity" view={view} basePath={basePath} />
            <SortHeader label="Consensus" sort="consensus" view={view} basePath={basePath} />
            <SortHeader label="Progress" sort="progress" view={view} basePath={basePath} />
            <SortHeader label="Last session" sort="last-session" view={view} basePath={basePath} />
            <SortHeader label="Next session" sort="next-session" view={view} basePath={basePath} />
            <th scope="col" className="px-3 py-3 font-semibold">
              Plan
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          <CaseloadRows rows={rows.map((row) => compactRow(row, timeZone))} />
        </tbody>
      </table>
    </div>
  );
}
