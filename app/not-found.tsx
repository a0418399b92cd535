import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">We could not find that page</h1>
      <p className="mt-2 text-slate-700">It may have moved, or you may not have access to it.</p>
      <p className="mt-6">
        <Link href="/">Go to your home page</Link>
      </p>
    </main>
  );
}
