import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { verifySession } from '@/lib/auth/session';

/**
 * Printable documents (ADR 0018): no navigation, just the document and a toolbar that does not
 * print. Who may see which document is decided by the data layer on every read, as everywhere.
 */
export default async function PrintLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (!principal) redirect('/sign-in');
  return (
    <main id="main" className="px-4 py-6 print:p-0">
      {children}
    </main>
  );
}
