import { describe, expect, test } from 'vitest';
import { branchesOf, END } from '../../../src/questionnaire/branches';
import type { Question } from '../../../src/schemas/question';
import { smallInterview } from '../../fixtures/small-interview';

const question = (id: string) => smallInterview().find((s) => (s.data as Question).id === id)!.data as Question;

describe('branchesOf', () => {
  test('reads a bare `next: id` as one unconditional rule', () => {
    expect(branchesOf(question('stage'))).toEqual([{ goto: 'roles' }]);
  });

  test('keeps a list of rules as written, in order', () => {
    expect(branchesOf(question('headcount-pressure'))).toEqual([
      { when: { question: 'headcount-pressure', is: 'yes' }, goto: 'constraint' },
      { goto: END },
    ]);
  });
});
