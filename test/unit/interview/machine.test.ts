import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createInterviewMachine, currentStep } from '../../../src/interview/machine';
import { FINISHED } from '../../../src/questionnaire/branches';
import { validateInterview } from '../../../src/interview/validate';
import type { Question } from '../../../src/schemas/question';
import { smallInterview } from '../../fixtures/small-interview';

function questions(): Question[] {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.value;
}

function start() {
  const actor = createActor(createInterviewMachine(questions()));
  actor.start();
  const answer = (...value: string[]) => actor.send({ type: 'answer.submitted', value });
  const step = () => currentStep(actor.getSnapshot());
  return { actor, answer, step, back: () => actor.send({ type: 'interview.back' }) };
}

describe('createInterviewMachine', () => {
  test('starts at the start question', () => {
    expect(start().step()).toBe('stage');
  });

  test('follows the branch the answers choose', () => {
    const { answer, step } = start();
    answer('starting');
    answer('data-scientists');
    expect(step()).toBe('hiring-plan');
    answer('scientists-first');
    answer('yes');
    expect(step()).toBe('constraint');
    answer('clarity');
    expect(step()).toBe(FINISHED);
  });

  test('ignores an answer that does not fit the question', () => {
    const { answer, step } = start();
    answer('nonsense');
    expect(step()).toBe('stage');
    answer('starting', 'building');
    expect(step()).toBe('stage');
    answer();
    expect(step()).toBe('stage');
    answer('in-production');
    answer('none', 'data-engineer');
    expect(step()).toBe('roles');
  });

  test('goes back to the previous question on the path taken, keeping its answer', () => {
    const { actor, answer, step, back } = start();
    answer('in-production');
    answer('data-engineer');
    expect(step()).toBe('last-drift');
    back();
    expect(step()).toBe('roles');
    expect(actor.getSnapshot().context.answers['roles']).toEqual(['data-engineer']);
    back();
    back();
    expect(step()).toBe('stage');
  });

  test('drops the answers of questions that a changed answer skips', () => {
    const { actor, answer, back, step } = start();
    answer('in-production');
    answer('data-engineer');
    answer('argued');
    answer('no');
    expect(step()).toBe(FINISHED);
    back();
    back();
    back();
    back();
    expect(step()).toBe('stage');
    answer('building');
    answer('data-engineer');
    answer('no');
    expect(step()).toBe(FINISHED);
    expect(actor.getSnapshot().context.answers).toEqual({
      stage: ['building'],
      roles: ['data-engineer'],
      'headcount-pressure': ['no'],
    });
  });

  test('starts over on interview.restarted', () => {
    const { actor, answer, step } = start();
    answer('building');
    actor.send({ type: 'interview.restarted' });
    expect(step()).toBe('stage');
    expect(actor.getSnapshot().context).toMatchObject({ answers: {}, path: [], revision: null, note: null });
  });
});
