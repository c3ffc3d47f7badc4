import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanLabel, MAX_COMPARED, MAX_LABEL_LENGTH, type CompareEntry } from '../../../src/compare/compare-entry';
import { decodeCompareLink, decodeLabel, encodeCompareLink, encodeLabel, MAX_COMPARE_FRAGMENT } from '../../../src/compare/compare-link';
import { BASE62_ALPHABET } from '../../../src/share/base62';
import fixtures from '../../fixtures/links-v1.json';

const payloads = fixtures.links.map((l) => l.payload);
const [p1, p2, p3] = payloads as [string, string, string];

const base62Payload = fc.string({ unit: fc.constantFrom(...BASE62_ALPHABET), minLength: 1, maxLength: 200 });
const anyLabel = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('Ana (CTO)', 'R&D, team 2', 'a.b~c#d%e_f', '  spaced   out  ', 'Zoë', '李雷', '🙂 lead', '\u202Eevil', 'x\n\ty'),
);

describe('encodeLabel', () => {
  test.each([
    ['Ana', 'Ana'],
    ['Head of data', 'Head_of_data'],
    ['R&D lead', 'R%26D_lead'],
    ['a.b~c', 'a%2Eb%7Ec'],
    ['snake_case', 'snake%5Fcase'],
    ['Zoë', 'Zo%C3%AB'],
  ])('writes %j as %j: letters, digits and - kept, space as _, the rest %XX', (label, encoded) => {
    expect(encodeLabel(label)).toBe(encoded);
    expect(decodeLabel(encoded)).toBe(label);
  });

  test('never writes a character that separates entries or ends a link', () => {
    fc.assert(
      fc.property(anyLabel, (label) => {
        expect(encodeLabel(label)).toMatch(/^[A-Za-z0-9_%-]*$/);
      }),
    );
  });
});

describe('cleanLabel', () => {
  test('drops control and direction-override characters and collapses white space', () => {
    expect(cleanLabel('  a\n\tb  ')).toBe('a b');
    expect(cleanLabel('\u202Eevil\u202C')).toBe('evil');
  });

  test(`keeps at most ${MAX_LABEL_LENGTH} characters, never half of one`, () => {
    expect(cleanLabel('x'.repeat(100))).toHaveLength(MAX_LABEL_LENGTH);
    const emoji = cleanLabel('🙂'.repeat(50));
    expect([...emoji]).toHaveLength(MAX_LABEL_LENGTH);
    expect(emoji.isWellFormed()).toBe(true);
  });

  test('turns anything but a string into no label', () => {
    expect(cleanLabel(undefined)).toBe('');
    expect(cleanLabel(42)).toBe('');
  });
});

describe('encodeCompareLink and decodeCompareLink', () => {
  test('write labelled payloads joined with dots, labels before a tilde', () => {
    const fragment = encodeCompareLink([
      { label: 'Ana', payload: p1 },
      { label: 'Head of data', payload: p2 },
      { label: '', payload: p3 },
    ]);
    expect(fragment).toBe(`Ana~${p1}.Head_of_data~${p2}.${p3}`);
    expect(decodeCompareLink(`#${fragment}`)).toEqual({
      mode: 'team',
      entries: [
        { label: 'Ana', payload: p1 },
        { label: 'Head of data', payload: p2 },
        { label: '', payload: p3 },
      ],
      problems: [],
    });
  });

  test('mark one team over time with a leading over-time segment, oldest first', () => {
    const fragment = encodeCompareLink([{ label: 'January', payload: p1 }, { label: 'April', payload: p2 }], 'over-time');
    expect(fragment).toBe(`over-time.January~${p1}.April~${p2}`);
    expect(decodeCompareLink(fragment).mode).toBe('over-time');
    expect(decodeCompareLink(fragment).entries.map((e) => e.label)).toEqual(['January', 'April']);
  });

  test('end the link in a letter or digit, so linkifiers keep all of it', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ label: anyLabel, payload: base62Payload }), { minLength: 1, maxLength: 12 }), (entries) => {
        expect(encodeCompareLink(entries)).toMatch(/[A-Za-z0-9]$/);
      }),
    );
  });

  test('round trip: decoding an encoded link gives back every payload and every cleaned label', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: anyLabel, payload: base62Payload }), { minLength: 1, maxLength: MAX_COMPARED }),
        fc.constantFrom('team' as const, 'over-time' as const),
        (entries: CompareEntry[], mode) => {
          const fragment = encodeCompareLink(entries, mode);
          expect(fragment.length).toBeLessThanOrEqual(MAX_COMPARE_FRAGMENT);
          expect(decodeCompareLink(`#${fragment}`)).toEqual({
            mode,
            entries: entries.map((e) => ({ label: cleanLabel(e.label), payload: e.payload })),
            problems: [],
          });
        },
      ),
      { numRuns: 2_000 },
    );
  });

  test(`keep the first ${MAX_COMPARED} links and say the rest were left out`, () => {
    const fragment = Array.from({ length: 15 }, (_, i) => `R${i}~${p1}`).join('.');
    const link = decodeCompareLink(fragment);
    expect(link.entries).toHaveLength(MAX_COMPARED);
    expect(link.problems).toEqual([`This compare link holds 15 reports; only the first ${MAX_COMPARED} are compared.`]);
  });

  test('refuse a fragment over the length cap before reading any of it', () => {
    const link = decodeCompareLink(`#${'a'.repeat(MAX_COMPARE_FRAGMENT + 1)}`);
    expect(link.entries).toEqual([]);
    expect(link.problems[0]).toMatch(/far longer/);
  });

  test('refuse a 1 MB fragment of entries the same way', () => {
    expect(decodeCompareLink(`#${'A~'.repeat(512 * 1024)}`)).toEqual(decodeCompareLink(`#${'a'.repeat(MAX_COMPARE_FRAGMENT + 1)}`));
  });

  test.each([
    ['an empty fragment', '', []],
    ['only dots', '#...', []],
    ['a trailing dot a linkifier left', `#Ana~${p1}.`, [{ label: 'Ana', payload: p1 }]],
    ['a broken percent escape in a label', `#Ana%E2~${p1}`, [{ label: '', payload: p1 }]],
    ['a label with no payload', '#Ana~', [{ label: 'Ana', payload: '' }]],
    ['a stray tilde in a label', `#a~b~${p1}`, [{ label: 'a~b', payload: p1 }]],
  ])('read %s without throwing', (_, hash, entries) => {
    expect(decodeCompareLink(hash).entries).toEqual(entries);
  });
});

describe('decodeCompareLink on hostile input (fuzz)', () => {
  const valid = encodeCompareLink([
    { label: 'Ana', payload: p1 },
    { label: 'Head of data', payload: p2 },
    { label: 'Zoë 🙂', payload: p3 },
  ]);
  /** A valid compare fragment with characters replaced, inserted, deleted or the whole cut short. */
  const mutated = fc
    .array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('replace', 'insert', 'delete', 'cut'),
        char: fc.oneof(fc.constantFrom('.', '~', '%', '_', '#', '-', 'over-time.', '%E2', '%%', '\u0000'), fc.string({ unit: 'binary', maxLength: 3 })),
      }),
      { minLength: 1, maxLength: 8 },
    )
    .map((edits) =>
      edits.reduce((text, { at, op, char }) => {
        const i = text.length === 0 ? 0 : at % text.length;
        if (op === 'replace') return text.slice(0, i) + char + text.slice(i + 1);
        if (op === 'insert') return text.slice(0, i) + char + text.slice(i);
        if (op === 'delete') return text.slice(0, i) + text.slice(i + 1);
        return text.slice(0, i);
      }, valid),
    );

  test('never throws, and always returns a bounded, clean result (10,000 random and mutated fragments)', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 2_000 })), (hash) => {
        const link = decodeCompareLink(hash);
        expect(['team', 'over-time']).toContain(link.mode);
        expect(link.entries.length).toBeLessThanOrEqual(MAX_COMPARED);
        for (const { label, payload } of link.entries) {
          expect([...label].length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
          expect(label).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
          expect(label.isWellFormed()).toBe(true);
          expect(typeof payload).toBe('string');
        }
      }),
      { numRuns: 10_000 },
    );
  });

  test('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) expect(decodeCompareLink(value).entries).toEqual([]);
  });
});
