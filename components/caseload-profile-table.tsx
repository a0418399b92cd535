import { Link } from '@/components/ui/link';
import type { CaseloadRow } from '@/lib/data/caseload';
import { Badge } from './ui/badge';
import { formatDate } from './ui/format';

/**
 * A caseload as an admin sees it: who is on it, profile only (no goals, scores or flags), each
 * name opening the client's profile. Clinicians and supervisors see CaseloadDashboardTable.
 */
export function CaseloadProfileTable({ rows, caption }: { rows: CaseloadRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Client
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Pronouns
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Intake
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Portal
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((client) => (
            <tr key={client.id}>
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={`/clients/${client.id}`}>{client.displayName}</Link>
              </th>
              <td className="px-4 py-3 text-slate-700">{client.pronouns ?? '—'}</td>
              <td className="px-4 py-3 text-slate-700">{formatDate(client.intakeDate)}</td>
              <td className="px-4 py-3">
                <Badge tone={client.status === 'active' ? 'good' : 'neutral'}>
                  {client.status === 'active' ? 'Active' : 'Discharged'}
                </Badge>
              </td>
              <td className="px-4 py-3 text-slate-700">{client.hasPortalAccount ? 'Signed up' : 'Not invited'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
