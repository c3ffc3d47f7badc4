import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/diagnosis/report';
import { followAnswers } from '../../src/questionnaire/follow';
import { loadLibraryFromDisk } from '../fixtures/content';
import { expertPersonas } from '../fixtures/expert-personas';

const library = loadLibraryFromDisk();

test('there are at least twelve expert personas', () => {
  expect(expertPersonas.length).toBeGreaterThanOrEqual(12);
});

describe.each(expertPersonas)('the report for "$name"', (persona) => {
  const followed = followAnswers(library.questions, persona.answers);
  const report = diagnose(library, followed.answers)!;
  const fired = [...report.problems, ...report.strengths].map((f) => f.finding.id);
  const { expected } = persona;

  test('comes from a complete path through the interview', () => {
    expect(followed.complete, followed.warnings.join('\n')).toBe(true);
  });

  test(`opens on "${expected.principal}"${expected.acceptablePrincipals?.length ? ` (or ${expected.acceptablePrincipals.join(', ')})` : ''}`, () => {
    expect([expected.principal, ...(expected.acceptablePrincipals ?? [])]).toContain(report.principal.finding.id);
  });

  test('shows what the expert says it must, and nothing they say it must not', () => {
    expect(expected.mustFire.filter((id) => !fired.includes(id) && report.principal.finding.id !== id), 'missing').toEqual([]);
    expect(fired.filter((id) => expected.mustNotFire.includes(id)), 'wrongly shown').toEqual([]);
  });

  test(`staffs ${expected.firstHire === 'none' ? 'nobody now' : `the ${expected.firstHire} first`}`, () => {
    const now = report.staffing.steps.filter((s) => !s.waits && s.role.fill !== 'assign');
    if (expected.firstHire === 'none') expect(now.map((s) => s.role.id)).toEqual([]);
    else expect([expected.firstHire, ...(expected.acceptableFirstHires ?? [])]).toContain(report.staffing.steps[0]?.role.id);
  });
});
