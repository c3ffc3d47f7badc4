import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { answersOnPath } from '../../../src/questionnaire/answers-on-path';
import { createInterviewMachine, currentStep } from '../../../src/interview/machine';
import { FINISHED } from '../../../src/questionnaire/branches';
import { validateInterview } from '../../../src/interview/validate';
import { smallInterview } from '../../fixtures/small-interview';

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

  test('re-runs the branching from the changed answer: later answers carry over, skipped questions drop out at the end', () => {
    const actor = finishedInProduction();
    actor.send({ type: 'interview.edit', question: 'stage' });
    expect(actor.getSnapshot().value).toEqual({ revising: 'stage' });
    actor.send({ type: 'answer.submitted', value: ['starting'] });
    // roles carries its answer over; hiring-plan is new, so the machine stops there to ask it
    expect(actor.getSnapshot().value).toEqual({ revising: 'hiring-plan' });
    expect(actor.getSnapshot().context.note).toEqual({ kind: 'new-question', kept: 1 });
    actor.send({ type: 'answer.submitted', value: ['engineers-first'] });
    expect(currentStep(actor.getSnapshot())).toBe(FINISHED);
    expect(actor.getSnapshot().context).toMatchObject({
      answers: { stage: ['starting'], roles: ['data-engineer'], 'hiring-plan': ['engineers-first'], 'headcount-pressure': ['yes'], constraint: ['clarity'] },
      revision: null,
      note: { kind: 'revised', removed: 1, added: 1 },
    });
  });

  test('ignores a question that is not on the path taken', () => {
    const actor = finishedInProduction();
    actor.send({ type: 'interview.edit', question: 'hiring-plan' });
    actor.send({ type: 'interview.edit', question: 'no-such-question' });
    expect(currentStep(actor.getSnapshot())).toBe(FINISHED);
  });
});
