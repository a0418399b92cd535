import { Link } from '@/components/ui/link';
import { cx } from './ui/cx';

export type ClientTab = 'profile' | 'plan' | 'sessions';

// Goals first: opening a client lands on their goals (issue 17); the profile, with its
// discharge form, is the last tab.
const TABS: { id: ClientTab; label: string; path: string }[] = [
  { id: 'plan', label: 'Goals and plan', path: '/plan' },
  { id: 'sessions', label: 'Sessions and progress', path: '/sessions' },
  { id: 'profile', label: 'Profile', path: '' },
];

/** The sections of a client's record, as links (each is its own page). */
export function ClientTabs({
  clientId,
  active,
  tabs = ['plan', 'sessions', 'profile'],
}: {
  clientId: string;
  active: ClientTab;
  tabs?: ClientTab[];
}) {
  return (
    <nav aria-label="Client record" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-1">
        {TABS.filter((tab) => tabs.includes(tab.id)).map((tab) => (
          <li key={tab.id}>
            <Link
              href={`/clients/${clientId}${tab.path}`}
              aria-current={tab.id === active ? 'page' : undefined}
              className={cx(
                'inline-block border-b-2 px-3 py-2 text-sm font-medium no-underline hover:no-underline',
                tab.id === active
                  ? 'border-brand-700 text-brand-800'
                  : 'border-transparent text-slate-700 hover:border-slate-300',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
