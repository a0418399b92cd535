'use client';

import { Link } from '@/components/ui/link';
import { Sparkline } from '@/components/charts/sparkline';
import { Badge } from '@/components/ui/badge';
import type { OpenFlagCounts } from '@/lib/data/caseload-dashboard';
import type { RollupPlanStatus } from '@/lib/domain/metrics/client-rollup';
import { FlagBadges, PlanStatusBadges } from './status-badges';

/**
 * One caseload row as compact data: only what the row shows, dates and figures already in
 * words (formatted on the server, in the organisation's time zone). The table around it is a
 * server component; this small component turns each row into its cells, so the page's RSC
 * payload carries the rows' data once instead of their whole rendered markup (issue 14). Its
 * HTML is still rendered on the server.
 */
export interface CaseloadRowData {
  id: string;
  name: string;
  /** Pronouns and "No portal account", joined. */
  note: string;
  discharged: boolean;
  flags: OpenFlagCounts;
  /** "3.4" (mean latest clarity) and how many goals were rated; null when none was. */
  clarity: [mean: string, rated: string] | null;
  /** "2 of 3" agreed; null when there are no plan goals. */
  consensus: string | null;
  /** Shown when a figure is empty: "No goals yet", "Not rated yet", "No open goals". */
  clarityEmpty: string;
  consensusEmpty: string;
  /** Mean goal rating at each recent session (0–10); the sparkline. */
  means: number[];
  progressNote: string;
  lastSession: string;
  nextSession: string;
  plan: { status: RollupPlanStatus; nextReviewDate: string | null; reviewOverdue: boolean; reviewDue: boolean };
}

export function CaseloadRows({ rows }: { rows: CaseloadRowData[] }) {
  return rows.map((row) => (
    <tr key={row.id} className={row.flags.risk > 0 ? 'bg-red-50/40' : undefined}>
      <th scope="row" className="px-3 py-3 font-medium">
        <Link href={`/clients/${row.id}/plan`}>{row.name}</Link>
        <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs font-normal text-slate-600">
          {row.note}
          {row.discharged ? <Badge>Discharged</Badge> : null}
        </span>
      </th>
      <td>
        <FlagBadges flags={row.flags} />
      </td>
      <td>
        {row.clarity === null ? (
          <span className="text-slate-600">{row.clarityEmpty}</span>
        ) : (
          <>
            <span className="font-semibold tabular-nums">{row.clarity[0]}</span>
            <span className="text-slate-600"> / 5</span>
            <span className="block text-xs text-slate-600">{row.clarity[1]} rated</span>
          </>
        )}
      </td>
      <td>
        {row.consensus === null ? (
          <span className="text-slate-600">{row.consensusEmpty}</span>
        ) : (
          <>
            <span className="font-semibold tabular-nums">{row.consensus}</span>
            <span className="block text-xs text-slate-600">agreed by both</span>
          </>
        )}
      </td>
      <td>
        {row.means.length === 0 ? (
          <span className="text-slate-600">No ratings yet</span>
        ) : (
          <>
            <Link href={`/clients/${row.id}/sessions`} className="text-slate-800 no-underline hover:underline">
              <Sparkline points={row.means.map((mean) => ({ at: '', mean }))} />
              <span className="sr-only"> (open the progress charts)</span>
            </Link>
            <span className="block text-xs text-slate-600">{row.progressNote}</span>
          </>
        )}
      </td>
      <td className="tabular-nums">{row.lastSession}</td>
      <td className="tabular-nums">{row.nextSession}</td>
      <td>
        <Link href={`/clients/${row.id}/plan`} className="no-underline hover:underline">
          <PlanStatusBadges plan={row.plan} />
          <span className="sr-only"> (open the plan)</span>
        </Link>
      </td>
    </tr>
  ));
}
