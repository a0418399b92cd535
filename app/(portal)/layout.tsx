import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { PortalNav } from '@/components/portal-nav';
import { SignOutButton } from '@/components/sign-out-button';
import { homePathFor } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';

/** The client portal: phone-first, one column, plain words. */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const principal = await verifySession();
  if (!principal) redirect('/sign-in');
  if (principal.role !== 'client') redirect(homePathFor(principal.role));
  return (
    <div className="min-h-dvh bg-gradient-to-b from-brand-50 to-slate-50">
      <header className="border-b border-brand-100 bg-white/80">
        <div className="mx-auto flex max-w-2xl items-center justify-between px-4 py-3">
          <Link href="/portal" className="text-lg font-semibold text-brand-800 no-underline">
            Accord
          </Link>
          <SignOutButton />
        </div>
        <PortalNav />
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
