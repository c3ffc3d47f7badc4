/**
 * A calendar reminder as an iCalendar file (RFC 5545): one all-day event some days ahead whose
 * description holds the report's share link and the link to take the check again. Pure: the caller
 * passes the clock and a unique id, so the same input gives the same file.
 */

/** What the reminder needs. */
export interface ReminderInput {
  /** The report's share link, opened again from the event. */
  shareUrl: string;
  /** The link to take the check again. */
  checkUrl: string;
  /** A compare link holding this report as the older check, for the new report to be added to. */
  compareUrl?: string | undefined;
  /** Now: stamped on the event (DTSTAMP, in UTC). */
  now: Date;
  /** The local calendar date the days are counted from, as year, month (1–12) and day. */
  today: { year: number; month: number; day: number };
  /** A globally unique id for the event, e.g. from `crypto.randomUUID()`. */
  uid: string;
  /** How many days ahead the event falls; 90 unless told. */
  days?: number;
}

/** RFC 5545 §3.1: content lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line into pieces of at most 75 octets of UTF-8, each continuation starting with a
 * space (which counts towards its 75), never splitting a character.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A DATE value (yyyymmdd) for a date given in UTC fields. */
function dateValue(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** A UTC DATE-TIME value (yyyymmddThhmmssZ). */
function utcDateTime(date: Date): string {
  return `${dateValue(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** The local calendar date `days` after `today`, carried in a Date's UTC fields (no time zone can shift it). */
function addDays(today: ReminderInput['today'], days: number): Date {
  return new Date(Date.UTC(today.year, today.month - 1, today.day + days));
}

/** The text of the event's description: why, then the links. */
export function reminderDescription(shareUrl: string, checkUrl: string, compareUrl?: string): string {
  return [
    'Time to check your AI team again.',
    `Your last report: ${shareUrl}`,
    `Take the check again: ${checkUrl}`,
    compareUrl
      ? `Then see what improved and what got worse: open ${compareUrl} and add the new report's link below the old one.`
      : 'Then compare the two reports to see what improved and what got worse.',
  ].join('\n');
}

/** The reminder as an .ics file's text: CRLF line ends, folded lines, one all-day VEVENT with a morning alarm. */
export function buildReminderIcs({ shareUrl, checkUrl, compareUrl, now, today, uid, days = 90 }: ReminderInput): string {
  const start = addDays(today, days);
  const end = addDays(today, days + 1);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//AI Team Check//Re-check reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART;VALUE=DATE:${dateValue(start)}`,
    `DTEND;VALUE=DATE:${dateValue(end)}`,
    `SUMMARY:${escapeText('Re-check your AI team (AI Team Check)')}`,
    `DESCRIPTION:${escapeText(reminderDescription(shareUrl, checkUrl, compareUrl))}`,
    `URL:${shareUrl.replace(/[\u0000-\u001f\u007f]/g, '')}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText('Re-check your AI team')}`,
    // 09:00 on the day of an all-day event.
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
