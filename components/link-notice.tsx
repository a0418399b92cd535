import type { LinkDelivery } from '@/lib/data/invitations';
import { Alert } from './ui/alert';

export interface SentLink {
  email: string;
  delivered: LinkDelivery['delivered'];
  link: string | null;
}

/**
 * Says what happened to a link we sent. When the email did not go out (no mail server is set
 * up, or it refused), the sender gets the link to pass on themselves if they may see it (never a
 * link into a client's account outside the demo, never one for an administrator: ADR 13); it is
 * shown once and is not stored anywhere.
 */
export function LinkNotice({ sent, what, idPrefix }: { sent: SentLink; what: string; idPrefix: string }) {
  if (sent.delivered === 'smtp' || sent.delivered === 'outbox') {
    return (
      <Alert tone="success">
        We emailed {what} to {sent.email}.
      </Alert>
    );
  }
  if (!sent.link) {
    if (sent.delivered === 'log') {
      return (
        <Alert tone="success">
          Email is not set up on this server, so {what} for {sent.email} was written to the server log.
        </Alert>
      );
    }
    return (
      <Alert tone="warning" title="The email could not be sent">
        {sent.delivered === 'failed'
          ? `Our mail server refused the message to ${sent.email}. Try again later.`
          : `Email is not set up on this server, so nothing was sent to ${sent.email}. Ask whoever runs Accord to set up email (SMTP_URL).`}
      </Alert>
    );
  }
  const fieldId = `${idPrefix}-link`;
  return (
    <Alert
      tone={sent.delivered === 'failed' ? 'warning' : 'success'}
      title={sent.delivered === 'failed' ? 'The email could not be sent' : 'Link ready to share'}
    >
      <p>
        {sent.delivered === 'failed'
          ? `Our mail server refused the message. Give ${sent.email} this link yourself:`
          : `Email is not set up on this server, so give ${sent.email} this link yourself (it is also in the server log):`}
      </p>
      <label htmlFor={fieldId} className="mt-2 block font-medium">
        Link for {sent.email}
      </label>
      <input
        id={fieldId}
        readOnly
        value={sent.link}
        className="mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900"
      />
      <p className="mt-1">It works once. Anyone with it can use it, so share it privately.</p>
    </Alert>
  );
}
