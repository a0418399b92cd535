/**
 * A session as an iCalendar (RFC 5545) event: the time, length and the clinic's name, nothing
 * clinical. The UID stays the same when the session moves, so calendars update the one event.
 */
export function sessionIcs(input: {
  sessionId: string;
  start: Date;
  durationMinutes: number;
  organizationName: string;
  now: Date;
  cancelled?: boolean;
}): string {
  const stamp = (date: Date) =>
    date
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const end = new Date(input.start.getTime() + input.durationMinutes * 60_000);
  const text = (value: string) =>
    value
      .replace(/\\/g, '\\\\')
      .replace(/[;,]/g, (c) => `\\${c}`)
      .replace(/\r?\n/g, '\\n');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Accord//Session reminder//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.cancelled ? 'CANCEL' : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:session-${input.sessionId}@accord`,
    `DTSTAMP:${stamp(input.now)}`,
    `DTSTART:${stamp(input.start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${text(`Session at ${input.organizationName}`)}`,
    `STATUS:${input.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
