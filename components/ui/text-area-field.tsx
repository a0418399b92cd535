import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';
import { FieldError } from './field';

/** A labelled multi-line text box with its hint and error next to it (same wiring as TextField). */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  idPrefix,
  className,
  ...textarea
}: { label: string; name: string; error?: string; hint?: ReactNode; idPrefix?: string } & Omit<ComponentProps<'textarea'>, 'name' | 'id'>) {
  const id = `${idPrefix ? `${idPrefix}-` : ''}${name}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {textarea.required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx('mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm', error ? 'border-red-700' : 'border-slate-400')}
        {...textarea}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
