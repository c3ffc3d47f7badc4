import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../src/diagnosis/report';
import { followAnswers } from '../../../src/questionnaire/follow';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { personas } from '../../fixtures/personas';

const library = loadLibraryFromDisk();

describe.each(personas)('diagnose for the persona "$name"', (persona) => {
  const followed = followAnswers(library.questions, persona.story);
  const report = diagnose(library, followed.answers)!;
  const fired = [...report.problems, ...report.strengths].map((f) => f.finding.id);

  test('answers a complete path through the interview', () => {
    expect(followed.complete).toBe(true);
  });

  test(`names "${persona.principal}" as the principal constraint`, () => {
    expect(report.principal.finding.id).toBe(persona.principal);
  });

  test('shows the findings this situation must raise, and none it must not', () => {
    expect(fired).toEqual(expect.arrayContaining(persona.mustFire));
    expect(fired.filter((id) => persona.mustNotFire.includes(id))).toEqual([]);
  });
});

describe('the staffing advice for the personas', () => {
  const reportOf = (id: string) => {
    const persona = personas.find((p) => p.id === id)!;
    return diagnose(library, followAnswers(library.questions, persona.story).answers)!;
  };

  test('recommends no hire when the constraint is clarity', () => {
    const { staffing } = reportOf('clarity-under-pressure');
    expect(staffing.kind).toBe('hold');
    expect(staffing.steps.filter((s) => !s.waits).map((s) => s.role.fill)).not.toContain('hire');
  });

  test('asks for engineers before data scientists for a team planning to hire scientists first', () => {
    const roles = reportOf('scientists-first-plan').staffing.steps.map((s) => s.role.id);
    expect(roles.indexOf('data-engineer')).toBeGreaterThanOrEqual(0);
    expect(roles).not.toContain('data-scientist');
  });

  test('asks for the one missing skill on a genuine capacity gap', () => {
    expect(reportOf('capacity-gap').staffing.steps.map((s) => s.role.id)).toEqual(['data-engineer']);
  });

  test('asks for nobody in a healthy program', () => {
    const report = reportOf('healthy-program');
    expect(report.staffing.steps).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.strengths.length).toBeGreaterThanOrEqual(6);
  });

  test('marks joint ownership on every accountability of the joint-ownership team', () => {
    const map = reportOf('joint-ownership').accountability;
    expect(map.map((a) => a.ownership)).toEqual(['joint', 'joint', 'joint', 'joint']);
    expect(map.every((a) => a.gap)).toBe(true);
  });
});
