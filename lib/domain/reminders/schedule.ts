/*
 * Reminder schedule (issue 13): which reminder is due, when it may be sent on the
 * organisation's clock (never inside its quiet hours), and whether a reminder planned
 * earlier is still worth sending. Pure: `now` and every fact are passed in.
 *
 * A reminder is planned with the facts it was about (the session's time, say). When it is
 * about to go out those facts are read again: a session moved or cancelled, or a check-in
 * sent in the meantime, makes it stale and it is dropped, never sent.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const CLIENT_REMINDER_KINDS = ['check-in-open', 'check-in-due', 'session', 'steps-nudge'] as const;
export const STAFF_REMINDER_KINDS = [
  'plan-review-soon',
  'plan-review-overdue',
  'first-check-in',
  'team-digest',
] as const;
export const REMINDER_KINDS = [...CLIENT_REMINDER_KINDS, ...STAFF_REMINDER_KINDS] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** On unless the person (or the organisation) switched it off; the weekly steps nudge starts off. */
export const REMINDER_DEFAULT_ON: Record<ReminderKind, boolean> = {
  'check-in-open': true,
  'check-in-due': true,
  session: true,
  'steps-nudge': false,
  'plan-review-soon': true,
  'plan-review-overdue': true,
  'first-check-in': true,
  'team-digest': true,
};

/** Words for each kind, for preference forms and the delivery log (no clinical content). */
export const REMINDER_LABELS: Record<ReminderKind, string> = {
  'check-in-open': 'When a check-in opens before a session',
  'check-in-due': 'A day before a session, if the check-in is not in',
  session: 'Session reminder with a calendar file',
  'steps-nudge': 'A weekly nudge to tick off steps',
  'plan-review-soon': 'A plan review is due in 7 days',
  'plan-review-overdue': 'A plan review is overdue',
  'first-check-in': 'A client’s first check-in came in',
  'team-digest': 'Weekly team digest (supervisors)',
};

/** The kinds a person may receive, by role. Risk emails are not reminders and are not listed. */
export function reminderKindsFor(role: 'admin' | 'supervisor' | 'therapist' | 'client'): ReminderKind[] {
  if (role === 'client') return [...CLIENT_REMINDER_KINDS];
  if (role === 'supervisor') return ['plan-review-soon', 'plan-review-overdue', 'first-check-in', 'team-digest'];
  if (role === 'therapist') return ['plan-review-soon', 'plan-review-overdue', 'first-check-in'];
  return [];
}

export function isReminderKind(value: string): value is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(value);
}

/** Local wall-clock minutes after midnight, e.g. 21:00 → 1260. */
export interface QuietHours {
  /** 'HH:MM' local: quiet from this time… */
  start: string;
  /** …until this time (may be the next day). start === end means no quiet hours. */
  end: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

export const CHECK_IN_OPEN_BEFORE_MS = 7 * DAY_MS;
export const CHECK_IN_DUE_BEFORE_MS = DAY_MS;
export const SESSION_REMINDER_BEFORE_MS = 2 * DAY_MS;
export const PLAN_REVIEW_SOON_DAYS = 7;
/** A first check-in older than this is history, not news. */
export const FIRST_CHECK_IN_NEWS_MS = 7 * DAY_MS;

function minutesOf(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new RangeError(`Not a time: ${hhmm}`);
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) throw new RangeError(`Not a time: ${hhmm}`);
  return hours * 60 + minutes;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an instant in a time zone. */
export function wallClock(
  instant: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')),
    minute: Number(part('minute')),
    weekday,
  };
}

/**
 * The instant a wall-clock time occurs in a time zone. A time skipped by a daylight-saving
 * change lands just after the gap; a repeated one takes the first occurrence.
 */
export function instantAt(
  local: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const seen = wallClock(new Date(guess), timeZone);
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    const drift = seenAsUtc - asUtc;
    if (drift === 0) break;
    guess -= drift;
  }
  return new Date(guess);
}

/** Whether an instant falls inside the quiet hours on the organisation's clock. */
export function inQuietHours(instant: Date, quiet: QuietHours, timeZone: string): boolean {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  const clock = wallClock(instant, timeZone);
  const at = clock.hour * 60 + clock.minute;
  return start < end ? at >= start && at < end : at >= start || at < end;
}

/** The first moment at or after `instant` outside the quiet hours (the end of the quiet hours it falls in). */
export function firstSendableMoment(instant: Date, quiet: QuietHours, timeZone: string): Date {
  if (!inQuietHours(instant, quiet, timeZone)) return instant;
  const end = minutesOf(quiet.end);
  const clock = wallClock(instant, timeZone);
  const at = clock.hour * 60 + clock.minute;
  // Quiet hours that run past midnight end tomorrow when we are before midnight.
  const endsTomorrow = at >= end;
  const day = new Date(Date.UTC(clock.year, clock.month - 1, clock.day + (endsTomorrow ? 1 : 0)));
  return instantAt(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: Math.floor(end / 60),
      minute: end % 60,
    },
    timeZone,
  );
}

/** What a reminder is about, as it stood when it was planned or as it stands now. */
export type ReminderSubject =
  | {
      kind: 'check-in-open' | 'check-in-due' | 'session';
      sessionId: string;
      scheduledAt: string;
      sessionStatus: 'scheduled' | 'attended' | 'cancelled' | 'no-show';
      checkInSubmitted: boolean;
    }
  | { kind: 'plan-review-soon' | 'plan-review-overdue'; clientId: string; reviewDate: string | null; today: string }
  | { kind: 'first-check-in'; clientId: string; firstSubmittedAt: string | null }
  | { kind: 'steps-nudge'; clientId: string; week: string; hasObjectives: boolean; tickedThisWeek: boolean }
  | { kind: 'team-digest'; supervisorId: string; week: string };

/** When a reminder becomes due and until when it is worth sending (null: no end). */
export function reminderWindow(subject: ReminderSubject): { dueAt: Date; until: Date | null } | null {
  switch (subject.kind) {
    case 'check-in-open':
    case 'check-in-due':
    case 'session': {
      if (subject.sessionStatus !== 'scheduled' || (subject.checkInSubmitted && subject.kind !== 'session'))
        return null;
      const start = Date.parse(subject.scheduledAt);
      if (subject.kind === 'check-in-open')
        return { dueAt: new Date(start - CHECK_IN_OPEN_BEFORE_MS), until: new Date(start - CHECK_IN_DUE_BEFORE_MS) };
      if (subject.kind === 'check-in-due')
        return { dueAt: new Date(start - CHECK_IN_DUE_BEFORE_MS), until: new Date(start) };
      return { dueAt: new Date(start - SESSION_REMINDER_BEFORE_MS), until: new Date(start) };
    }
    case 'plan-review-soon':
    case 'plan-review-overdue': {
      if (!subject.reviewDate) return null;
      const review = Date.parse(`${subject.reviewDate}T00:00:00Z`);
      // Calendar dates compared as dates: due on a day, not at an hour.
      const today = Date.parse(`${subject.today}T00:00:00Z`);
      if (subject.kind === 'plan-review-soon') {
        const dueDay = review - PLAN_REVIEW_SOON_DAYS * DAY_MS;
        return today >= dueDay && today < review ? { dueAt: new Date(0), until: null } : null;
      }
      return today > review ? { dueAt: new Date(0), until: null } : null;
    }
    case 'first-check-in':
      if (!subject.firstSubmittedAt) return null;
      return {
        dueAt: new Date(subject.firstSubmittedAt),
        until: new Date(Date.parse(subject.firstSubmittedAt) + FIRST_CHECK_IN_NEWS_MS),
      };
    case 'steps-nudge':
      return subject.hasObjectives && !subject.tickedThisWeek ? { dueAt: new Date(0), until: null } : null;
    case 'team-digest':
      return { dueAt: new Date(0), until: null };
  }
}

/** The key that makes a reminder unique: the same facts never produce a second email. */
export function reminderKey(subject: ReminderSubject): string {
  switch (subject.kind) {
    case 'check-in-open':
    case 'check-in-due':
    case 'session':
      // The time is part of the key: a moved session is a new reminder (and the old one goes stale).
      return `${subject.kind}:${subject.sessionId}:${new Date(subject.scheduledAt).toISOString()}`;
    case 'plan-review-soon':
    case 'plan-review-overdue':
      return `${subject.kind}:${subject.clientId}:${subject.reviewDate}`;
    case 'first-check-in':
      return `first-check-in:${subject.clientId}`;
    case 'steps-nudge':
      return `steps-nudge:${subject.clientId}:${subject.week}`;
    case 'team-digest':
      return `team-digest:${subject.supervisorId}:${subject.week}`;
  }
}

export interface ReminderPlan {
  key: string;
  /** When it may go out: the due time, or the end of the quiet hours it fell in. */
  sendAt: Date;
  until: Date | null;
}

/**
 * Plans a reminder: due now or later, sent outside quiet hours, and dropped when the end of
 * the quiet hours is already past its relevance (a check-in reminder that would reach the
 * client after the session started is not sent at all).
 */
export function planReminder(
  subject: ReminderSubject,
  now: Date,
  quiet: QuietHours,
  timeZone: string,
): ReminderPlan | null {
  const window = reminderWindow(subject);
  if (!window) return null;
  if (window.until && now.getTime() >= window.until.getTime()) return null;
  const due = window.dueAt.getTime() > now.getTime() ? window.dueAt : now;
  const sendAt = firstSendableMoment(due, quiet, timeZone);
  if (window.until && sendAt.getTime() >= window.until.getTime()) return null;
  return { key: reminderKey(subject), sendAt, until: window.until };
}

/**
 * At send time: is the planned reminder still the one the current facts call for? A moved or
 * cancelled session, a check-in sent meanwhile, a review date changed, or quiet hours now → no.
 * `'later'` means it is still wanted but now falls in quiet hours (send it at their end).
 */
export function stillDue(
  plannedKey: string,
  current: ReminderSubject | null,
  now: Date,
  quiet: QuietHours,
  timeZone: string,
): 'send' | 'later' | 'stale' {
  if (!current) return 'stale';
  const window = reminderWindow(current);
  if (!window || reminderKey(current) !== plannedKey) return 'stale';
  if (window.until && now.getTime() >= window.until.getTime()) return 'stale';
  if (inQuietHours(now, quiet, timeZone)) {
    const at = firstSendableMoment(now, quiet, timeZone);
    return window.until && at.getTime() >= window.until.getTime() ? 'stale' : 'later';
  }
  return 'send';
}

/** ISO week of an instant on the organisation's calendar, e.g. '2026-W49' (weekly reminders are keyed by it). */
export function isoWeekIn(instant: Date, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // Thursday of this week
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((date.getTime() - yearStart) / (7 * DAY_MS));
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Weekly reminders (steps nudge, team digest) go on Monday from the end of quiet hours. */
export function isWeeklySendDay(now: Date, timeZone: string): boolean {
  return wallClock(now, timeZone).weekday === 1;
}
