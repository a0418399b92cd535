import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listTeam } from '@/lib/data/team';
import { loadOrNotFound } from '@/lib/page-data';
import { verifySession } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage() {
  const [team, principal] = await Promise.all([loadOrNotFound(() => listTeam()), verifySession()]);
  const isAdmin = principal?.role === 'admin';
  return (
    <>
      <PageHeader
        title={isAdmin ? 'Clinicians' : 'Your team'}
        description={isAdmin ? 'Every therapist and supervisor in the organisation.' : 'The therapists you supervise and the size of their caseloads.'}
      />
      {team.length === 0 ? (
        <EmptyState title="No supervisees yet">
          When an administrator links therapists to you for supervision, they appear here with their caseloads.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{isAdmin ? 'Clinicians' : 'Supervisees'} and their caseload sizes</caption>
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">Clinician</th>
                <th scope="col" className="px-4 py-3 font-semibold">Role</th>
                {isAdmin ? <th scope="col" className="px-4 py-3 font-semibold">Supervisor</th> : null}
                <th scope="col" className="px-4 py-3 text-right font-semibold">Active clients</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {team.map((member) => (
                <tr key={member.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/team/${member.id}`}>{member.name}</Link>
                    {member.deactivated ? <span className="ml-2"><Badge>Deactivated</Badge></span> : null}
                  </th>
                  <td className="px-4 py-3 text-slate-700">{member.role === 'supervisor' ? 'Supervisor' : 'Therapist'}</td>
                  {isAdmin ? <td className="px-4 py-3 text-slate-700">{member.supervisorName ?? '—'}</td> : null}
                  <td className="px-4 py-3 text-right tabular-nums">{member.activeClients}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
