import 'server-only';
import { absoluteUrl } from '@/lib/links';
import type { MailMessage } from '@/lib/mail';
import { wallClock, type ReminderKind } from '@/lib/domain/reminders/schedule';
import { unsubscribeToken } from './unsubscribe-token';

/*
 * The words of each reminder, plain text and HTML. No clinical content ever: no goal text,
 * no scores, no answers; emails to staff name no client ("a client on your caseload"). Each
 * says what is due, when on the organisation's clock, and links to the page.
 */

export interface ReminderFacts {
  kind: ReminderKind;
  to: string;
  recipientUserId: string;
  timeZone: string;
  organizationName: string;
  /** Session reminders: when (shown on the organisation's clock). */
  sessionStart?: Date;
  sessionId?: string;
  clientId?: string;
  /** Team digest: counts only. */
  digest?: { openRiskFlags: number; notOnTrack: number; reviewsOverdue: number; checkInRate: number | null };
  ics?: string;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function when(start: Date, timeZone: string): string {
  const clock = wallClock(start, timeZone);
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long' }).format(start);
  return `${WEEKDAYS[clock.weekday]} ${date} at ${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`;
}

function content(facts: ReminderFacts): { subject: string; lines: string[]; action: string; path: string } {
  const at = facts.sessionStart ? when(facts.sessionStart, facts.timeZone) : '';
  const checkIn = facts.sessionId ? `/portal/check-in?session=${facts.sessionId}` : '/portal/check-in';
  switch (facts.kind) {
    case 'check-in-open':
      return {
        subject: 'Your check-in is open',
        lines: [
          `You have a check-in waiting before your session on ${at}.`,
          'It takes a few minutes and helps you and your therapist see how things are going.',
        ],
        action: 'Open your check-in',
        path: checkIn,
      };
    case 'check-in-due':
      return {
        subject: 'Your session is tomorrow: your check-in is waiting',
        lines: [`Your session is on ${at}, and your check-in is not in yet.`],
        action: 'Open your check-in',
        path: checkIn,
      };
    case 'session':
      return {
        subject: `Reminder: your session on ${at}`,
        lines: [`This is a reminder of your session on ${at}.`, 'The attached calendar file adds it to your calendar.'],
        action: 'See your portal',
        path: '/portal',
      };
    case 'steps-nudge':
      return {
        subject: 'A moment to tick off your steps?',
        lines: [
          'You have steps in your plan and none were ticked off this week. Ticking them off helps you see what you have done.',
        ],
        action: 'Open your steps',
        path: '/portal/steps',
      };
    case 'plan-review-soon':
      return {
        subject: 'Accord: a plan review is due in 7 days',
        lines: ['A plan on your caseload is due for review in 7 days.'],
        action: 'Open the plan',
        path: `/clients/${facts.clientId}/plan`,
      };
    case 'plan-review-overdue':
      return {
        subject: 'Accord: a plan review is overdue',
        lines: ['A plan on your caseload is past its review date.'],
        action: 'Open the plan',
        path: `/clients/${facts.clientId}/plan`,
      };
    case 'first-check-in':
      return {
        subject: 'Accord: a client sent their first check-in',
        lines: ['A client on your caseload sent their first check-in.'],
        action: 'Open their sessions',
        path: `/clients/${facts.clientId}/sessions`,
      };
    case 'team-digest': {
      const d = facts.digest ?? { openRiskFlags: 0, notOnTrack: 0, reviewsOverdue: 0, checkInRate: null };
      return {
        subject: 'Accord: your weekly team digest',
        lines: [
          'Your team this week:',
          `Open risk flags: ${d.openRiskFlags}`,
          `Clients not on track: ${d.notOnTrack}`,
          `Plan reviews overdue: ${d.reviewsOverdue}`,
          `Check-ins completed: ${d.checkInRate === null ? 'none due' : `${Math.round(d.checkInRate * 100)}%`}`,
        ],
        action: 'Open the team dashboard',
        path: '/team',
      };
    }
  }
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The email for a reminder, with its one-click unsubscribe link (List-Unsubscribe, RFC 8058). */
export function reminderEmail(facts: ReminderFacts): MailMessage {
  const { subject, lines, action, path } = content(facts);
  const link = absoluteUrl(path);
  const token = unsubscribeToken(facts.recipientUserId, facts.kind);
  // The page (a button) for people; the one-click POST address (RFC 8058) for mail apps.
  const unsubscribe = absoluteUrl(`/unsubscribe/${token}`);
  const oneClick = absoluteUrl(`/api/unsubscribe/${token}`);
  const preferences =
    facts.kind === 'team-digest' || facts.kind.startsWith('plan-') || facts.kind === 'first-check-in'
      ? '/account'
      : '/portal/reminders';
  const text = [
    ...lines,
    '',
    `${action}:`,
    link,
    '',
    '—',
    `You get this because reminders are on for your account at ${facts.organizationName}.`,
    `Stop these emails: ${unsubscribe}`,
    `Choose which reminders you get: ${absoluteUrl(preferences)}`,
    '',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;color:#0f172a;line-height:1.5">',
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(link)}" style="color:#0f766e">${escapeHtml(action)}</a></p>`,
    `<hr><p style="font-size:14px;color:#334155">You get this because reminders are on for your account at ` +
      `${escapeHtml(facts.organizationName)}. `,
    `<a href="${escapeHtml(unsubscribe)}">Stop these emails</a> · <a ` +
      `href="${escapeHtml(absoluteUrl(preferences))}">Choose which reminders you get</a></p>`,
    '</body></html>',
  ].join('\n');
  return {
    to: facts.to,
    subject,
    text,
    html,
    headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    attachments: facts.ics
      ? [{ filename: 'session.ics', content: facts.ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
      : undefined,
  };
}
