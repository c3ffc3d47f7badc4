import { describe, expect, test } from 'vitest';
import { validateInterview } from '../../../src/interview/validate';
import { formatContentErrors, type ContentSource } from '../../../src/schemas/content-error';
import { smallInterview } from '../../fixtures/small-interview';

type Data = Record<string, unknown>;

/** The small interview with one question's data changed. */
function withChange(id: string, change: (data: Data) => Data): ContentSource[] {
  return smallInterview().map((s) => ((s.data as Data).id === id ? { ...s, data: change({ ...(s.data as Data) }) } : s));
}

function errorsOf(sources: ContentSource[]): string {
  const result = validateInterview(sources);
  expect(result.ok).toBe(false);
  return result.ok ? '' : formatContentErrors(result.errors);
}

describe('validateInterview', () => {
  test('accepts the small interview and puts the start question first', () => {
    const result = validateInterview(smallInterview());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.map((q) => q.id)[0]).toBe('stage');
  });

  test.each<[string, () => ContentSource[], RegExp]>([
    [
      'a duplicate id',
      () => [...smallInterview(), { file: 'content/questions/copy.yaml', data: smallInterview()[4]!.data }],
      /content\/questions\/copy\.yaml › id: "headcount-pressure" is already the id of content\/questions\/headcount-pressure\.yaml/,
    ],
    [
      'a branch to a missing question',
      () => withChange('hiring-plan', (d) => ({ ...d, next: 'budget' })),
      /hiring-plan\.yaml › next: goes to "budget", which is not a question/,
    ],
    [
      'an unreachable question',
      () => withChange('roles', (d) => ({ ...d, next: 'headcount-pressure' })),
      /hiring-plan\.yaml › id: "hiring-plan" is unreachable/,
    ],
    [
      'a cycle',
      () => withChange('constraint', (d) => ({ ...d, next: 'roles' })),
      /constraint\.yaml|roles\.yaml › next: the questions loop: .*roles.*→.*roles/,
    ],
    [
      'a path that cannot reach the end',
      () => withChange('constraint', (d) => ({ ...d, next: [{ when: { question: 'constraint', is: 'capacity' }, goto: 'end' }] })),
      /constraint\.yaml › next\[0\]: the last rule must have no "when"/,
    ],
    [
      'a condition naming a missing question',
      () =>
        withChange('headcount-pressure', (d) => ({
          ...d,
          next: [{ when: { question: 'budget', is: 'yes' }, goto: 'constraint' }, { goto: 'end' }],
        })),
      /headcount-pressure\.yaml › next\[0\]\.when: names question "budget", which does not exist/,
    ],
    [
      'a condition naming a missing option',
      () =>
        withChange('headcount-pressure', (d) => ({
          ...d,
          next: [{ when: { question: 'headcount-pressure', is: 'maybe' }, goto: 'constraint' }, { goto: 'end' }],
        })),
      /headcount-pressure\.yaml › next\[0\]\.when: names option "maybe", which question "headcount-pressure" does not have/,
    ],
    [
      'a condition looking at a later question',
      () =>
        withChange('roles', (d) => ({
          ...d,
          next: [
            { when: { question: 'constraint', is: 'clarity' }, goto: 'hiring-plan' },
            { when: { question: 'stage', is: 'in-production' }, goto: 'last-drift' },
            { goto: 'headcount-pressure' },
          ],
        })),
      /roles\.yaml › next\[0\]\.when: names question "constraint", which is never asked before this point/,
    ],
    [
      'an operator that does not fit the question kind',
      () =>
        withChange('hiring-plan', (d) => ({
          ...d,
          next: [{ when: { question: 'roles', is: 'none' }, goto: 'headcount-pressure' }, { goto: 'headcount-pressure' }],
        })),
      /hiring-plan\.yaml › next\[0\]\.when: uses "is" on multiple-choice question "roles"/,
    ],
    [
      'an empty option list',
      () => withChange('constraint', (d) => ({ ...d, options: [] })),
      /constraint\.yaml › options: needs at least one option/,
    ],
    [
      'an id that is not kebab-case',
      () => withChange('constraint', (d) => ({ ...d, id: 'Constraint' })),
      /constraint\.yaml › id: must be kebab-case/,
    ],
    [
      'a missing prompt',
      () => withChange('constraint', (d) => ({ ...d, prompt: undefined })),
      /constraint\.yaml › prompt: /,
    ],
    [
      'no start question',
      () => withChange('stage', (d) => ({ ...d, start: false })),
      /start: exactly one question must say "start: true"/,
    ],
    [
      'a reserved id',
      () => withChange('constraint', (d) => ({ ...d, id: 'finished' })),
      /constraint\.yaml › id: "finished" is reserved/,
    ],
  ])('rejects %s with a message naming the file and the field', (_name, sources, message) => {
    expect(errorsOf(sources())).toMatch(message);
  });
});
