import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_COMPARED } from '../../../src/compare/compare-entry';
import { readPastedLink, readPastedLinks } from '../../../src/compare/pasted-links';
import fixtures from '../../fixtures/links-v1.json';

const [p1, p2] = fixtures.links.map((l) => l.payload) as [string, string];

describe('readPastedLink', () => {
  test.each([
    ['a whole report link', `https://example.org/report/#${p1}`, p1],
    ['a link under a sub-path', `https://intranet.example/tools/ai-team-check/report/#${p1}`, p1],
    ['a bare payload', p1, p1],
    ['a link with spaces around it', `   https://example.org/report/#${p1}  `, p1],
    ['a percent-encoded fragment', `https://example.org/report/#%31${p1.slice(1)}`, p1],
  ])('finds the payload in %s', (_, line, payload) => {
    expect(readPastedLink(line)).toMatchObject({ payload });
    expect(readPastedLink(line).problem).toBeUndefined();
  });

  test('reads a link without a fragment as having no answers (the decoder then says so)', () => {
    expect(readPastedLink('https://example.org/report/')).toMatchObject({ payload: '' });
  });

  test('says a compare link is not a report link', () => {
    expect(readPastedLink(`https://example.org/compare/#Ana~${p1}.Bo~${p2}`).problem).toMatch(/compare link/);
  });

  test('hands other text to the decoder, cut to just over the payload limit', () => {
    expect(readPastedLink('hello world').payload).toBe('hello world');
    expect(readPastedLink('x'.repeat(5_000)).payload.length).toBeLessThanOrEqual(201);
  });
});

describe('readPastedLinks', () => {
  test('reads one link a line, skipping empty lines, whatever the line ends', () => {
    const { links, problems } = readPastedLinks(`\n${p1}\r\n\r\n  https://example.org/report/#${p2}\r`);
    expect(links.map((l) => l.payload)).toEqual([p1, p2]);
    expect(problems).toEqual([]);
  });

  test(`reads the first ${MAX_COMPARED} lines, counts them all, and says how many too many there are`, () => {
    const { links, problems, count } = readPastedLinks(Array.from({ length: 14 }, () => p1).join('\n'));
    expect(links).toHaveLength(MAX_COMPARED);
    expect(count).toBe(14);
    expect(problems).toEqual([`You pasted 14 links; up to ${MAX_COMPARED} can be compared at once. Remove 2 links to compare.`]);
  });

  test('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 1_000 }), fc.string({ unit: 'binary', maxLength: 300 })), (text) => {
        const { links } = readPastedLinks(text);
        expect(links.length).toBeLessThanOrEqual(MAX_COMPARED);
      }),
      { numRuns: 500 },
    );
    expect(readPastedLinks(undefined)).toEqual({ links: [], problems: [], count: 0 });
  });
});
