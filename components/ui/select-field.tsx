import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';
import { FieldError } from './field';

/** A labelled select with its hint and error next to it, wired like TextField. */
export function SelectField({
  label,
  name,
  error,
  hint,
  idPrefix,
  className,
  children,
  ...select
}: { label: string; name: string; error?: string; hint?: ReactNode; idPrefix?: string; children: ReactNode } & Omit<ComponentProps<'select'>, 'name' | 'id' | 'children'>) {
  const id = `${idPrefix ? `${idPrefix}-` : ''}${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={cx('mt-1 block min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm', error ? 'border-red-700' : 'border-slate-400')}
        {...select}
      >
        {children}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A checkbox with its label beside it and an optional hint. */
export function CheckboxField({ label, name, hint, error, idPrefix, ...input }: { label: string; name: string; hint?: ReactNode; error?: string; idPrefix?: string } & Omit<ComponentProps<'input'>, 'name' | 'id' | 'type'>) {
  const id = `${idPrefix ? `${idPrefix}-` : ''}${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <div className="flex items-start gap-3">
        <input id={id} name={name} type="checkbox" aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="mt-0.5 size-5 shrink-0 accent-brand-700" {...input} />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="ml-8 mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
