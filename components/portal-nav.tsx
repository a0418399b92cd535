'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { cx } from './ui/cx';

const ITEMS = [
  { href: '/portal', label: 'Home' },
  { href: '/portal/goals', label: 'My goals' },
  { href: '/portal/plan', label: 'My plan' },
  { href: '/portal/check-in', label: 'Check in' },
  { href: '/portal/steps', label: 'Steps' },
  { href: '/portal/progress', label: 'Progress' },
];

/**
 * The portal's sections; the current one is marked for screen readers and by an underline.
 * On a phone the six sit in two rows of three, so none hides off the edge of the screen.
 */
export function PortalNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Portal" className="mx-auto max-w-2xl px-4">
      <ul className="-mb-px grid grid-cols-3 gap-x-1 sm:flex sm:gap-1">
        {ITEMS.map((item) => {
          const current = item.href === '/portal' ? pathname === '/portal' : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={cx(
                  'flex min-h-11 items-center justify-center border-b-2 px-3 py-2 text-sm font-medium ' +
                    'whitespace-nowrap no-underline hover:no-underline sm:justify-start',
                  current
                    ? 'border-brand-700 text-brand-800'
                    : 'border-transparent text-slate-700 hover:border-slate-300',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
