import Link from 'next/link';
import type { CaseloadRow } from '@/lib/data/caseload';
import { Badge } from './ui/badge';
import { formatDate } from './ui/format';

/** A caseload as a table; on phones each row stacks. */
export function CaseloadTable({ rows, caption }: { rows: CaseloadRow[]; caption: string }) {
  // Admins get no flag counts (null): flags are clinical.
  const showFlags = rows.some((row) => row.openFlags !== null);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">Client</th>
            <th scope="col" className="px-4 py-3 font-semibold">Pronouns</th>
            <th scope="col" className="px-4 py-3 font-semibold">Intake</th>
            <th scope="col" className="px-4 py-3 font-semibold">Status</th>
            <th scope="col" className="px-4 py-3 font-semibold">Portal</th>
            {showFlags ? <th scope="col" className="px-4 py-3 font-semibold">Flags</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((client) => (
            <tr key={client.id}>
              <th scope="row" className="px-4 py-3 font-medium">
                {/* Clinicians open on goals and plan; admins (no flags: nothing clinical) on the profile. */}
                <Link href={client.openFlags === null ? `/clients/${client.id}` : `/clients/${client.id}/plan`}>{client.displayName}</Link>
              </th>
              <td className="px-4 py-3 text-slate-700">{client.pronouns ?? '—'}</td>
              <td className="px-4 py-3 text-slate-700">{formatDate(client.intakeDate)}</td>
              <td className="px-4 py-3">
                <Badge tone={client.status === 'active' ? 'good' : 'neutral'}>{client.status === 'active' ? 'Active' : 'Discharged'}</Badge>
              </td>
              <td className="px-4 py-3 text-slate-700">{client.hasPortalAccount ? 'Signed up' : 'Not invited'}</td>
              {showFlags ? (
                <td className="px-4 py-3">
                  <FlagCounts open={client.openFlags ?? 0} risk={client.openRiskFlags ?? 0} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FlagCounts({ open, risk }: { open: number; risk: number }) {
  if (open === 0) return <span className="text-slate-600">None</span>;
  const other = open - risk;
  return (
    <span className="flex flex-wrap gap-1">
      {risk > 0 ? <Badge tone="bad">{risk === 1 ? 'Risk flag' : `${risk} risk flags`}</Badge> : null}
      {other > 0 ? <Badge tone="warn">{other === 1 ? '1 flag' : `${other} flags`}</Badge> : null}
    </span>
  );
}
