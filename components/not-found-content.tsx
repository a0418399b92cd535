import { Link } from '@/components/ui/link';

/**
 * What a missing (or forbidden) page says. Inside a layout that already has the page's <main>
 * (staff, portal, account) it is rendered as is; the root not-found page wraps it in the one
 * <main> itself, so no page ever has two.
 */
export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-slate-700">It may have moved, or you may not have access to it.</p>
      <p className="mt-6">
        <Link href="/">Go to your home page</Link>
      </p>
    </div>
  );
}
