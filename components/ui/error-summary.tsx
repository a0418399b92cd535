'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { FormState } from '@/lib/form-state';

/**
 * The one way a form says it was refused (the GOV.UK error summary): "There is a problem" at
 * the top, the form's message, and every field's problem at once as a link to that field
 * (`#<field id>`, the ids `components/ui/field.tsx` gives). After each refused submit the summary
 * takes focus and scrolls into view, so a keyboard or screen-reader user starts from the list.
 * Problems are listed in the order of the fields on the page; one without a field on this form
 * (a hidden value, the whole form) is listed as plain text.
 */
export function ErrorSummary({
  state,
  idPrefix,
  message = state.message,
  children,
}: {
  state: FormState<unknown>;
  /** The prefix the form's fields were given (see `idPrefix` in components/ui/field.tsx). */
  idPrefix?: string;
  /** Instead of the action's message. */
  message?: string;
  /** More words under the message, e.g. what the person had typed before a conflict. */
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const refused = state.status === 'error';
  const problems = refused ? problemsOf(state.fieldErrors, idPrefix) : [];
  const [placed, setPlaced] = useState<{ key: string; order: string[]; linked: Set<string> } | null>(null);
  const placementKey = `${state.submittedAt ?? 0}:${problems.map((p) => p.targetId).join(',')}`;

  // Where each field sits on the page is known once it is drawn: order the list like the form.
  useLayoutEffect(() => {
    if (!refused) return;
    const elements = new Map(problems.map((p) => [p.targetId, document.getElementById(p.targetId)]));
    const linked = new Set([...elements].filter(([, element]) => element !== null).map(([id]) => id));
    const order = problems
      .map((p) => p.targetId)
      .sort((a, b) => {
        const first = elements.get(a);
        const second = elements.get(b);
        if (!first || !second) return first ? -1 : second ? 1 : 0;
        return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      });
    setPlaced({ key: placementKey, order, linked });
    // placementKey sums up the problems; they are rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placementKey, refused]);

  useEffect(() => {
    if (!refused || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: 'start' });
  }, [refused, state.submittedAt]);

  if (!refused) return null;
  const current = placed?.key === placementKey ? placed : null;
  const ordered = current ? current.order.map((id) => problems.find((p) => p.targetId === id)!) : problems;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      className={
        'rounded-lg border-2 border-red-700 bg-white px-4 py-3 text-sm text-slate-900 focus:outline-3 ' +
        'focus:outline-offset-2 focus:outline-brand-900'
      }
      data-testid="error-summary"
    >
      <h2 id={headingId} className="text-base font-semibold text-red-800">
        There is a problem
      </h2>
      {message && !problems.some((p) => p.message === message) ? <p className="mt-1">{message}</p> : null}
      {children ? <div className="mt-1">{children}</div> : null}
      {ordered.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {ordered.map((problem) => (
            <li key={problem.targetId}>
              {!current || current.linked.has(problem.targetId) ? (
                <a
                  href={`#${problem.targetId}`}
                  className="font-medium text-red-800 underline"
                  onClick={(event) => focusField(event, problem.targetId)}
                >
                  {problem.message}
                </a>
              ) : (
                problem.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

interface Problem {
  targetId: string;
  message: string;
}

function problemsOf(fieldErrors: FormState['fieldErrors'], idPrefix: string | undefined): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [field, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const targetId = `${idPrefix ? `${idPrefix}-` : ''}${field}`;
    if (seen.has(targetId)) continue;
    seen.add(targetId);
    problems.push({ targetId, message });
  }
  return problems;
}

/** Moves focus to the field and shows its label or question with it (the link alone would hide the label above the top edge). */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const question =
    field instanceof HTMLInputElement && field.type === 'radio'
      ? field.closest('fieldset')?.querySelector('legend')
      : document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (question ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
}
