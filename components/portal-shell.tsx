import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { SignOutButton } from './sign-out-button';

/** The client portal's frame: phone-first, one column, the person's name linking to their account. */
export function PortalShell({
  name,
  children,
  showHome = true,
  nav,
}: {
  name: string;
  children: ReactNode;
  showHome?: boolean;
  nav?: ReactNode;
}) {
  return (
    <div className="min-h-dvh bg-gradient-to-b from-brand-50 to-slate-50">
      <header className="border-b border-brand-100 bg-white/80">
        <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          {showHome ? (
            <Link href="/portal" className="text-lg font-semibold text-brand-800 no-underline">
              Accord
            </Link>
          ) : (
            <span className="text-lg font-semibold text-brand-800">Accord</span>
          )}
          <div className="flex items-center gap-1 text-sm">
            <Link
              href="/account"
              className="rounded-md px-3 py-2 font-medium text-slate-800 no-underline hover:underline"
            >
              <span className="sr-only">Your account: </span>
              {name}
            </Link>
            <SignOutButton />
          </div>
        </div>
        {nav}
      </header>
      <main id="main" className="mx-auto max-w-2xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
