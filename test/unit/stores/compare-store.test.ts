/** The compare page's store actions, which decide for the island: what a submitted form does to the address. */
import { beforeEach, describe, expect, test } from 'vitest';
import { decodeCompareLink } from '../../../src/compare/compare-link';
import { reminderCompareFragment } from '../../../src/compare/reminder-link';
import { followAnswers } from '../../../src/questionnaire/follow';
import { latestCodebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { encodeAnswers } from '../../../src/share/link-codec';
import { $compare, submitComparison } from '../../../src/stores/compare';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { personas } from '../../fixtures/personas';

const library = loadLibraryFromDisk();
const codebooks = loadCodebooksFromDisk();
const payload = (id: string) =>
  encodeAnswers(followAnswers(library.questions, personas.find((p) => p.id === id)!.story).answers, latestCodebook(codebooks)!);
const entries = [
  { label: 'Ana', payload: payload('joint-ownership') },
  { label: 'Ben', payload: payload('healthy-program') },
];

describe('submitComparison', () => {
  beforeEach(() => $compare.set({ status: 'loading' }));

  test('puts the compare link in the address and leaves the reading to its hashchange', () => {
    const address = { hash: '' };
    const fragment = submitComparison(entries, 'team', address, codebooks, library);
    expect(address.hash).toBe(fragment);
    expect(decodeCompareLink(`#${fragment}`).entries).toEqual(entries);
    expect($compare.get().status).toBe('loading');
  });

  test('compares again at once when the address already holds that link, since no hashchange will come', () => {
    const fragment = submitComparison(entries, 'team', { hash: '' }, codebooks, library);
    const address = { hash: `#${fragment}` };
    expect(submitComparison(entries, 'team', address, codebooks, library)).toBe(fragment);
    expect(address.hash).toBe(`#${fragment}`);
    const state = $compare.get();
    expect(state.status === 'ready' && state.comparison?.respondents.map((r) => r.label)).toEqual(['Ana', 'Ben']);
  });
});

describe('reminderCompareFragment', () => {
  test('holds the report as the first of checks over time, labelled with its day', () => {
    const link = decodeCompareLink(`#${reminderCompareFragment(entries[0]!.payload, { year: 2026, month: 3, day: 7 })}`);
    expect(link.mode).toBe('over-time');
    expect(link.entries).toEqual([{ label: '2026-03-07', payload: entries[0]!.payload }]);
  });
});
