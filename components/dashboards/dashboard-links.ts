import {
  DEFAULT_DIRECTION,
  type CaseloadFilter,
  type CaseloadSort,
  type SortDirection,
} from '@/lib/validation/dashboards';

/** The caseload dashboard's view as URL parameters (defaults left out, so links stay short). */
export interface DashboardView {
  q: string;
  filter: CaseloadFilter;
  sort: CaseloadSort;
  dir: SortDirection;
}

export function viewParams(view: DashboardView, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  if (view.filter !== 'all') params.set('filter', view.filter);
  if (view.sort !== 'attention') params.set('sort', view.sort);
  if (view.dir !== DEFAULT_DIRECTION[view.sort]) params.set('dir', view.dir);
  if (page > 1) params.set('page', String(page));
  return params;
}

export function viewHref(basePath: string, view: DashboardView, page = 1): string {
  const query = viewParams(view, page).toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** Where a column header's sort link goes: its default direction first, the other way on a second click. */
export function sortHref(basePath: string, view: DashboardView, sort: CaseloadSort): string {
  const dir: SortDirection = view.sort === sort ? (view.dir === 'asc' ? 'desc' : 'asc') : DEFAULT_DIRECTION[sort];
  return viewHref(basePath, { ...view, sort, dir });
}
