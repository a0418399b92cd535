import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

interface FieldProps {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
  /** Makes ids unique when one page has two forms with the same field names. */
  idPrefix?: string;
}

const inputClasses =
  'mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 min-h-11';

function ids(name: string, idPrefix?: string) {
  const id = `${idPrefix ? `${idPrefix}-` : ''}${name}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

function describedBy(hint: ReactNode, error: string | undefined, hintId: string, errorId: string): string | undefined {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

/** A labelled input with its hint and its error next to it, wired for screen readers. */
export function TextField({ label, name, error, hint, idPrefix, className, ...input }: FieldProps & Omit<ComponentProps<'input'>, 'name' | 'id'>) {
  const { id, hintId, errorId } = ids(name, idPrefix);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {input.required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
        className={cx(inputClasses, error ? 'border-red-700' : 'border-slate-400')}
        {...input}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

/** A labelled multi-line text box, wired like TextField. */
export function TextAreaField({ label, name, error, hint, idPrefix, className, rows = 3, ...textarea }: FieldProps & Omit<ComponentProps<'textarea'>, 'name' | 'id'>) {
  const { id, hintId, errorId } = ids(name, idPrefix);
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
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
        className={cx(inputClasses, 'min-h-20', error ? 'border-red-700' : 'border-slate-400')}
        {...textarea}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A labelled choice from a list; an empty first option means "not chosen". */
export function SelectField({
  label,
  name,
  error,
  hint,
  idPrefix,
  className,
  options,
  emptyLabel,
  ...select
}: FieldProps & Omit<ComponentProps<'select'>, 'name' | 'id'> & { options: readonly { value: string; label: string }[]; emptyLabel?: string }) {
  const { id, hintId, errorId } = ids(name, idPrefix);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {select.required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint, error, hintId, errorId)}
        className={cx(inputClasses, error ? 'border-red-700' : 'border-slate-400')}
        {...select}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
