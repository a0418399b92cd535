import { Link } from '@/components/ui/link';
import { buttonClasses } from './ui/button';
import { LIMITS } from '@/lib/validation/limits';

/** A plain GET search box: works without JavaScript and keeps the query in the URL. */
export function SearchForm({
  label,
  defaultValue,
  action,
  hiddenFields = {},
}: {
  label: string;
  defaultValue: string;
  action: string;
  hiddenFields?: Record<string, string | undefined>;
}) {
  return (
    <form role="search" action={action} className="mb-4 flex flex-wrap items-end gap-2">
      {Object.entries(hiddenFields).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className="min-w-0 flex-1 sm:max-w-sm">
        <label htmlFor="search" className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <input
          id="search"
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={LIMITS.searchQuery}
          className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base"
        />
      </div>
      <button type="submit" className={buttonClasses('secondary')}>
        Search
      </button>
      {defaultValue ? (
        <Link href={action} className={buttonClasses('quiet')}>
          Clear search
        </Link>
      ) : null}
    </form>
  );
}
