import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { e2eDataDir } from './run-config';

interface LoggedMail {
  at: string;
  to: string;
  subject: string;
  text: string;
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

/** Waits for an email to this address (after `since`) and returns the first link in it. */
export async function linkFromLatestMail(to: string, since: Date): Promise<string> {
  let link = '';
  await expect
    .poll(() => {
      const mail = mailLog()
        .filter((m) => m.to === to && new Date(m.at) >= since)
        .at(-1);
      link = mail?.text.match(/https?:\/\/\S+/)?.[0] ?? '';
      return link;
    }, { message: `an email with a link to ${to}` })
    .not.toBe('');
  return link;
}
