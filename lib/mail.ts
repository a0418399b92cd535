import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, env } from '@/lib/env';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailReceipt {
  delivered: 'smtp' | 'log';
}

let transport: Promise<{ sendMail(message: MailMessage & { from: string }): Promise<unknown> }> | undefined;

/**
 * Sends an email over SMTP when SMTP_URL is configured. Without it (the demo, tests) the message
 * is written to the server log and appended as one JSON line to `<data dir>/mail.log`, so links
 * in it can still be followed.
 */
export async function sendMail(message: MailMessage): Promise<MailReceipt> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= import('nodemailer').then(({ createTransport }) => createTransport(SMTP_URL));
    await (await transport).sendMail({ ...message, from: MAIL_FROM });
    return { delivered: 'smtp' };
  }
  const entry = { at: new Date().toISOString(), ...message };
  console.log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`);
  const file = path.join(dataDir(), 'mail.log');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);
  return { delivered: 'log' };
}
