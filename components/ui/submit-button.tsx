'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { buttonClasses, type ButtonVariant } from './button';

/**
 * A form's submit button that shows it is working and cannot be pressed twice. With `name` and
 * `value` (a form with two buttons, e.g. "Save for later" and "Send"), only the button that was
 * pressed shows its pending label.
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className,
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending, data } = useFormStatus();
  const pressed = pending && (name === undefined || data?.get(name) === value);
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={buttonClasses(variant, className)}
    >
      {pressed ? (
        <>
          <span
            aria-hidden="true"
            className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent"
          />
          <span role="status">{pendingLabel}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
