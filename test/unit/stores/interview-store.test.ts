import { beforeEach, describe, expect, test } from 'vitest';
import { FINISHED } from '../../../src/questionnaire/branches';
import { validateInterview } from '../../../src/interview/validate';
import type { Question } from '../../../src/schemas/question';
import { $interview, $restoreProblem, editAnswer, goBack, restartInterview, startInterview, submitAnswer } from '../../../src/stores/interview';
import { $savedInterview, NOTHING_SAVED } from '../../../src/stores/saved-interview';
import { smallInterview } from '../../fixtures/small-interview';

function questions(): Question[] {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.value;
}

const view = () => $interview.get()!;
const answerAll = (...values: string[][]) => values.forEach((value) => submitAnswer(value));

beforeEach(() => {
  $savedInterview.set(NOTHING_SAVED);
  startInterview(questions(), 1);
});

describe('the interview store', () => {
  test('starts at the first question and saves every answer with the questionnaire version', () => {
    expect(view().step).toBe('stage');
    submitAnswer(['building']);
    expect($savedInterview.get()).toEqual({ version: 1, answers: { stage: ['building'] }, path: ['stage'] });
  });

  test('says how many questions an answer skipped', () => {
    submitAnswer(['building']);
    expect(view().progress).toEqual({ current: 2, total: 4 });
    expect(view().note).toEqual({ kind: 'skipped', count: 1 });
    submitAnswer(['data-engineer']);
    expect(view().note).toBeNull();
  });

  test('resumes where the saved answers leave off', () => {
    answerAll(['in-production'], ['data-engineer']);
    startInterview(questions(), 1);
    expect(view().step).toBe('last-drift');
    expect(view().path).toEqual(['stage', 'roles']);
    expect($restoreProblem.get()).toBeNull();
  });

  test('keeps the valid beginning of saved answers that no longer fit, and says so', () => {
    $savedInterview.set({ version: 1, answers: { stage: ['in-production'], roles: ['<img src=x onerror=alert(1)>'] }, path: ['stage', 'roles'] });
    startInterview(questions(), 1);
    expect(view().step).toBe('roles');
    expect($restoreProblem.get()).toBe('partly-dropped');
  });

  test('carries answers saved by an older questionnaire version over, keeping what still fits and saying what did not', () => {
    $savedInterview.set({ version: 1, answers: { stage: ['in-production'], roles: ['data-engineer'], 'last-drift': ['retired-option'] }, path: ['stage', 'roles', 'last-drift'] });
    startInterview(questions(), 2);
    expect(view()).toMatchObject({ step: 'last-drift', path: ['stage', 'roles'] });
    expect($restoreProblem.get()).toBe('partly-dropped');
    expect($savedInterview.get().version).toBe(2);
  });

  test('after a change from the review, keeps the answers that still apply and asks only what is new', () => {
    answerAll(['in-production'], ['data-engineer'], ['argued'], ['yes'], ['clarity']);
    expect(view().step).toBe(FINISHED);
    editAnswer('stage');
    expect(view()).toMatchObject({ step: 'stage', revising: true, path: [] });
    submitAnswer(['starting']);
    // roles keeps its answer; hiring-plan is new to the path
    expect(view()).toMatchObject({ step: 'hiring-plan', note: { kind: 'new-question', kept: 1 } });
    submitAnswer(['engineers-first']);
    // headcount-pressure and constraint keep theirs, so the change returns to the review
    expect(view()).toMatchObject({ step: FINISHED, revising: false, note: { kind: 'revised', removed: 1, added: 1 } });
    expect($savedInterview.get()).toEqual({
      version: 1,
      answers: { stage: ['starting'], roles: ['data-engineer'], 'hiring-plan': ['engineers-first'], 'headcount-pressure': ['yes'], constraint: ['clarity'] },
      path: ['stage', 'roles', 'hiring-plan', 'headcount-pressure', 'constraint'],
    });
  });

  test('a change that shortens the path drops the questions that no longer apply', () => {
    answerAll(['building'], ['data-engineer'], ['yes'], ['capacity']);
    editAnswer('headcount-pressure');
    submitAnswer(['no']);
    expect(view()).toMatchObject({ step: FINISHED, note: { kind: 'revised', removed: 1, added: 0 } });
    expect($savedInterview.get().answers).not.toHaveProperty('constraint');
  });

  test('an unchanged answer returns straight to the review', () => {
    answerAll(['building'], ['data-engineer'], ['yes'], ['capacity']);
    editAnswer('roles');
    submitAnswer(['data-engineer']);
    expect(view()).toMatchObject({ step: FINISHED, note: { kind: 'revised', removed: 0, added: 0 } });
  });

  test('a change survives a reload half way', () => {
    answerAll(['in-production'], ['data-engineer'], ['argued'], ['yes'], ['clarity']);
    editAnswer('stage');
    submitAnswer(['starting']);
    startInterview(questions(), 1);
    expect(view()).toMatchObject({ step: 'hiring-plan', revising: true });
    submitAnswer(['engineers-first']);
    expect(view().step).toBe(FINISHED);
  });

  test('goes back and starts over', () => {
    answerAll(['building'], ['data-engineer']);
    goBack();
    expect(view().step).toBe('roles');
    restartInterview();
    expect(view()).toMatchObject({ step: 'stage', path: [], answers: {} });
    expect($savedInterview.get()).toEqual({ version: 1, answers: {}, path: [] });
  });
});
