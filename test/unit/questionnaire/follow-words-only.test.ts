/** A question whose answer changes only words: answers made before it was asked are read past it, and nothing may branch or diagnose on it. */
import { describe, expect, test } from 'vitest';
import { validateInterview } from '../../../src/interview/validate';
import { followAnswers } from '../../../src/questionnaire/follow';
import { formatContentErrors, type ContentSource } from '../../../src/schemas/content-error';
import type { Question } from '../../../src/schemas/question';
import { smallInterview } from '../../fixtures/small-interview';

type Data = Record<string, unknown>;

/** The small interview with `how-many` (words only) asked between last-drift and headcount-pressure. */
function withHowMany(change: (data: Data) => Data = (d) => d): ContentSource[] {
  const sources = smallInterview().map((s) => ((s.data as Data).id === 'last-drift' ? { ...s, data: { ...(s.data as Data), next: 'how-many' } } : s));
  const howMany = { id: 'how-many', section: 'Test', prompt: 'How many models?', help: 'For the words.', kind: 'single', wordsOnly: true, options: [{ id: 'one', label: 'One' }, { id: 'several', label: 'Several' }], next: 'headcount-pressure' };
  return [...sources, { file: 'content/questions/how-many.yaml', data: change(howMany) }];
}

function questions(): Question[] {
  const result = validateInterview(withHowMany());
  if (!result.ok) throw new Error(formatContentErrors(result.errors));
  return result.value;
}

describe('followAnswers and a words-only question', () => {
  const before = { stage: ['in-production'], roles: ['data-scientists'], 'last-drift': ['caught'] };

  test('answers that go on past it without answering it (made before it was asked) are read past it, to the end', () => {
    const followed = followAnswers(questions(), { ...before, 'headcount-pressure': ['no'] });
    expect(followed.complete).toBe(true);
    expect(followed.path).toEqual(['stage', 'roles', 'last-drift', 'headcount-pressure']);
    expect(followed.warnings).toEqual(['No answer to “How many models?”: the report is worded without it.']);
  });

  test('answers that stop before it stop at it, so the interview asks it', () => {
    const followed = followAnswers(questions(), before);
    expect(followed).toMatchObject({ complete: false, next: 'how-many', warnings: [] });
  });

  test('answered, it is on the path like any other', () => {
    const followed = followAnswers(questions(), { ...before, 'how-many': ['several'], 'headcount-pressure': ['no'] });
    expect(followed.path).toContain('how-many');
    expect(followed.warnings).toEqual([]);
  });
});

describe('validateInterview and a words-only question', () => {
  const errors = (sources: ContentSource[]) => {
    const result = validateInterview(sources);
    return result.ok ? '' : formatContentErrors(result.errors);
  };

  test('refuses branching on it, and branching of its own', () => {
    const branchesOnIt = withHowMany().map((s) =>
      (s.data as Data).id === 'headcount-pressure' ? { ...s, data: { ...(s.data as Data), next: [{ when: { question: 'how-many', is: 'one' }, goto: 'constraint' }, { goto: 'end' }] } } : s,
    );
    expect(errors(branchesOnIt)).toMatch(/headcount-pressure\.yaml › next\[0\]\.when: names question "how-many", whose answer changes only words/);
    expect(errors(withHowMany((d) => ({ ...d, next: [{ when: { question: 'stage', is: 'starting' }, goto: 'end' }, { goto: 'headcount-pressure' }] })))).toMatch(
      /how-many\.yaml › next: a question with "wordsOnly" goes on to one question/,
    );
    expect(errors(withHowMany())).toBe('');
  });
});
