import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getDb } from '@/db/client';
import { emailDeliveries, organizations, therapySessions } from '@/db/schema';
import { escalateOverdueRiskFlags } from '@/lib/data/internal/flag-upkeep';
import { deliverReminder, planReminders } from '@/lib/data/internal/reminder-jobs';
import { unsubscribe } from '@/lib/data/reminders';
import { JOBS, startJobQueue, type JobQueue } from '@/lib/jobs/queue';
import { startTestSmtpServer, type ReceivedMail } from '../support/smtp';
import { createFixture, type Fixture } from './fixtures';
import { addFlag, addTherapySession, DAY, fromNow, HOUR } from './sessions-fixtures';

/*
 * Reminders end to end below the browser: the real job queue (pg-boss) and a real SMTP server
 * (smtp-server) that nodemailer talks to, on the test database.
 */

let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
let f: Fixture;
const queues: JobQueue[] = [];

/** The test database's URL (PostgreSQL), or null on the embedded database. */
async function databaseUrl(): Promise<string | null> {
  const client = (await getDb()) as unknown as { $client: { options?: { connectionString?: string } } };
  return client.$client.options?.connectionString ?? null;
}

async function worker(options: { retryLimit?: number } = {}): Promise<JobQueue> {
  const queue = await startJobQueue({
    connectionString: await databaseUrl(),
    db: await getDb(),
    schedule: false,
    pollingIntervalSeconds: 0.5,
    retryLimit: options.retryLimit ?? 2,
    retryDelaySeconds: 1,
  });
  queues.push(queue);
  return queue;
}

async function deliveriesOf(userId: string) {
  const db = await getDb();
  return db.select().from(emailDeliveries).where(eq(emailDeliveries.recipientUserId, userId));
}

/** A header as sent (unfolded), e.g. "<https://…>" for List-Unsubscribe. */
function header(mail: ReceivedMail, name: string): string | undefined {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.replace(/\r?\n[ \t]+/g, ' ')
    .slice(name.length + 1)
    .trim();
}

function unsubscribeTokenOf(mail: Parameters<typeof header>[0]): string {
  return /\/unsubscribe\/([^>\s]+)>/.exec(header(mail, 'List-Unsubscribe') ?? '')![1]!;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'Accord <reminders@accord.test>';
  process.env.AUTH_SECRET ??= 'integration-test-secret-of-at-least-32-characters';
  f = await createFixture('remind');
  // No quiet hours here: the run must not depend on the hour it happens at.
  const db = await getDb();
  for (const id of [f.orgA, f.orgB]) {
    await db
      .update(organizations)
      .set({ settings: { reminders: { kinds: {}, quietHours: { start: '00:00', end: '00:00' } } } })
      .where(eq(organizations.id, id));
  }
}, 60_000);

afterAll(async () => {
  for (const queue of queues) await queue.stop();
  await smtp?.close();
});

describe('two workers on one database', () => {
  test('each due reminder is delivered exactly once, with headers, text and HTML and no clinical words', async () => {
    const session = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(3 * DAY));
    const [one, two] = [await worker(), await worker()];
    const db = await getDb();
    // Both plan at once, each queueing what it inserted, on its own worker.
    const [a, b] = await Promise.all([planReminders(db, new Date()), planReminders(db, new Date())]);
    const planned = [...a, ...b].filter((p) => p.id);
    for (const p of a) await one.queueSend(p.id, p.sendAt);
    for (const p of b) await two.queueSend(p.id, p.sendAt);
    // The same row queued on both workers too: still one email.
    for (const p of a) await two.queueSend(p.id, p.sendAt);
    const mine = (await deliveriesOf(f.users.clientA.id)).filter((d) => d.dedupeKey.includes(session));
    expect(mine.map((d) => d.kind)).toEqual(['check-in-open']);
    expect(planned.filter((p) => p.id === mine[0]!.id)).toHaveLength(1);
    await until(
      async () => (await deliveriesOf(f.users.clientA.id)).every((d) => d.status === 'sent'),
      'the reminder to be sent',
    );
    const mails = smtp.to(f.users.clientA.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.parsed.subject).toBe('Your check-in is open');
    expect(mail.parsed.text).toContain('You have a check-in waiting before your session on');
    expect(mail.parsed.text).toContain(`/portal/check-in?session=${session}`);
    expect(mail.parsed.html).toContain(`/portal/check-in?session=${session}`);
    const unsubscribeHeader = header(mail, 'List-Unsubscribe') ?? '';
    expect(unsubscribeHeader).toMatch(
      /^<http:\/\/localhost:\d+\/api\/unsubscribe\/[0-9a-f-]{36}\.check-in-open\.[A-Za-z0-9_-]{43}>$/,
    );
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    for (const clinical of [/PHQ/i, /GAD/i, /score/i, /goal/i, /risk/i, /Alex Client/])
      expect(mail.raw).not.toMatch(clinical);
  });

  test('a session reminder carries the session as an .ics calendar file', async () => {
    const start = new Date(Math.ceil((Date.now() + 40 * HOUR) / 60_000) * 60_000);
    const session = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, start);
    const one = queues[0]!;
    for (const p of await planReminders(await getDb(), new Date(), f.orgA)) await one.queueSend(p.id, p.sendAt);
    await until(
      () =>
        Promise.resolve(
          smtp.to(f.users.clientA.email).some((m) => m.parsed.subject?.startsWith('Reminder: your session')),
        ),
      'the session reminder',
    );
    const mail = smtp.to(f.users.clientA.email).find((m) => m.parsed.subject?.startsWith('Reminder: your session'))!;
    const ics = mail.parsed.attachments.find((a) => a.filename === 'session.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const body = ics!.content.toString('utf8');
    expect(body).toContain(`UID:session-${session}@accord`);
    expect(body).toContain(
      `DTSTART:${start
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '')}`,
    );
    expect(body).not.toMatch(/goal|PHQ|score/i);
  });
});

describe('failures, unsubscribing and staleness', () => {
  test('a refused send is retried with backoff and then marked failed', async () => {
    const session = await addTherapySession(f.orgA, f.clients.b, f.users.therapistB.id, fromNow(4 * DAY));
    smtp.state.refuse = true;
    const queue = queues[0]!;
    for (const p of await planReminders(await getDb(), new Date(), f.orgA)) await queue.queueSend(p.id, p.sendAt);
    const mine = async () => (await deliveriesOf(f.users.clientB.id)).find((d) => d.dedupeKey.includes(session))!;
    await until(async () => (await mine()).status === 'failed', 'the reminder to be marked failed');
    smtp.state.refuse = false;
    const row = await mine();
    expect(row.attempts).toBe(3); // the first try and two retries
    expect(row.sentAt).toBeNull();
    expect(row.lastError).toMatch(/451|busy/i);
    expect(smtp.to(f.users.clientB.email)).toHaveLength(0);
  });

  test('unsubscribing stops that kind at once, even for one already queued', async () => {
    const queued = await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(6 * DAY));
    const db = await getDb();
    const planned = await planReminders(db, new Date(), f.orgA);
    const row = (await deliveriesOf(f.users.clientA.id)).find((d) => d.dedupeKey.includes(queued))!;
    expect(planned.map((p) => p.id)).toContain(row.id);
    const token = unsubscribeTokenOf(smtp.to(f.users.clientA.email)[0]!);
    const { label } = await unsubscribe({ token });
    expect(label).toContain('check-in opens');
    const before = smtp.received.length;
    expect(await deliverReminder(db, row.id, new Date(), { lastTry: false })).toEqual({ outcome: 'skipped' });
    // And nothing new of that kind is planned.
    await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(6.5 * DAY));
    const after = await planReminders(db, new Date(), f.orgA);
    const kinds = (
      await db.select().from(emailDeliveries).where(eq(emailDeliveries.recipientUserId, f.users.clientA.id))
    )
      .filter((d) => after.some((p) => p.id === d.id))
      .map((d) => d.kind);
    expect(kinds).not.toContain('check-in-open');
    expect(smtp.received.length).toBe(before);
  });

  test('a tampered unsubscribe link changes nothing', async () => {
    const token = unsubscribeTokenOf(smtp.to(f.users.clientA.email)[0]!);
    const tampered = token.replace('check-in-open', 'session');
    await expect(unsubscribe({ token: tampered })).rejects.toMatchObject({ code: 'invalid' });
    // The kind the link named is untouched: a new session is still planned a session reminder.
    await addTherapySession(f.orgA, f.clients.a, f.users.therapistA.id, fromNow(36 * HOUR));
    const planned = await planReminders(await getDb(), new Date(), f.orgA);
    const kinds = (await deliveriesOf(f.users.clientA.id))
      .filter((d) => planned.some((p) => p.id === d.id))
      .map((d) => d.kind);
    expect(kinds).toContain('session');
  });

  test('a session moved after its reminder was queued: the old reminder is not sent', async () => {
    const db = await getDb();
    const session = await addTherapySession(f.orgA, f.clients.b, f.users.therapistB.id, fromNow(2 * DAY + 12 * HOUR));
    await planReminders(db, new Date(), f.orgA);
    const row = (await deliveriesOf(f.users.clientB.id)).find(
      (d) => d.dedupeKey.includes(session) && d.kind === 'check-in-open',
    )!;
    await db
      .update(therapySessions)
      .set({ scheduledAt: fromNow(5 * DAY) })
      .where(eq(therapySessions.id, session));
    expect(await deliverReminder(db, row.id, new Date(), { lastTry: false })).toEqual({ outcome: 'skipped' });
    // A second run of the same job does nothing at all.
    expect(await deliverReminder(db, row.id, new Date(), { lastTry: false })).toEqual({ outcome: 'not-mine' });
  });
});

test('the 24-hour risk escalation, run by both workers, reaches the supervisor exactly once', async () => {
  await addFlag(f.orgA, f.clients.a, 'risk', fromNow(-25 * HOUR));
  const [one, two] = queues as [JobQueue, JobQueue];
  const ids = [await one.boss.send(JOBS.flagUpkeep, {}), await two.boss.send(JOBS.flagUpkeep, {})].filter(
    (id): id is string => id !== null,
  );
  await Promise.all([escalateOverdueRiskFlags(new Date()), escalateOverdueRiskFlags(new Date())]);
  await until(async () => {
    const jobs = await Promise.all(ids.map((id) => one.boss.getJobById(JOBS.flagUpkeep, id)));
    return jobs.every((job) => job?.state === 'completed');
  }, 'the upkeep jobs');
  const escalations = smtp
    .to(f.users.supervisorOfA.email)
    .filter((m) => m.parsed.subject?.includes('not been acknowledged for 24 hours'));
  expect(escalations).toHaveLength(1);
  // Not a reminder: no unsubscribe header.
  expect(escalations[0]!.parsed.headers.get('list-unsubscribe')).toBeUndefined();
});
