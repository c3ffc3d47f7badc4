import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createInterviewMachine, currentStep } from '../../src/interview/machine';
import { FINISHED } from '../../src/questionnaire/branches';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import { validateInterview } from '../../src/interview/validate';
import { smallInterview } from '../fixtures/small-interview';

describe('enumerateInterviewPaths over the small interview', () => {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  const questions = result.value;
  const paths = enumerateInterviewPaths(questions);

  test('finds every distinct sequence of questions the branching allows', () => {
    const sequences = new Set(paths.map((p) => p.questions.join(' > ')));
    expect([...sequences].sort()).toEqual(
      [
        'stage > roles > hiring-plan > headcount-pressure',
        'stage > roles > hiring-plan > headcount-pressure > constraint',
        'stage > roles > headcount-pressure',
        'stage > roles > headcount-pressure > constraint',
        'stage > roles > last-drift > headcount-pressure',
        'stage > roles > last-drift > headcount-pressure > constraint',
      ].sort(),
    );
  });

  test('replays each path to the finished state with exactly the answers it asked', () => {
    for (const path of paths) {
      const actor = createActor(createInterviewMachine(questions)).start();
      for (const id of path.questions) actor.send({ type: 'answer.submitted', value: path.answers[id]! });
      expect(currentStep(actor.getSnapshot())).toBe(FINISHED);
      expect(Object.keys(actor.getSnapshot().context.answers).sort()).toEqual([...path.questions].sort());
    }
  });
});
