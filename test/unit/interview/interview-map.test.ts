import { describe, expect, test } from 'vitest';
import { describeCondition } from '../../../src/conditions/describe';
import { mapInterview } from '../../../src/interview/interview-map';
import { validateInterview } from '../../../src/interview/validate';
import { smallInterview } from '../../fixtures/small-interview';

const result = validateInterview(smallInterview());
if (!result.ok) throw new Error('fixture is invalid');
const questions = result.value;

describe('mapInterview', () => {
  test('puts each question in the layer of its longest distance from the start', () => {
    expect(mapInterview(questions).layers).toEqual([
      ['stage'],
      ['roles'],
      ['hiring-plan', 'last-drift'],
      ['headcount-pressure'],
      ['constraint'],
    ]);
  });

  test('labels every branch with its rule in words', () => {
    const edges = mapInterview(questions).edges.filter((e) => e.from === 'roles');
    expect(edges).toEqual([
      { from: 'roles', to: 'hiring-plan', label: '“stage?” is “Starting”' },
      { from: 'roles', to: 'last-drift', label: '“stage?” is “In production”' },
      { from: 'roles', to: 'headcount-pressure', label: 'otherwise' },
    ]);
  });
});

describe('describeCondition', () => {
  test('reads combinators and multiple-choice operators', () => {
    expect(
      describeCondition(
        { all: [{ question: 'roles', includesAny: ['data-engineer', 'none'] }, { not: { question: 'stage', is: 'building' } }] },
        questions,
      ),
    ).toBe('“roles?” includes “Data engineer” or “None yet” and not (“stage?” is “Building”)');
  });
});
