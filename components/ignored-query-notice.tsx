import { Alert } from './ui/alert';

const LABELS: Record<string, string> = {
  q: 'search',
  search: 'search',
  person: 'person',
  client: 'client',
  action: 'action',
  filter: 'filter',
  sort: 'sort order',
  dir: 'sort direction',
  page: 'page number',
  role: 'role',
  session: 'session',
  outcome: 'outcome',
  from: 'from date',
  to: 'to date',
};

/**
 * A short note when part of the page's address could not be used (hidden or control
 * characters, far too long): the page shows its normal view instead of an error (ADR 13).
 */
export function IgnoredQueryNotice({ ignored }: { ignored: readonly string[] }) {
  if (ignored.length === 0) return null;
  const names = ignored.map((key) => LABELS[key] ?? key).join(', ');
  return (
    <Alert tone="warning">
      Part of this page’s address could not be used and was ignored ({names}). Showing the usual view instead.
    </Alert>
  );
}
