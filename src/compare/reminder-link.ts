import { encodeCompareLink } from './compare-link';

/** A calendar day, as the reminder's `.ics` takes it. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The compare link's fragment that a reminder carries: this report as the older of one team's checks
 * over time, labelled with the day it was made (`2026-12-01`), so the report made in 90 days can be
 * pasted below it.
 */
export function reminderCompareFragment(payload: string, today: CalendarDay): string {
  const label = [today.year, today.month, today.day].map((n) => String(n).padStart(2, '0')).join('-');
  return encodeCompareLink([{ label, payload }], 'over-time');
}
