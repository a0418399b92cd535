import type { ReactNode } from 'react';
import { FieldError, FieldHint, fieldIds, fieldWiring } from './ui/field';
import { cx } from './ui/cx';

export interface ScaleOption {
  value: string;
  /** What is printed in the box. */
  label: ReactNode;
  /** Extra words for screen readers (e.g. "not at all met" after "0"). */
  srLabel?: string;
}

/**
 * Each box is at least 44 × 44 px (WCAG 2.5.8, and the 44 px tap size): one row where there is
 * room, and on a 360 px phone a 0–10 scale wraps onto two rows instead of shrinking the boxes.
 */
const MIN_TARGET = '2.75rem';

/**
 * A question answered by choosing one box: a 0–10 rating, a 1–5 clarity, a PHQ-9 answer.
 * Real radio buttons (keyboard and screen readers work as usual, no JavaScript needed), drawn
 * as boxes big enough to tap, with the question as the group's legend and its error next to it.
 */
export function ChoiceScale({
  legend,
  name,
  options,
  defaultValue,
  error,
  hint,
  anchors,
  columns,
  idPrefix,
  legendClassName,
}: {
  legend: ReactNode;
  name: string;
  options: readonly ScaleOption[];
  defaultValue?: string | null;
  error?: string;
  hint?: ReactNode;
  /** Words under the two ends of the scale, e.g. ["Not at all met", "Fully met"]. */
  anchors?: [string, string];
  /** Grid classes for the boxes; defaults to one row. */
  columns?: string;
  idPrefix?: string;
  legendClassName?: string;
}) {
  // The same ids and wiring as every field (components/ui/field.tsx), drawn as boxes.
  const { id, hintId, errorId } = fieldIds(name, idPrefix);
  const wiring = fieldWiring(name, idPrefix, hint, error);
  return (
    <fieldset
      role="radiogroup"
      aria-describedby={wiring['aria-describedby']}
      aria-invalid={wiring['aria-invalid']}
      className="min-w-0"
    >
      <legend className={cx('text-sm font-medium text-slate-900', legendClassName)}>{legend}</legend>
      <FieldHint id={hintId} hint={hint} />
      <div
        className={cx('mt-2 grid gap-1', columns)}
        style={columns ? undefined : { gridTemplateColumns: `repeat(auto-fit, minmax(${MIN_TARGET}, 1fr))` }}
      >
        {options.map((option, index) => (
          <label key={option.value} className="relative block">
            {/* The first choice carries the question's id: an error summary links to it. */}
            <input
              id={index === 0 ? id : undefined}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              className="peer sr-only"
            />
            <span
              className={cx(
                'flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border px-1 py-1.5 ' +
                  'text-center text-sm font-medium text-slate-800',
                'peer-checked:border-brand-800 peer-checked:bg-brand-700 peer-checked:text-white',
                'peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-900',
                'hover:border-brand-700',
                error ? 'border-red-700' : 'border-slate-400 bg-white',
              )}
            >
              {option.label}
              {option.srLabel ? <span className="sr-only">, {option.srLabel}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {anchors ? (
        <div aria-hidden="true" className="mt-1 flex justify-between text-xs text-slate-600">
          <span>{anchors[0]}</span>
          <span>{anchors[1]}</span>
        </div>
      ) : null}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** 0–10 progress on a goal (Goal-Based Outcome). */
export const PROGRESS_OPTIONS: ScaleOption[] = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: String(n),
  srLabel: n === 0 ? 'not at all met' : n === 10 ? 'fully met' : undefined,
}));

/** "How clear is this goal to you?" 1–5. */
export const CLARITY_OPTIONS: ScaleOption[] = [
  { value: '1', label: '1', srLabel: 'not clear at all' },
  { value: '2', label: '2' },
  { value: '3', label: '3' },
  { value: '4', label: '4' },
  { value: '5', label: '5', srLabel: 'completely clear' },
];
