import { describe, expect, test } from 'vitest';
import { pathForward } from '../../../src/diagnosis/path-forward';
import { diagnose } from '../../../src/diagnosis/report';
import { followAnswers } from '../../../src/questionnaire/follow';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { expertPersonas } from '../../fixtures/expert-personas';

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

/**
 * Where the path forward takes the expert's problems in another order than the expert wrote. Each is a
 * disagreement left open on purpose, said here rather than bent out of the fixture; an entry whose path
 * comes to agree fails the test, so the list only shrinks.
 */
const PATH_ORDER_DISAGREEMENTS: Readonly<Record<string, string>> = {
  'building-clarity-decision-rights': 'the engine fixes the jointly owned outcome first (an acceptable principal), then the decision rights',
  'moving-platform-split-chain': 'the engine puts monitoring before the split chain at launch, being more severe there',
  'starting-clarity-scientists-first': 'the engine writes the specification before pausing the hires the expert would pause first',
  'starting-large-no-product-owner': 'the engine takes the joint accountability last, after the specification and the plan',
  'production-vendor-run-claims-model': 'the engine names owners for the unowned accountabilities before retraining; the expert would settle retraining first, the vendor exit being near',
};

describe.each(expertPersonas)('the path forward for "$name"', (persona) => {
  const report = diagnose(library, followAnswers(library.questions, persona.answers).answers)!;
  const path = pathForward(library, report);
  const expertOrder = persona.expected.pathForward;
  const done = new Set(path.steps.flatMap((s) => [s.fixes.id, ...s.clears.map((c) => c.id)]));

  test('starts where the report does, or says to find out first', () => {
    if (path.steps.length > 0) expect(path.steps[0]!.fixes.id).toBe(report.principal.finding.id);
    else if (path.end.kind === 'find-out') expect(path.end.id).toBe(report.principal.finding.id);
  });

  test('fixes or clears every serious problem the expert would fix, unless it must stop first', () => {
    if (path.end.kind === 'find-out' || path.end.kind === 'limit') return;
    const serious = expertOrder.filter((id) => report.problems.some((p) => p.finding.id === id && (p.finding.severity === 'critical' || p.finding.severity === 'major')));
    expect(serious.filter((id) => !done.has(id))).toEqual([]);
  });

  test('takes the expert\'s problems in the expert\'s order', () => {
    const positions = path.steps.map((s) => expertOrder.indexOf(s.fixes.id)).filter((i) => i >= 0);
    const inOrder = positions.every((p, i) => i === 0 || p > positions[i - 1]!);
    expect(inOrder, PATH_ORDER_DISAGREEMENTS[persona.id] ?? 'out of order').toBe(!Object.hasOwn(PATH_ORDER_DISAGREEMENTS, persona.id));
  });
});
