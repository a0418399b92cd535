/**
 * The pages the benchmark measures: who asks for them and at which URL. The SQL side
 * (bench/sql.check.ts) maps each id to the data-layer calls that page makes.
 */
export type BenchActor = 'therapistSmall' | 'therapistLarge' | 'supervisor' | 'admin';

export interface BenchPage {
  id: string;
  label: string;
  path: string;
  actor: BenchActor;
}

export const BENCH_PAGES: BenchPage[] = [
  { id: 'caseload-10', label: 'Caseload dashboard (10 clients)', path: '/caseload', actor: 'therapistSmall' },
  { id: 'caseload-100', label: 'Caseload dashboard (100 clients)', path: '/caseload', actor: 'therapistLarge' },
  { id: 'team-supervisor', label: 'Team dashboard (supervisor, 10 therapists)', path: '/team', actor: 'supervisor' },
  { id: 'team-admin', label: 'Team dashboard (admin, whole organisation)', path: '/team', actor: 'admin' },
];

/** The page whose throughput is measured at 10 connections. */
export const THROUGHPUT_PAGE_ID = 'caseload-100';
