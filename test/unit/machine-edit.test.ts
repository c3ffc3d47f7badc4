import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { answersOnPath } from '../../src/questionnaire/answers-on-path';
import { createInterviewMachine, currentStep } from '../../src/interview/machine';
import { FINISHED } from '../../src/questionnaire/branches';
import { validateInterview } from '../../src/interview/validate';
import { smallInterview } from '../fixtures/small-interview';

function finishedInProduction() {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  const actor = createActor(createInterviewMachine(result.value)).start();
  for (const value of [['in-production'], ['data-engineer'], ['argued'], ['yes'], ['clarity']]) {
    actor.send({ type: 'answer.submitted', value });
  }
  return actor;
}

describe('interview.edit', () => {
  test('returns to an answered question, keeping the later answers only as drafts', () => {
    const actor = finishedInProduction();
    expect(currentStep(actor.getSnapshot())).toBe(FINISHED);
    actor.send({ type: 'interview.edit', question: 'roles' });
    const { context } = actor.getSnapshot();
    expect(currentStep(actor.getSnapshot())).toBe('roles');
    expect(context.path).toEqual(['stage']);
    expect(context.answers['last-drift']).toEqual(['argued']);
    expect(answersOnPath(context)).toEqual({ stage: ['in-production'] });
  });

  test('re-runs the branching from the changed answer, so skipped questions drop out at the end', () => {
    const actor = finishedInProduction();
    actor.send({ type: 'interview.edit', question: 'stage' });
    for (const value of [['starting'], ['data-engineer'], ['engineers-first'], ['no']]) {
      actor.send({ type: 'answer.submitted', value });
    }
    expect(currentStep(actor.getSnapshot())).toBe(FINISHED);
    expect(actor.getSnapshot().context.answers).toEqual({
      stage: ['starting'],
      roles: ['data-engineer'],
      'hiring-plan': ['engineers-first'],
      'headcount-pressure': ['no'],
    });
  });

  test('ignores a question that is not on the path taken', () => {
    const actor = finishedInProduction();
    actor.send({ type: 'interview.edit', question: 'hiring-plan' });
    actor.send({ type: 'interview.edit', question: 'no-such-question' });
    expect(currentStep(actor.getSnapshot())).toBe(FINISHED);
  });
});
