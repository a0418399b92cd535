import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { SignOutButton } from '@/components/sign-out-button';
import { homePathFor } from '@/lib/auth/principal';
import { verifySession } from '@/lib/auth/session';

const PORTAL_LINKS = [
  { href: '/portal', label: 'Home' },
  { href: '/portal/goals', label: 'Goals' },
  { href: '/portal/plan', label: 'Plan' },
];

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
        <nav aria-label="Portal" className="mx-auto max-w-2xl px-2 pb-1">
          <ul className="flex gap-1 text-sm font-medium">
            {PORTAL_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-flex min-h-11 items-center rounded-md px-3 text-slate-800 hover:bg-brand-50">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
