import type { ComponentProps, ReactNode } from 'react';
import { cx } from './cx';

/*
 * The one field kit: `Field` draws a label, an "(optional)" marker, a hint and an error around a
 * control and wires them for screen readers (`aria-describedby`, `aria-invalid`); TextField,
 * TextAreaField, SelectField, CheckboxField and RadioGroupField are built on it. Each control's
 * id is `<idPrefix>-<name>` (the error summary links to it), its hint `<id>-hint` and its error
 * `<id>-error`.
 */

interface FieldProps {
  label: string;
  name: string;
  error?: string;
  hint?: ReactNode;
  /** Makes ids unique when one page has two forms with the same field names. */
  idPrefix?: string;
}

/** What a control needs to be wired to its label, hint and error. */
export interface FieldWiring {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function fieldIds(name: string, idPrefix?: string) {
  const id = `${idPrefix ? `${idPrefix}-` : ''}${name}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

export function fieldWiring(
  name: string,
  idPrefix: string | undefined,
  hint: ReactNode,
  error: string | undefined,
): FieldWiring {
  const { id, hintId, errorId } = fieldIds(name, idPrefix);
  return {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined,
  };
}

const controlClasses =
  'mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-500 min-h-11';
const borderClasses = (error: string | undefined) => (error ? 'border-red-700' : 'border-slate-400');

/** A label (with "(optional)" unless required), a hint, the control and its error. */
export function Field({
  label,
  name,
  error,
  hint,
  idPrefix,
  required,
  className,
  children,
}: FieldProps & { required?: boolean; className?: string; children: (wiring: FieldWiring) => ReactNode }) {
  const { id, hintId, errorId } = fieldIds(name, idPrefix);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      <FieldHint id={hintId} hint={hint} />
      {children(fieldWiring(name, idPrefix, hint, error))}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

export function FieldHint({ id, hint, className }: { id: string; hint?: ReactNode; className?: string }) {
  if (!hint) return null;
  return (
    <p id={id} className={cx('mt-0.5 text-sm text-slate-600', className)}>
      {hint}
    </p>
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

/** A labelled input with its hint and its error next to it. */
export function TextField({
  label,
  name,
  error,
  hint,
  idPrefix,
  className,
  ...input
}: FieldProps & Omit<ComponentProps<'input'>, 'name' | 'id'>) {
  return (
    <Field
      label={label}
      name={name}
      error={error}
      hint={hint}
      idPrefix={idPrefix}
      required={input.required}
      className={className}
    >
      {(wiring) => <input name={name} {...wiring} className={cx(controlClasses, borderClasses(error))} {...input} />}
    </Field>
  );
}

/** A labelled multi-line text box. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  idPrefix,
  className,
  rows = 3,
  ...textarea
}: FieldProps & Omit<ComponentProps<'textarea'>, 'name' | 'id'>) {
  return (
    <Field
      label={label}
      name={name}
      error={error}
      hint={hint}
      idPrefix={idPrefix}
      required={textarea.required}
      className={className}
    >
      {(wiring) => (
        <textarea
          name={name}
          rows={rows}
          {...wiring}
          className={cx(controlClasses, 'min-h-20', borderClasses(error))}
          {...textarea}
        />
      )}
    </Field>
  );
}

/** A labelled choice from a list: `options` (with `emptyLabel` for "not chosen" as the first), or `<option>` children. */
export function SelectField({
  label,
  name,
  error,
  hint,
  idPrefix,
  className,
  options,
  emptyLabel,
  children,
  ...select
}: FieldProps &
  Omit<ComponentProps<'select'>, 'name' | 'id'> & {
    options?: readonly { value: string; label: string }[];
    emptyLabel?: string;
  }) {
  return (
    <Field
      label={label}
      name={name}
      error={error}
      hint={hint}
      idPrefix={idPrefix}
      required={select.required}
      className={className}
    >
      {(wiring) => (
        <select name={name} {...wiring} className={cx(controlClasses, borderClasses(error))} {...select}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it, its hint and its error. */
export function CheckboxField({
  label,
  name,
  hint,
  error,
  idPrefix,
  ...input
}: FieldProps & Omit<ComponentProps<'input'>, 'name' | 'id' | 'type'>) {
  const wiring = fieldWiring(name, idPrefix, hint, error);
  const { hintId, errorId } = fieldIds(name, idPrefix);
  return (
    <div>
      <div className="flex items-start gap-3">
        <input name={name} type="checkbox" {...wiring} className="mt-0.5 size-5 shrink-0 accent-brand-700" {...input} />
        <label htmlFor={wiring.id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <FieldHint id={hintId} hint={hint} className="ml-8" />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/**
 * A question answered by one of a few radio buttons, as a fieldset with the question as its
 * legend; the first button carries the field's id (the error summary links to it).
 */
export function RadioGroupField({
  legend,
  name,
  options,
  defaultValue,
  error,
  hint,
  idPrefix,
  className,
}: Omit<FieldProps, 'label'> & {
  legend: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  defaultValue?: string | null;
  className?: string;
}) {
  const wiring = fieldWiring(name, idPrefix, hint, error);
  const { hintId, errorId } = fieldIds(name, idPrefix);
  return (
    <fieldset aria-describedby={wiring['aria-describedby']} aria-invalid={wiring['aria-invalid']} className={className}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {options.map((option, index) => (
          <label
            key={option.value}
            className={
              'flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 ' +
              'py-2 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50'
            }
          >
            <input
              id={index === 0 ? wiring.id : undefined}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              className="size-4 accent-brand-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
