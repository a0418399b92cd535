import type { ReactNode } from 'react';
import { cx } from './cx';

export function Card({
  title,
  children,
  className,
  headingLevel = 2,
  actions,
}: {
  title?: string;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={cx('rounded-xl border border-slate-200 bg-white p-5 shadow-sm', className)}>
      {title ? (
        <div className="mb-3 flex items-center justify-between gap-2">
          <Heading className="text-lg font-semibold text-slate-900">{title}</Heading>
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
