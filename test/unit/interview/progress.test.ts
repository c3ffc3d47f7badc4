import { describe, expect, test } from 'vitest';
import { interviewLength, progressOf, questionsSkipped, remainingQuestions } from '../../../src/interview/progress';
import { validateInterview } from '../../../src/interview/validate';
import type { Question } from '../../../src/schemas/question';
import { smallInterview } from '../../fixtures/small-interview';

function questions(): Question[] {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.value;
}

describe('progressOf', () => {
  const all = questions();

  test('counts the longest path still possible at the start', () => {
    // stage > roles > hiring-plan|last-drift > headcount-pressure > constraint
    expect(progressOf(all, 'stage', [], {})).toEqual({ current: 1, total: 5 });
  });

  test('shortens the total once an answer rules out the longer branch', () => {
    const answers = { stage: ['building'] };
    expect(remainingQuestions(all, 'roles', answers)).toBe(3);
    expect(progressOf(all, 'roles', ['stage'], answers)).toEqual({ current: 2, total: 4 });
  });

  test('never promises more than the longest path asks, nor fewer than the question on screen', () => {
    expect(progressOf(all, 'stage', [], {}, 4)).toEqual({ current: 1, total: 4 });
    expect(progressOf(all, 'roles', ['stage'], { stage: ['building'] }, 1)).toEqual({ current: 2, total: 2 });
  });

  test('counts every question answered once the interview is finished', () => {
    const answers = { stage: ['building'], roles: ['data-engineer'], 'headcount-pressure': ['no'] };
    expect(progressOf(all, 'finished', ['stage', 'roles', 'headcount-pressure'], answers)).toEqual({ current: 3, total: 3 });
  });
});

describe('questionsSkipped', () => {
  test.each([
    ['an answer that keeps the longest branch open', { current: 1, total: 5 }, { current: 2, total: 5 }, 0],
    ['an answer that rules out a longer branch', { current: 1, total: 5 }, { current: 2, total: 4 }, 1],
    ['an answer that ends the interview early', { current: 4, total: 5 }, { current: 4, total: 4 }, 1],
    ['a step back, which can only lengthen the path', { current: 3, total: 4 }, { current: 2, total: 5 }, 0],
  ])('is the drop in the total after %s', (_, before, after, skipped) => {
    expect(questionsSkipped(before, after)).toBe(skipped);
  });
});

describe('interviewLength', () => {
  test('spans the shortest and the longest path, in questions and whole minutes', () => {
    expect(interviewLength([14, 26, 20])).toEqual({ fewestQuestions: 14, mostQuestions: 26, fewestMinutes: 6, mostMinutes: 11 });
  });

  test('never promises less than a minute', () => {
    expect(interviewLength([1]).fewestMinutes).toBe(1);
  });

  test('refuses an interview without a complete path', () => {
    expect(() => interviewLength([])).toThrow(/no complete path/);
  });
});
