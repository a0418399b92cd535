import type { ReactNode } from 'react';

/** The calm, centred frame of the pages people see before they are signed in. */
export function AuthPage({
  title,
  intro,
  children,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-md">
        <div className="mb-8 text-center">
          <p className="text-3xl font-semibold tracking-tight text-brand-800">Accord</p>
          <h1 className="mt-2 text-xl font-semibold text-slate-900">{title}</h1>
          {intro ? <div className="mt-2 text-slate-700">{intro}</div> : null}
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        {footer ? <div className="mt-6 text-center text-sm text-slate-700">{footer}</div> : null}
      </div>
    </main>
  );
}
