import type { ReactNode } from 'react';
import { cx } from './cx';

const tones = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  good: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  warn: 'bg-amber-50 text-amber-950 ring-amber-300',
  bad: 'bg-red-50 text-red-900 ring-red-300',
  info: 'bg-sky-50 text-sky-900 ring-sky-300',
} as const;

export function Badge({ tone = 'neutral', children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return (
    <span
      className={cx(
        'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
