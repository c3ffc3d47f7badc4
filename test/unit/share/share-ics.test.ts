import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildReminderIcs, escapeText, foldLine, reminderDescription } from '../../../src/share/ics';

const SHARE = 'https://example.org/tools/ai-team-check/report/#1pG21bd0Bpf09CY';
const CHECK = 'https://example.org/tools/ai-team-check/check/';
const input = {
  shareUrl: SHARE,
  checkUrl: CHECK,
  now: new Date(Date.UTC(2025, 0, 15, 8, 30, 5)),
  today: { year: 2025, month: 1, day: 15 },
  uid: '6f1c1e0e-8c1a-4f5e-9d55-1c0d7f2b9a11@ai-team-check',
};

/** Undoes folding (RFC 5545 §3.1): a CRLF followed by one space joins two lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '');
const octets = (line: string) => new TextEncoder().encode(line).length;
/** The value of the first property with this name, unfolded and unescaped. */
function property(ics: string, name: string): string | undefined {
  const line = unfold(ics)
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  if (!line) return undefined;
  const value = line.slice(line.indexOf(':') + 1);
  return value.replace(/\\(n|N|\\|;|,)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('escapeText', () => {
  test.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['line one\nline two', 'line one\\nline two'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['plain text: fine', 'plain text: fine'],
  ])('escapes %j as %j', (raw, escaped) => {
    expect(escapeText(raw)).toBe(escaped);
  });
});

describe('foldLine', () => {
  test('leaves a line of 75 octets whole', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  test('folds a long line into pieces of at most 75 octets, continuations starting with one space', () => {
    const line = `DESCRIPTION:${'a'.repeat(300)}`;
    const pieces = foldLine(line).split('\r\n');
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(octets(piece)).toBeLessThanOrEqual(75);
    for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  test('never splits a multi-byte character, and unfolds to the original for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldLine(`SUMMARY:${text}`);
        for (const piece of folded.split('\r\n')) {
          expect(octets(piece)).toBeLessThanOrEqual(75);
          expect(piece.isWellFormed()).toBe(true);
        }
        expect(unfold(folded)).toBe(`SUMMARY:${text}`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildReminderIcs', () => {
  const ics = buildReminderIcs(input);

  test('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  test('is one calendar with one event and one alarm, properly nested', () => {
    const lines = unfold(ics).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.indexOf('BEGIN:VALARM')).toBeGreaterThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  test('carries the UID it was given and a UTC DTSTAMP of now', () => {
    expect(property(ics, 'UID')).toBe(input.uid);
    expect(property(ics, 'DTSTAMP')).toBe('20250115T083005Z');
  });

  test('falls as an all-day event 90 days after today', () => {
    expect(unfold(ics)).toContain('DTSTART;VALUE=DATE:20250415');
    expect(unfold(ics)).toContain('DTEND;VALUE=DATE:20250416');
  });

  test.each([
    [{ year: 2024, month: 12, day: 31 }, 90, '20250331'],
    [{ year: 2024, month: 1, day: 1 }, 90, '20240331'], // a leap year
    [{ year: 2025, month: 3, day: 30 }, 1, '20250331'], // across a daylight-saving change in Europe
    [{ year: 2025, month: 10, day: 3 }, 90, '20260101'],
  ])('counts days on the calendar: %j + %i days is %s', (today, days, expected) => {
    expect(unfold(buildReminderIcs({ ...input, today, days }))).toContain(`DTSTART;VALUE=DATE:${expected}`);
  });

  test('holds the share link and the link to take the check again in its description', () => {
    const description = property(ics, 'DESCRIPTION');
    expect(description).toBe(reminderDescription(SHARE, CHECK));
    expect(description).toContain(SHARE);
    expect(description).toContain(CHECK);
    expect(property(ics, 'URL')).toBe(SHARE);
  });

  test('offers a compare link with this report as the older check, when given one', () => {
    const compareUrl = 'https://example.org/tools/ai-team-check/compare/#over-time.2025-01-15~1pG21bd0Bpf09CY';
    const description = property(buildReminderIcs({ ...input, compareUrl }), 'DESCRIPTION');
    expect(description).toContain(compareUrl);
    expect(description).toContain(SHARE);
  });

  test('escapes what a TEXT value must escape, so commas in a link survive', () => {
    const odd = buildReminderIcs({ ...input, shareUrl: 'https://x.test/a,b;c\\d/report/#1abc' });
    expect(unfold(odd)).toContain('a\\,b\\;c\\\\d');
    expect(property(odd, 'DESCRIPTION')).toContain('https://x.test/a,b;c\\d/report/#1abc');
  });
});
