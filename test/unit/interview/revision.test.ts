import { describe, expect, test } from 'vitest';
import { carriesOver, parseRevision, revisionOutcome, startRevision } from '../../../src/interview/revision';

const review = ['stage', 'roles', 'last-drift', 'headcount-pressure', 'constraint'];

describe('carriesOver', () => {
  const revision = startRevision(review, 'roles');

  test('keeps the earlier answers of questions after the changed one', () => {
    expect(carriesOver(revision, 'last-drift')).toBe(true);
    expect(carriesOver(revision, 'constraint')).toBe(true);
  });

  test('asks again the changed question, the questions before it and any question new to the path', () => {
    expect(carriesOver(revision, 'roles')).toBe(false);
    expect(carriesOver(revision, 'stage')).toBe(false);
    expect(carriesOver(revision, 'hiring-plan')).toBe(false);
  });
});

describe('revisionOutcome', () => {
  test('names the questions that left the path and those that joined it', () => {
    const after = ['stage', 'roles', 'hiring-plan', 'headcount-pressure'];
    expect(revisionOutcome(startRevision(review, 'stage'), after)).toEqual({
      removed: ['last-drift', 'constraint'],
      added: ['hiring-plan'],
    });
  });

  test('is empty when the change leaves the path as it was', () => {
    expect(revisionOutcome(startRevision(review, 'stage'), review)).toEqual({ removed: [], added: [] });
  });
});

describe('parseRevision', () => {
  test('reads a well-formed stored revision', () => {
    expect(parseRevision({ question: 'roles', before: review })).toEqual({ question: 'roles', before: review });
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'roles'],
    ['a question missing from the path', { question: 'budget', before: review }],
    ['a hostile id', { question: '<img src=x onerror=alert(1)>', before: ['<img src=x onerror=alert(1)>'] }],
    ['a path that is not a list of ids', { question: 'roles', before: 'roles' }],
    ['a prototype key', { question: '__proto__', before: ['__proto__'] }],
  ])('refuses %s', (_, value) => {
    expect(parseRevision(value)).toBeUndefined();
  });
});
