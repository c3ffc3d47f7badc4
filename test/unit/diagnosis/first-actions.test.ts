import { describe, expect, test } from 'vitest';
import { firstActions } from '../../../src/diagnosis/first-actions';
import { diagnose } from '../../../src/diagnosis/report';
import { smallAnswers, smallLibrary } from '../../fixtures/small-library';

const report = diagnose(smallLibrary(), smallAnswers.troubled)!;

describe('firstActions', () => {
  test("leads with the principal constraint's earliest action", () => {
    expect(firstActions(report, 1).map((s) => [s.finding.id, s.action.within])).toEqual([['joint-outcome', 'this-week']]);
  });

  test('then follows the 30/60/90-day plan in its order, without repeating the lead', () => {
    const steps = firstActions(report, 10);
    expect(steps.map((s) => s.action.do)).toEqual([
      'Outcome: write it down',
      'Pipelines: write it down',
      'Outcome: name one owner',
      'Pipelines: name one owner',
      'Outcome: review it',
    ]);
    expect(new Set(steps.map((s) => s.action)).size).toBe(steps.length);
  });

  test('gives at most the number asked for', () => {
    expect(firstActions(report, 3)).toHaveLength(3);
    expect(firstActions(report, 0)).toEqual([]);
  });
});
