import { z } from './zod';
import { pageNumber, searchText } from './common';

/**
 * The caseload dashboard's view: search, one filter, a sort and a page, all from the URL.
 * Anything unknown falls back to the default view (a hand-edited URL shows the dashboard, not
 * an error); the page always says which filter and sort are in force.
 */

export const CASELOAD_FILTERS = ['all', 'flagged', 'no-agreed-goal', 'review-due'] as const;
export type CaseloadFilter = (typeof CASELOAD_FILTERS)[number];

export const CASELOAD_FILTER_LABELS: Record<CaseloadFilter, string> = {
  all: 'Everyone',
  flagged: 'Open flags',
  'no-agreed-goal': 'No agreed goal yet',
  'review-due': 'Review due',
};

export const CASELOAD_SORTS = [
  'attention',
  'name',
  'clarity',
  'consensus',
  'progress',
  'last-session',
  'next-session',
] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

export const CASELOAD_SORT_LABELS: Record<CaseloadSort, string> = {
  attention: 'Needs attention first',
  name: 'Name',
  clarity: 'Goal clarity',
  consensus: 'Consensus',
  progress: 'Progress',
  'last-session': 'Last session',
  'next-session': 'Next session',
};

export type SortDirection = 'asc' | 'desc';

/** The direction each sort starts in: what needs looking at comes first. */
export const DEFAULT_DIRECTION: Record<CaseloadSort, SortDirection> = {
  attention: 'desc',
  name: 'asc',
  clarity: 'asc',
  consensus: 'asc',
  progress: 'asc',
  'last-session': 'desc',
  'next-session': 'asc',
};

/** A plan review counts as due this many days before its date (and after it, overdue). */
export const REVIEW_DUE_WITHIN_DAYS = 14;

export const caseloadDashboardQuerySchema = z
  .object({
    /** Any text: a malformed id is a clinician that does not exist (not-found), like a foreign one. */
    clinicianId: z.string().optional(),
    q: searchText.optional().default(''),
    filter: z.enum(CASELOAD_FILTERS).catch('all').optional().default('all'),
    sort: z.enum(CASELOAD_SORTS).catch('attention').optional().default('attention'),
    dir: z.enum(['asc', 'desc']).optional().catch(undefined),
    page: pageNumber.optional().default(1),
  })
  .transform((query) => ({ ...query, dir: query.dir ?? DEFAULT_DIRECTION[query.sort] }));

export type CaseloadDashboardQuery = z.output<typeof caseloadDashboardQuerySchema>;
