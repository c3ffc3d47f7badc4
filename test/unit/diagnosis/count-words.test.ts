import { describe, expect, test } from 'vitest';
import { agreementText } from '../../../src/compare/compare-text';
import { counted, countedCapitalised, countWord } from '../../../src/diagnosis/count-words';
import { diagnose } from '../../../src/diagnosis/report';
import { methodNote } from '../../../src/diagnosis/report-labels';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { smallAnswers, smallLibrary } from '../../fixtures/small-library';

describe('counted', () => {
  test.each<[number, string]>([
    [1, 'one dimension'],
    [8, 'eight dimensions'],
    [12, 'twelve dimensions'],
    [14, '14 dimensions'],
  ])('%i reads "%s"', (count, text) => {
    expect(counted(count, 'dimension')).toBe(text);
  });

  test('takes an irregular plural, and opens a sentence with a capital', () => {
    expect(counted(4, 'accountability', 'accountabilities')).toBe('four accountabilities');
    expect(countedCapitalised(3, 'sample report')).toBe('Three sample reports');
    expect(countWord(0)).toBe('no');
  });
});

describe('counts in the report and compare prose come from the content', () => {
  const library = loadLibraryFromDisk();

  test('the method note counts the dimensions a report rates: every dimension of the content', () => {
    const report = diagnose(library, { stage: ['starting'] })!;
    expect(report.ratings).toHaveLength(library.dimensions.length);
    expect(methodNote(report.ratings.length)).toContain(`rates ${counted(library.dimensions.length, 'structural dimension')} drawn`);
    const small = diagnose(smallLibrary(), smallAnswers.healthy)!;
    expect(methodNote(small.ratings.length)).toContain(`rates ${counted(smallLibrary().dimensions.length, 'structural dimension')} drawn`);
  });

  test('the agreement counts the accountabilities the reports map: the questions marked `accountability`', () => {
    const report = diagnose(library, { stage: ['starting'] })!;
    const accountabilities = library.questions.filter((q) => q.accountability).length;
    expect(agreementText({ respondents: [{ label: 'A', report }] })).toContain(`each of the ${counted(accountabilities, 'accountability', 'accountabilities')},`);
    expect(agreementText({ respondents: [{ label: 'A', report: { ...report, accountability: report.accountability.slice(1) } }] })).toContain(
      `each of the ${counted(accountabilities - 1, 'accountability', 'accountabilities')},`,
    );
  });
});
