/**
 * "Remind me in 90 days", bound to the browser: the calendar file with this report's link, the check's
 * and a compare link holding this report as the older check, saved as a download. Fetched when a reader
 * first asks for a reminder, with the calendar and compare-link code it needs.
 */
import { reminderCompareFragment } from '../../compare/reminder-link';
import { buildReminderIcs } from '../../share/ics';
import { saveFile } from '../report/save-file';

/** A unique id for a calendar event; `crypto.randomUUID` exists only on secure pages, so there is a fallback. */
function eventUid(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${random}@ai-team-check`;
}

/** Downloads the reminder for the report at `shareUrl` (`…/report/#<payload>`); `base` is the site's base path. */
export function downloadReminder(shareUrl: string, base: string): void {
  const now = new Date();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const overTime = reminderCompareFragment(shareUrl.slice(shareUrl.indexOf('#') + 1), today);
  const ics = buildReminderIcs({
    shareUrl,
    checkUrl: new URL(`${base}check/`, window.location.href).href,
    compareUrl: new URL(`${base}compare/#${overTime}`, window.location.href).href,
    now,
    today,
    uid: eventUid(),
  });
  saveFile('ai-team-check-reminder.ics', new Blob([ics], { type: 'text/calendar' }));
}
