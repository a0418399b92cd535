import 'server-only';
import { canViewCaseloadDashboard } from '@/lib/auth/policy';
import type { Role } from '@/lib/auth/principal';
import { toCsv } from '@/lib/csv';
import type { ProgressPoint, RollupPlanStatus } from '@/lib/domain/metrics/client-rollup';
import { pooledMean, type PooledMean } from '@/lib/domain/metrics/pooled';
import { rate, type Rate } from '@/lib/domain/metrics/figures';
import { parseInput } from '@/lib/validation/parse';
import {
  caseloadDashboardQuerySchema,
  type CaseloadDashboardQuery,
  type CaseloadFilter,
} from '@/lib/validation/dashboards';
import { loadClinicianAccessFacts } from './internal/access-facts';
import { authorize, readAudited } from './internal/audit';
import { auditableId } from '@/lib/validation/url-input';
import { dataContext, type DataContext } from './internal/context';
import { selectCaseloadRows, type CaseloadRowRecord } from './internal/dashboard-queries';
import { runFlagUpkeep } from './internal/flag-upkeep';
import { PAGE_SIZE, type Page } from './internal/pagination';

/*
 * The caseload dashboard: every client of one clinician with goal clarity, consensus, progress
 * (and its sparkline), last and next session, plan status and open flags, risk first. For the
 * clinician and their supervisor (read-only for the supervisor); admins see the profile-only
 * caseload instead (lib/data/caseload.ts). Statements per render: the session check, the
 * clinician's facts, flag upkeep, the rows, the audit insert.
 */

export interface OpenFlagCounts {
  risk: number;
  notOnTrack: number;
  alliance: number;
  perspectivesDiffer: number;
  checkInOverdue: number;
  total: number;
}

export interface CaseloadDashboardRow {
  id: string;
  displayName: string;
  pronouns: string | null;
  intakeDate: string;
  status: 'active' | 'discharged';
  hasPortalAccount: boolean;
  /** Mean latest clarity (1–5) of the rated plan goals. */
  clarity: PooledMean;
  /** Agreed plan goals of all plan goals. */
  consensus: Rate;
  smart: Rate;
  progress: { meanChange: number | null; measuredGoals: number; reliableImprovements: number };
  ratedRegularly: Rate;
  attendedSessions: number;
  hasAgreedGoal: boolean;
  series: ProgressPoint[];
  lastSessionAt: string | null;
  nextSessionAt: string | null;
  plan: { status: RollupPlanStatus; nextReviewDate: string | null; reviewOverdue: boolean; reviewDue: boolean };
  flags: OpenFlagCounts;
}

export interface CaseloadDashboard {
  clinician: { id: string; name: string; role: Role };
  /** True when the caller looks at someone else's caseload (their supervisor). */
  readOnly: boolean;
  query: Omit<CaseloadDashboardQuery, 'clinicianId' | 'page'>;
  /** Today on the organisation's calendar, and its time zone (for showing session times). */
  today: string | null;
  timeZone: string;
  /** How many clients each filter shows (with the search applied). */
  filterCounts: Record<CaseloadFilter, number>;
  page: Page<CaseloadDashboardRow>;
}

function toRow(record: CaseloadRowRecord): CaseloadDashboardRow {
  return {
    id: record.id,
    displayName: record.display_name,
    pronouns: record.pronouns,
    intakeDate: record.intake_date,
    status: record.status,
    hasPortalAccount: record.has_portal_account,
    clarity: pooledMean(record.clarity_sum, record.clarity_count),
    consensus: rate(record.agreed_plan_goals, record.plan_goals),
    smart: rate(record.smart_plan_goals, record.plan_goals),
    progress: {
      meanChange: pooledMean(record.change_sum, record.measured_goals).mean,
      measuredGoals: record.measured_goals,
      reliableImprovements: record.reliable_improvements,
    },
    ratedRegularly: rate(record.rated_regularly_numerator, record.rated_regularly_denominator),
    attendedSessions: record.attended_sessions,
    hasAgreedGoal: record.has_agreed_goal,
    series: record.progress_series,
    lastSessionAt: record.last_session_at,
    nextSessionAt: record.next_session_at,
    plan: {
      status: record.plan_status,
      nextReviewDate: record.next_review_date,
      reviewOverdue: record.review_overdue,
      reviewDue: record.review_due,
    },
    flags: {
      risk: record.risk_flags,
      notOnTrack: record.not_on_track_flags,
      alliance: record.alliance_flags,
      perspectivesDiffer: record.perspectives_flags,
      checkInOverdue: record.overdue_flags,
      total: record.open_flags,
    },
  };
}

/** Checks the caller may see this clinician's dashboard; one statement. */
async function openCaseload(ctx: DataContext, clinicianId: string) {
  const clinician = await loadClinicianAccessFacts(ctx.db, ctx.principal.organizationId, clinicianId);
  authorize(clinician !== null, 'missing-or-foreign');
  authorize(canViewCaseloadDashboard(ctx.principal, clinician), 'not-own-or-supervised');
  return clinician;
}

/**
 * A clinician's caseload dashboard, one page at a time. Without a clinician id it is the
 * caller's own; with one, the caller must be that clinician or their supervisor.
 */
export async function getCaseloadDashboard(raw: Record<string, unknown> = {}): Promise<CaseloadDashboard> {
  const ctx = await dataContext();
  const query = parseInput(caseloadDashboardQuerySchema, raw);
  const clinicianId = query.clinicianId ?? ctx.principal.userId;
  return readAudited(
    ctx,
    { action: 'caseload-dashboard.view', entityType: 'clinician', entityId: auditableId(clinicianId) },
    async () => {
      const clinician = await openCaseload(ctx, clinicianId);
      const now = new Date();
      // Overdue check-ins and risk escalation are brought up to date before the flags are counted.
      await runFlagUpkeep(ctx.db, { organizationId: ctx.principal.organizationId, clinicianId: clinician.id }, now);
      const records = await selectCaseloadRows(ctx.db, {
        organizationId: ctx.principal.organizationId,
        clinicianId: clinician.id,
        now,
        query,
        page: { limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE },
      });
      const first = records[0];
      const total = first?.total ?? 0;
      return {
        clinician: { id: clinician.id, name: clinician.name, role: clinician.role },
        readOnly: clinician.id !== ctx.principal.userId,
        query: { q: query.q, filter: query.filter, sort: query.sort, dir: query.dir },
        today: first?.today ?? null,
        // With no rows the query brings no zone; the session check already has it.
        timeZone: first?.time_zone ?? ctx.principal.timeZone,
        filterCounts: {
          all: first?.n_all ?? 0,
          flagged: first?.n_flagged ?? 0,
          'no-agreed-goal': first?.n_no_agreed_goal ?? 0,
          'review-due': first?.n_review_due ?? 0,
        },
        page: {
          rows: records.map(toRow),
          total,
          page: query.page,
          pageSize: PAGE_SIZE,
          pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
        },
      };
    },
    (dashboard) => ({
      details: { rows: dashboard.page.rows.length, page: query.page, filter: query.filter, sort: query.sort },
    }),
  );
}

export interface DashboardExport {
  csv: string;
  rows: number;
  filename: string;
}

const PLAN_STATUS_WORDS: Record<RollupPlanStatus, string> = {
  none: 'No plan goals',
  unsigned: 'Not signed yet',
  signed: 'Signed',
  'needs-re-consent': 'Needs re-consent',
};

const ratio = (value: number | null): string => (value === null ? '' : value.toFixed(3));
const oneDecimal = (value: number | null): string => (value === null ? '' : value.toFixed(1));

export const CASELOAD_EXPORT_HEADER = [
  'client',
  'status',
  'intake_date',
  'portal_account',
  'plan_goals',
  'agreed_goals',
  'consensus_rate',
  'goal_clarity_mean',
  'goals_rated_for_clarity',
  'smart_goals',
  'goals_measured',
  'mean_gbo_change',
  'reliable_improvements',
  'attended_sessions',
  'rated_regularly_rate',
  'last_session',
  'next_session',
  'plan_status',
  'next_review_date',
  'review_overdue',
  'open_risk_flags',
  'open_not_on_track_flags',
  'open_alliance_flags',
  'open_perspectives_differ_flags',
  'open_check_in_overdue_flags',
] as const;

/**
 * The caseload dashboard as CSV: every row the filters and search select, on all pages, in the
 * order on screen. Figures and dates only: no notes, goal text or flag reasons. Every cell goes
 * through the CSV neutraliser.
 */
export async function exportCaseloadDashboard(raw: Record<string, unknown> = {}): Promise<DashboardExport> {
  const ctx = await dataContext();
  const query = parseInput(caseloadDashboardQuerySchema, raw);
  const clinicianId = query.clinicianId ?? ctx.principal.userId;
  return readAudited(
    ctx,
    { action: 'caseload-dashboard.export', entityType: 'clinician', entityId: auditableId(clinicianId) },
    async () => {
      const clinician = await openCaseload(ctx, clinicianId);
      const records = await selectCaseloadRows(ctx.db, {
        organizationId: ctx.principal.organizationId,
        clinicianId: clinician.id,
        now: new Date(),
        query,
        page: 'all',
      });
      const rows = records.map(toRow);
      const csv = toCsv(
        CASELOAD_EXPORT_HEADER,
        rows.map((row) => [
          row.displayName,
          row.status,
          row.intakeDate,
          row.hasPortalAccount ? 'yes' : 'no',
          row.consensus.denominator,
          row.consensus.numerator,
          ratio(row.consensus.value),
          oneDecimal(row.clarity.mean),
          row.clarity.count,
          row.smart.numerator,
          row.progress.measuredGoals,
          oneDecimal(row.progress.meanChange),
          row.progress.reliableImprovements,
          row.attendedSessions,
          ratio(row.ratedRegularly.value),
          row.lastSessionAt ? new Date(row.lastSessionAt).toISOString() : '',
          row.nextSessionAt ? new Date(row.nextSessionAt).toISOString() : '',
          PLAN_STATUS_WORDS[row.plan.status],
          row.plan.nextReviewDate ?? '',
          row.plan.reviewOverdue ? 'yes' : 'no',
          row.flags.risk,
          row.flags.notOnTrack,
          row.flags.alliance,
          row.flags.perspectivesDiffer,
          row.flags.checkInOverdue,
        ]),
      );
      const slug =
        clinician.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'clinician';
      return {
        csv,
        rows: rows.length,
        filename: `accord-caseload-${slug}-${new Date().toISOString().slice(0, 10)}.csv`,
      };
    },
    (result) => ({ details: { rows: result.rows, filter: query.filter, search: query.q !== '' } }),
  );
}
