import { describe, expect, test } from 'vitest';
import { noteText, progressText } from '../../../src/components/progress-text';
import { FINISHED } from '../../../src/questionnaire/branches';
import type { InterviewView } from '../../../src/stores/interview';

const view = (step: string, current: number, total: number): InterviewView => ({
  step,
  answers: {},
  path: [],
  progress: { current, total },
  revising: false,
  notice: null,
  note: null,
});

describe('the progress line', () => {
  test('counts the question of about how many, and all of them at the review', () => {
    expect(progressText(view('stage', 3, 19))).toBe('Question 3 of about 19');
    expect(progressText(view(FINISHED, 19, 19))).toBe('All 19 questions answered');
    expect(progressText(view(FINISHED, 1, 1))).toBe('All 1 question answered');
  });
});

describe('the note on what an answer changed', () => {
  test.each([
    [null, ''],
    [{ kind: 'skipped', count: 1 }, 'Your answer skipped 1 question.'],
    [{ kind: 'skipped', count: 3 }, 'Your answer skipped 3 questions.'],
    [{ kind: 'new-question', kept: 0 }, 'This question is new after your change.'],
    [{ kind: 'new-question', kept: 1 }, 'Kept 1 answer that still applies. This question is new after your change.'],
    [{ kind: 'new-question', kept: 4 }, 'Kept 4 answers that still apply. This question is new after your change.'],
    [{ kind: 'revised', removed: 0, added: 0 }, 'Your change kept every other answer.'],
    [{ kind: 'revised', removed: 1, added: 0 }, 'Your change removed 1 question that no longer applies.'],
    [{ kind: 'revised', removed: 2, added: 0 }, 'Your change removed 2 questions that no longer apply.'],
    [{ kind: 'revised', removed: 0, added: 1 }, 'Your change added 1 question.'],
    [{ kind: 'revised', removed: 2, added: 10 }, 'Your change removed 2 questions that no longer apply and added 10.'],
  ] as const)('%j reads %j', (note, text) => {
    expect(noteText(note)).toBe(text);
  });
});
