import { describe, expect, test } from 'vitest';
import { firstActions } from '../../../src/diagnosis/first-actions';
import { diagnose, type Report } from '../../../src/diagnosis/report';
import { followAnswers } from '../../../src/questionnaire/follow';
import type { AnswerMap } from '../../../src/schemas/answers';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { expertPersonas } from '../../fixtures/expert-personas';

/**
 * Team H, graded live: two claims-triage models, five data scientists who deploy and watch them with scripts, no
 * ML engineer, and an independent validation team whose approval of every release takes about three months. The
 * report must lead with the approval path, which no hire shortens, and give its work to people the team has.
 */
const library = loadLibraryFromDisk();
const teamH = expertPersonas.find((p) => p.id === 'production-release-approval-quarter')!.answers;
const report = (answers: AnswerMap): Report => diagnose(library, followAnswers(library.questions, answers).answers)!;
const early = (r: Report) => [...r.plan['this-week'], ...r.plan['30-days']];

describe('a fix held for weeks or months in release approval', () => {
  const r = report(teamH);

  test('is the headline, ranked above the modelers carrying the operations work', () => {
    expect(r.principal.finding.id).toBe('release-approval-slow');
    const ids = r.problems.map((p) => p.finding.id);
    expect(ids).toContain('modelers-run-production');
    expect(ids.indexOf('release-approval-slow')).toBeLessThan(ids.indexOf('modelers-run-production'));
  });

  test('is not read as a slow fix, and nothing claims to fix it: no finding explains it', () => {
    expect(r.problems.map((p) => p.finding.id)).not.toContain('drift-fix-slow');
    const explainers = library.findings.filter((f) => (f.explains ?? []).some((e) => (typeof e === 'string' ? e : e.finding) === 'release-approval-slow'));
    expect(explainers.map((f) => f.id)).toEqual([]);
    expect(r.principalReason.text).not.toMatch(/also addresses/);
  });

  test('opens with the approval step, and agrees the tiered change policy in the first 30 days', () => {
    const [first] = firstActions(r, 1);
    expect(first!.finding.id).toBe('release-approval-slow');
    expect(first!.action.do).toMatch(/model validation/);
    expect(r.plan['30-days'][0]!.action.do).toMatch(/^Agree with model risk and change management a tiered change policy/);
  });

  test('asks for no hire in its first 30 days', () => {
    expect(early(r).filter((s) => s.action.staffs).map((s) => s.action.do)).toEqual([]);
  });

  test('gives its steps to the program lead (who leads team H\'s five data scientists) and the head of data science on a larger program, never to a business sponsor', () => {
    expect(r.principal.finding.actions.map((a) => a.owner).sort()).toEqual(['Program lead', 'Program lead', 'Program lead', 'Program lead']);
    const larger = report({ ...teamH, 'team-size': ['13-to-30'] });
    expect(larger.principal!.finding.actions.map((a) => a.owner).sort()).toEqual(['Head of data science', 'Program lead', 'Program lead', 'Program lead']);
    expect(r.problems.flatMap((p) => p.finding.actions).filter((a) => /model risk|validation/i.test(a.do) && a.owner === 'Business sponsor')).toEqual([]);
  });

  test('is model-risk work for the program lead on a slow fix too, never for a business sponsor', () => {
    const slowFix = report({ ...teamH, 'last-drift': ['caught-slowly'] });
    const steps = slowFix.problems.flatMap((p) => p.finding.actions).filter((a) => /model risk/.test(a.do));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.map((a) => a.owner)).not.toContain('Business sponsor');
  });

  test('stays the headline when an ML engineer runs production: the engineer cannot shorten the review either', () => {
    const withEngineer = report({ ...teamH, roles: ['data-scientists', 'ml-engineer', 'product-owner', 'lead'], 'production-work': ['dedicated-ml-engineer'], 'pipeline-owner': ['named-ml-engineer'], 'retraining-owner': ['pipeline-owner'] });
    expect(withEngineer.principal.finding.id).toBe('release-approval-slow');
    expect(withEngineer.problems.map((p) => p.finding.id)).not.toContain('modelers-run-production');
  });

  test('hands the head of data science\'s step to the program lead where there are no data scientists', () => {
    const noScientists = report({ ...teamH, roles: ['product-owner', 'lead'] });
    const owners = noScientists.problems.find((p) => p.finding.id === 'release-approval-slow')!.finding.actions.map((a) => a.owner);
    expect(owners.every((o) => o === 'Program lead')).toBe(true);
  });
});
