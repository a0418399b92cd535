import type { SyncState } from '@/lib/device-drafts/sync';

export const DRAFT_STATUS_TEXT: Record<Exclude<SyncState, 'refused'>, string> = {
  saving: 'Saving…',
  saved: 'Saved',
  offline: "You're offline — your answers are kept on this phone and will be sent when you're back online",
  'signed-out': "You've been signed out — your answers are kept on this phone and will be sent when you sign in again",
};

/**
 * Where a form's answers stand (ADR 10), said politely to screen readers: always in the page,
 * empty until there is something to say, so the first change is announced too.
 */
export function DraftStatusLine({
  status,
  texts = DRAFT_STATUS_TEXT,
}: {
  status: { state: SyncState | 'idle'; message?: string };
  texts?: Partial<Record<SyncState, string>>;
}) {
  const text =
    status.state === 'idle'
      ? ''
      : status.state === 'refused'
        ? (status.message ?? '')
        : (texts[status.state] ?? DRAFT_STATUS_TEXT[status.state]);
  const tone =
    status.state === 'offline' || status.state === 'signed-out'
      ? 'border-amber-300 bg-amber-50'
      : status.state === 'refused'
        ? 'border-red-200 bg-red-50'
        : 'border-slate-200 bg-white';
  return (
    <p
      role="status"
      data-testid="draft-status"
      className={text ? `rounded-lg border px-3 py-2 text-sm text-slate-900 ${tone}` : 'sr-only'}
    >
      {text}
    </p>
  );
}
