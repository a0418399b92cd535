'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { cx } from './ui/cx';

const SECTIONS = [
  { href: '/admin', label: 'People' },
  { href: '/admin/invitations', label: 'Invitations' },
  { href: '/admin/supervision', label: 'Supervision' },
  { href: '/admin/settings', label: 'Settings' },
  { href: '/admin/emails', label: 'Emails' },
  { href: '/admin/audit', label: 'Audit log' },
];

/** The administration sections, as links; the current one is marked for screen readers too. */
export function AdminNav() {
  const pathname = usePathname();
  const current = (href: string) =>
    href === '/admin' ? pathname === '/admin' || pathname.startsWith('/admin/people') : pathname.startsWith(href);
  return (
    <nav aria-label="Administration" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={current(section.href) ? 'page' : undefined}
              className={cx(
                'inline-block border-b-2 px-3 py-2 text-sm font-medium no-underline hover:no-underline',
                current(section.href)
                  ? 'border-brand-700 text-brand-800'
                  : 'border-transparent text-slate-700 hover:border-slate-300',
              )}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
