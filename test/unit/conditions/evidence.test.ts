import { describe, expect, test } from 'vitest';
import { evidenceFor } from '../../../src/conditions/evidence';
import type { Condition } from '../../../src/schemas/condition';
import type { Question } from '../../../src/schemas/question';

const question = (id: string): Question =>
  ({
    id,
    section: 'S',
    prompt: `${id}?`,
    help: 'Why.',
    kind: 'single',
    options: [
      { id: 'yes', label: 'Yes' },
      { id: 'dont-know', label: "Don't know", unknown: true },
    ],
    next: 'end',
  }) as Question;
const questions = ['a', 'b', 'c', 'd'].map(question);
const cited = (condition: Condition, answers: Record<string, string[]>) => evidenceFor(condition, answers, questions).map((e) => e.question);

describe('evidenceFor', () => {
  const answers = { a: ['dont-know'], b: ['yes'], c: ['dont-know'], d: ['dont-know'] };

  test('of "at least n of", cites only the parts that hold, in the order asked', () => {
    const atLeast: Condition = { atLeast: 2, of: ['a', 'b', 'c', 'd'].map((q) => ({ question: q, is: 'dont-know' })) };
    expect(cited(atLeast, answers)).toEqual(['a', 'c', 'd']);
  });

  test('of "any", only the parts that hold; of "all", every part', () => {
    expect(cited({ any: [{ question: 'b', is: 'dont-know' }, { question: 'c', is: 'dont-know' }] }, answers)).toEqual(['c']);
    expect(cited({ all: [{ question: 'b', is: 'yes' }, { question: 'd', is: 'dont-know' }] }, answers)).toEqual(['b', 'd']);
  });

  test('when no part of an "any" holds (a role read as missing), every answer it looked at', () => {
    expect(cited({ any: [{ question: 'a', is: 'yes' }, { question: 'c', is: 'yes' }] }, answers)).toEqual(['a', 'c']);
  });

  test('under "not", every question it names; unasked questions are never cited', () => {
    expect(cited({ not: { any: [{ question: 'b', is: 'dont-know' }, { question: 'd', is: 'yes' }] } }, answers)).toEqual(['b', 'd']);
    expect(cited({ question: 'a', is: 'dont-know' }, { b: ['yes'] })).toEqual([]);
  });
});
