/**
 * What a server action returns to a form through useActionState. Shared by the action wrapper
 * (server) and the form components (browser), so it holds plain data only.
 */
export interface FormState<TData = unknown> {
  status: 'idle' | 'success' | 'error';
  /** A summary for the top of the form (errors) or a confirmation (success). */
  message?: string;
  /** Messages next to each field, keyed by field name. */
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the person typed, so a failed submit keeps it (React resets forms after an action). */
  values?: Record<string, string>;
  /** On conflicts, the record as it is now; on success, whatever the action returns. */
  data?: TData;
  code?: 'invalid' | 'conflict' | 'not-found' | 'rate-limited';
  /** Changes on every submit so forms can re-key and pick up new default values. */
  submittedAt?: number;
}

export const idleFormState: FormState = { status: 'idle' };

export function firstError(state: FormState, field: string): string | undefined {
  return state.fieldErrors?.[field]?.[0];
}
