/**
 * The compare page says what it did: a report pasted twice is counted once and named, more than twelve
 * links are refused with their count, a label over the limit is measured before it is cut, a link from
 * another site says so, and respondents describing different programs (stage, size) are told first.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { compareAnswers } from '../../../src/compare/compare';
import { cleanLabel, labelLength, MAX_COMPARED, MAX_LABEL_LENGTH } from '../../../src/compare/compare-entry';
import { encodeCompareLink } from '../../../src/compare/compare-link';
import { duplicateSentence, findDuplicates, repeatedLinks } from '../../../src/compare/duplicates';
import { readPastedLink, readPastedLinks, tooManyLinks } from '../../../src/compare/pasted-links';
import { programContextDisagreements } from '../../../src/compare/program-context';
import { followAnswers } from '../../../src/questionnaire/follow';
import type { AnswerMap } from '../../../src/schemas/answers';
import { ProgramContextTextSchema } from '../../../src/schemas/program-context-text';
import { latestCodebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { encodeAnswers } from '../../../src/share/link-codec';
import { $compare, loadCompareLink } from '../../../src/stores/compare';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { personas } from '../../fixtures/personas';

const library = loadLibraryFromDisk();
const codebooks = loadCodebooksFromDisk();
const codebook = latestCodebook(codebooks)!;
const story = (id: string): AnswerMap => followAnswers(library.questions, personas.find((p) => p.id === id)!.story).answers;
const context = ProgramContextTextSchema.parse(parse(readFileSync('content/compare/program-context.yaml', 'utf8')));
const joint = story('joint-ownership');
const healthy = story('healthy-program');

describe('the same report pasted more than once', () => {
  test('is found by its answers, in groups of the places that hold it', () => {
    expect(findDuplicates([joint, healthy, joint, undefined, { ...joint }])).toEqual([[0, 2, 4]]);
    expect(repeatedLinks([[0, 2, 4]])).toEqual(new Set([2, 4]));
    expect(findDuplicates([joint, healthy, undefined, undefined])).toEqual([]);
  });

  test.each([
    [[1, 2], [], 'Links 2 and 3 are the same report, so it is compared once.'],
    [[0, 1, 2], [], 'Links 1, 2 and 3 are the same report, so it is compared once, not 3 times.'],
    [[0, 1], ['Ana', ''], 'Links 1 (Ana) and 2 are the same report, so it is compared once.'],
  ])('is named: %j', (group, labels, sentence) => {
    expect(duplicateSentence(group, labels)).toBe(sentence);
  });

  test('a compare link holding one report three times compares it once and says so', () => {
    const p = encodeAnswers(joint, codebook);
    loadCompareLink(`#${encodeCompareLink([{ label: '', payload: encodeAnswers(healthy, codebook) }, { label: '', payload: p }, { label: '', payload: p }, { label: '', payload: p }])}`, codebooks, library);
    const state = $compare.get();
    if (state.status !== 'ready') throw new Error('not read');
    expect(state.problems).toEqual(['Links 2, 3 and 4 are the same report, so it is compared once, not 3 times.']);
    expect(state.comparison?.respondents.map((r) => r.label)).toEqual(['Respondent 1', 'Respondent 2']);
  });
});

describe('more links than one comparison takes', () => {
  test('are counted and refused with their number', () => {
    const p = encodeAnswers(joint, codebook);
    const pasted = readPastedLinks(Array.from({ length: 13 }, () => p).join('\n'));
    expect(pasted.count).toBe(13);
    expect(tooManyLinks(pasted.count)).toBe(`You pasted 13 links; up to ${MAX_COMPARED} can be compared at once. Remove 1 link to compare.`);
  });
});

describe('a label over the limit', () => {
  test('is measured as typed, tidied but not cut, so the form can flag it', () => {
    const long = 'Head of data science, platform and analytics';
    expect(labelLength(long)).toBe(long.length);
    expect(labelLength(long)).toBeGreaterThan(MAX_LABEL_LENGTH);
    expect(cleanLabel(long)).toHaveLength(MAX_LABEL_LENGTH);
    expect(labelLength('  Ana \n  (IT) ')).toBe('Ana (IT)'.length);
    expect(labelLength('👩‍💻'.repeat(2))).toBe([...'👩‍💻👩‍💻'].length);
  });
});

describe('a link from another site', () => {
  const p = encodeAnswers(joint, codebook);
  test('is read and says where it came from', () => {
    expect(readPastedLink(`https://check.other.example/report/#${p}`, 'https://check.example')).toEqual({ text: `https://check.other.example/report/#${p}`, payload: p, from: 'check.other.example' });
  });
  test.each([`https://check.example/report/#${p}`, `https://check.example/tools/report/#${p}`, p])('says nothing of %s, which is this site’s or bare', (line) => {
    expect(readPastedLink(line, 'https://check.example').from).toBeUndefined();
  });
});

describe('respondents describing different programs', () => {
  const otherStage = { ...joint, stage: ['building'] };

  test('the content names questions that exist, in the order the finding shows them', () => {
    expect(Object.keys(context.questions)).toEqual(['stage', 'team-size']);
    for (const id of Object.keys(context.questions)) expect(library.questions.some((q) => q.id === id)).toBe(true);
  });

  test('a different stage is a context finding with who said what', () => {
    const [stage, ...rest] = programContextDisagreements(library.questions, [joint, otherStage, joint], context.questions);
    expect(rest).toEqual([]);
    expect(stage).toMatchObject({ question: 'stage', subject: 'its stage' });
    expect(stage!.positions.map((p) => p.respondents)).toEqual([[0, 2], [1]]);
  });

  test('the same stage and size say nothing', () => {
    expect(programContextDisagreements(library.questions, [joint, { ...joint }], context.questions)).toEqual([]);
  });

  test('is part of a side-by-side comparison, not of one team over time', () => {
    const pair = [{ label: 'A', answers: joint }, { label: 'B', answers: otherStage }];
    expect(compareAnswers(library, pair, 'team', context.questions)!.context).toHaveLength(1);
    expect(compareAnswers(library, pair, 'over-time', context.questions)!.context).toEqual([]);
  });
});
