import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { StaffNav } from '@/components/staff-nav';
import { verifySession } from '@/lib/auth/session';

/** The staff shell. Access to each page's data is decided again by the data layer. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (!principal) redirect('/sign-in');
  if (principal.role === 'client') redirect('/portal');
  return (
    <>
      <StaffNav principal={principal} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
