import { Link } from '@/components/ui/link';
import type { Principal } from '@/lib/auth/principal';
import { ROLE_LABELS } from '@/lib/auth/principal';
import { SignOutButton } from './sign-out-button';

interface NavItem {
  href: string;
  label: string;
}

export function staffNavItems(role: Principal['role']): NavItem[] {
  const items: NavItem[] = [];
  if (role === 'therapist' || role === 'supervisor') items.push({ href: '/caseload', label: 'Caseload' });
  if (role === 'supervisor' || role === 'admin') items.push({ href: '/team', label: 'Team' });
  if (role === 'admin') items.push({ href: '/admin', label: 'Admin' });
  return items;
}

/** The top bar for therapists, supervisors and admins. */
export function StaffNav({ principal }: { principal: Principal }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-brand-800 no-underline">
          Accord
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-1">
            {staffNavItems(principal.role).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded-md px-3 py-2 text-sm font-medium text-slate-800 no-underline hover:bg-slate-100"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <Link href="/account" className="text-slate-800 no-underline hover:underline">
            <span className="sr-only">Your account: </span>
            {principal.name} <span className="text-slate-600">· {ROLE_LABELS[principal.role]}</span>
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
