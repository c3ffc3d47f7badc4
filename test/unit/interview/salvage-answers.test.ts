/**
 * Salvaging answers from outside (a saved interview, an imported file): one unusable answer or option
 * is left out and named, never taking the rest with it.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { salvageAnswers } from '../../../src/interview/salvage-answers';
import { validateInterview } from '../../../src/interview/validate';
import type { Question } from '../../../src/schemas/question';
import { $interview, $restoreDropped, $restoreProblem, startInterview } from '../../../src/stores/interview';
import { $savedInterview, NOTHING_SAVED } from '../../../src/stores/saved-interview';
import { smallInterview } from '../../fixtures/small-interview';

function questions(): Question[] {
  const result = validateInterview(smallInterview());
  if (!result.ok) throw new Error('fixture is invalid');
  return result.value;
}

describe('salvageAnswers', () => {
  test('keeps answers that fit as they are, and says nothing', () => {
    expect(salvageAnswers(questions(), { stage: ['building'], roles: ['data-scientists', 'data-engineer'] })).toEqual({
      answers: { stage: ['building'], roles: ['data-scientists', 'data-engineer'] },
      dropped: [],
    });
  });

  test.each([
    ['an unknown option beside known ones', { roles: ['data-engineer', 'robot'] }, { roles: ['data-engineer'] }, /the option “robot”/],
    ['a single choice with only an unknown option', { stage: ['scaling'] }, {}, /none of its options/],
    ['two options to a single-choice question', { stage: ['building', 'starting'] }, {}, /cannot be chosen together/],
    ['“none” beside other roles', { roles: ['none', 'data-engineer'] }, {}, /cannot be chosen together/],
    ['an unknown question', { 'no-such-question': ['x'] }, {}, /a question this version of the check does not ask/],
  ])('%s: leaves out only that, and names it', (_name, input, kept, reason) => {
    const result = salvageAnswers(questions(), { 'headcount-pressure': ['yes'], ...input });
    expect(result.answers).toEqual({ 'headcount-pressure': ['yes'], ...kept });
    expect(result.dropped).toHaveLength(1);
    expect(result.dropped[0]).toMatch(reason);
  });

  test('repeated options count once', () => {
    expect(salvageAnswers(questions(), { roles: ['data-engineer', 'data-engineer'] })).toEqual({ answers: { roles: ['data-engineer'] }, dropped: [] });
  });
});

describe('a saved interview with some unusable answers', () => {
  beforeEach(() => $savedInterview.set(NOTHING_SAVED));

  test('an unknown option in one answer costs that option, not the progress after it', () => {
    $savedInterview.set({ version: 1, answers: { stage: ['in-production'], roles: ['data-engineer', 'robot'], 'last-drift': ['argued'] }, path: ['stage', 'roles', 'last-drift'] });
    startInterview(questions(), 1);
    expect($interview.get()).toMatchObject({ step: 'headcount-pressure', path: ['stage', 'roles', 'last-drift'] });
    expect($restoreProblem.get()).toBe('partly-dropped');
    expect($restoreDropped.get()).toEqual(['From the answer to “roles?”: the option “robot”, which this version of the check does not have.']);
  });

  test('an unusable answer stops the path there, and the answers after it stay as earlier choices', () => {
    $savedInterview.set({ version: 1, answers: { stage: ['in-production'], roles: ['robot'], 'last-drift': ['argued'] }, path: ['stage', 'roles', 'last-drift'] });
    startInterview(questions(), 1);
    const view = $interview.get()!;
    expect(view).toMatchObject({ step: 'roles', path: ['stage'] });
    expect(view.answers['last-drift']).toEqual(['argued']);
    expect($restoreDropped.get()).toEqual(['The answer to “roles?”: none of its options is one this version of the check has.']);
  });
});
