import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { e2eDataDir } from './run-config';

interface LoggedMail {
  at: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
}

/** The e2e server has no mail server: it appends each email as a JSON line to <data dir>/mail.log. */
export function mailLog(): LoggedMail[] {
  const file = path.join(e2eDataDir, 'mail.log');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LoggedMail);
}

/** Reminders (issue 13) carry List-Unsubscribe; invitation and reset emails never do. */
export function isReminder(mail: LoggedMail): boolean {
  return Boolean(mail.headers?.['List-Unsubscribe']);
}

/** Waits for a reminder to this address with this subject and returns it. */
export async function reminderMail(to: string, subject: string): Promise<LoggedMail> {
  let found: LoggedMail | undefined;
  await expect
    .poll(() => (found = mailLog().find((m) => m.to === to && m.subject === subject && isReminder(m))), {
      message: `a reminder "${subject}" to ${to}`,
      timeout: 45_000,
    })
    .toBeDefined();
  return found!;
}

/**
 * Waits for an email to this address (after `since`) and returns the first link in it (reminders, sent by the job
 * queue at any moment, are not it).
 */
export async function linkFromLatestMail(to: string, since: Date): Promise<string> {
  let link = '';
  await expect
    .poll(
      () => {
        const mail = mailLog()
          .filter((m) => m.to === to && new Date(m.at) >= since && !isReminder(m))
          .at(-1);
        link = mail?.text.match(/https?:\/\/\S+/)?.[0] ?? '';
        return link;
      },
      { message: `an email with a link to ${to}` },
    )
    .not.toBe('');
  return link;
}
