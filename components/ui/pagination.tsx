import { Link } from '@/components/ui/link';

/** Previous/next links that keep the current search parameters. */
export function Pagination({
  page,
  pageCount,
  total,
  basePath,
  params = {},
}: {
  page: number;
  pageCount: number;
  total: number;
  basePath: string;
  params?: Record<string, string | undefined>;
}) {
  if (pageCount <= 1)
    return <p className="mt-4 text-sm text-slate-700">{total === 1 ? '1 result' : `${total} results`}</p>;
  const href = (target: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    search.set('page', String(target));
    return `${basePath}?${search.toString()}`;
  };
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-slate-700">
      <p>
        Page {page} of {pageCount} · {total} results
      </p>
      <div className="flex gap-3">
        {page > 1 ? <Link href={href(page - 1)}>Previous page</Link> : null}
        {page < pageCount ? <Link href={href(page + 1)}>Next page</Link> : null}
      </div>
    </nav>
  );
}
