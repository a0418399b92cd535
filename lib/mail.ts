import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@/lib/env';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to the text (reminders carry both). */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on reminders. */
  headers?: Record<string, string>;
  /** Small text attachments, e.g. a session's .ics calendar file. */
  attachments?: { filename: string; content: string; contentType: string }[];
}

/**
 * How email leaves the server: `smtp` (SMTP_URL), `outbox` (MAIL_OUTBOX, a file that stands in
 * for a mailbox in tests) or `log` (neither set: the message is printed in the server log and
 * appended to `<data dir>/mail.log`, so the demo works without a mail server).
 */
export type MailTransport = 'smtp' | 'outbox' | 'log';

export interface MailReceipt {
  delivered: MailTransport;
}

export function mailTransport(): MailTransport {
  const { SMTP_URL, MAIL_OUTBOX } = env();
  if (SMTP_URL) return 'smtp';
  if (MAIL_OUTBOX) return 'outbox';
  return 'log';
}

let transport: Promise<{ sendMail(message: MailMessage & { from: string }): Promise<unknown> }> | undefined;
let transportUrl: string | undefined;

function appendJsonLine(file: string, message: MailMessage): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...message })}\n`, { mode: 0o600 });
}

/** Sends an email by the configured transport (see MailTransport). Throws when SMTP refuses it. */
export async function sendMail(message: MailMessage): Promise<MailReceipt> {
  const { SMTP_URL, MAIL_FROM, MAIL_OUTBOX } = env();
  const how = mailTransport();
  if (how === 'smtp' && SMTP_URL) {
    // A changed SMTP_URL (tests start their own server) gets a new transport.
    if (transportUrl !== SMTP_URL) transport = undefined;
    transportUrl = SMTP_URL;
    transport ??= import('nodemailer').then(({ createTransport }) => createTransport(SMTP_URL));
    await (await transport).sendMail({ ...message, from: MAIL_FROM });
  } else if (how === 'outbox' && MAIL_OUTBOX) {
    appendJsonLine(path.resolve(/*turbopackIgnore: true*/ MAIL_OUTBOX), message);
  } else {
    console.log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`);
    appendJsonLine(path.join(dataDir(), 'mail.log'), message);
  }
  return { delivered: how };
}
