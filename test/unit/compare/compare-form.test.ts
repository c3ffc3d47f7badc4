import { describe, expect, test } from 'vitest';
import { checkCompareForm, formFieldsOf, readCompareForm, type CompareFormFields } from '../../../src/compare/compare-form';
import { MAX_COMPARED, MAX_LABEL_LENGTH } from '../../../src/compare/compare-entry';
import { readEntries } from '../../../src/compare/read-entries';
import { followAnswers } from '../../../src/questionnaire/follow';
import { latestCodebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { encodeAnswers } from '../../../src/share/link-codec';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { personas } from '../../fixtures/personas';

const library = loadLibraryFromDisk();
const codebooks = loadCodebooksFromDisk();
const REPORT = 'https://check.example/report/';
const link = (id: string) =>
  `${REPORT}#${encodeAnswers(followAnswers(library.questions, personas.find((p) => p.id === id)!.story).answers, latestCodebook(codebooks)!)}`;
const read = (fields: Partial<CompareFormFields>) => readCompareForm({ text: '', labels: [], mode: 'team', ...fields }, codebooks, library.questions, 'https://check.example');

describe('readCompareForm', () => {
  test('reads each line with its label: readable, a repeat of an earlier line, unreadable, a label too long', () => {
    const text = [link('joint-ownership'), link('healthy-program'), link('joint-ownership'), 'not a link'].join('\n');
    const { rows } = read({ text, labels: ['Ana', 'x'.repeat(MAX_LABEL_LENGTH + 1)] });
    expect(rows.map((r) => [r.problem === undefined, r.repeats, r.tooLong])).toEqual([
      [true, undefined, false],
      [true, undefined, true],
      [true, 0, false],
      [false, undefined, false],
    ]);
    expect(rows[0]!.entry.label).toBe('Ana');
  });
});

describe('checkCompareForm', () => {
  test('compares the readable lines and names the others by line and label', () => {
    const check = checkCompareForm(read({ text: [link('joint-ownership'), 'nonsense', link('healthy-program')].join('\n'), labels: ['Ana', 'Ben', 'Cy'] }));
    expect(check.ok && check.entries.map((e) => e.label)).toEqual(['Ana', 'Cy']);
    expect(check.ok && check.leftOut.map((l) => l.name)).toEqual(['Line 2 (Ben)']);
  });

  test('says what stops it, and which field to go back to', () => {
    expect(checkCompareForm(read({ text: link('joint-ownership') }))).toMatchObject({ ok: false, focus: 'links', message: 'Paste at least two report links, one a line.' });
    expect(checkCompareForm(read({ text: `${link('joint-ownership')}\nnonsense` }))).toMatchObject({ ok: false, focus: 'links', message: expect.stringContaining('At least two') });
    expect(checkCompareForm(read({ text: `${link('joint-ownership')}\n${link('healthy-program')}`, labels: ['', 'y'.repeat(MAX_LABEL_LENGTH + 1)] }))).toMatchObject({ ok: false, focus: 1 });
    const many = Array.from({ length: MAX_COMPARED + 1 }, () => link('joint-ownership')).join('\n');
    expect(checkCompareForm(read({ text: many }))).toMatchObject({ ok: false, focus: 'links', message: expect.stringContaining(`You pasted ${MAX_COMPARED + 1} links`) });
  });
});

describe('formFieldsOf', () => {
  test('gives the links of a compare link back as whole links with their labels, which read as they were', () => {
    const lines = [link('joint-ownership'), link('healthy-program')];
    const entries = readEntries(lines.map((l, i) => ({ label: ['Ana', ''][i]!, payload: l.split('#')[1]! })), codebooks, library.questions, 'over-time');
    const fields = formFieldsOf(entries, 'over-time', REPORT);
    expect(fields).toEqual({ text: lines.join('\n'), labels: ['Ana', ''], mode: 'over-time' });
    expect(read(fields).rows.every((r) => r.problem === undefined)).toBe(true);
  });
});
