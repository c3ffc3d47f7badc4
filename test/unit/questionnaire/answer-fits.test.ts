/** One rule for what answer fits a question, for the interview and for share links alike. */
import { describe, expect, test } from 'vitest';
import { answerFits, fitsChoice, type ChoiceRules } from '../../../src/questionnaire/answer-fits';
import { latestCodebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { loadQuestionsFromDisk } from '../../fixtures/content';

const single: ChoiceRules = { kind: 'single', options: ['yes', 'no'] };
const multiple: ChoiceRules = { kind: 'multiple', options: ['a', 'b', 'none'], exclusive: ['none'] };

describe('fitsChoice', () => {
  test.each([
    ['one option of a single choice', single, ['yes'], true],
    ['two options of a single choice', single, ['yes', 'no'], false],
    ['no option', single, [], false],
    ['an option the question lacks', single, ['maybe'], false],
    ['not a list', single, 'yes', false],
    ['a list holding a number', single, [1], false],
    ['several options of a multiple choice', multiple, ['a', 'b'], true],
    ['an option twice', multiple, ['a', 'a'], false],
    ['an exclusive option alone', multiple, ['none'], true],
    ['an exclusive option with another', multiple, ['a', 'none'], false],
  ])('%s', (_, rules, value, fits) => {
    expect(fitsChoice(rules, value)).toBe(fits);
  });
});

describe('answerFits', () => {
  test('gives every question the verdict its codebook question gives, for each option alone and for every pair', () => {
    const codebook = latestCodebook(loadCodebooksFromDisk())!;
    const byId = new Map(codebook.questions.map((q) => [q.id, q]));
    let compared = 0;
    for (const question of loadQuestionsFromDisk()) {
      const ids = question.options.map((o) => o.id);
      const values = [...ids.map((id) => [id]), ...ids.flatMap((a, i) => ids.slice(i).map((b) => [a, b]))];
      for (const value of values) {
        expect(answerFits(question, value), `${question.id} ${value.join(',')}`).toBe(fitsChoice(byId.get(question.id)!, value));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
