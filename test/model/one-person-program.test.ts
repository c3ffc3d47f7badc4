import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/diagnosis/report';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import { loadLibraryFromDisk } from '../fixtures/content';

const library = loadLibraryFromDisk();
const paths = enumerateInterviewPaths(library.questions);
const sizes = library.questions.find((q) => q.id === 'team-size')!.options.map((o) => o.id);
/** Every path once for each team size: the size steers no branch, so the paths carry only one of them. */
const reports = paths.flatMap((path) => sizes.map((size) => diagnose(library, { ...path.answers, 'team-size': [size] })!));
const alonePastStart = (r: (typeof reports)[number]) => r.answers['team-size']![0] === 'just-me' && r.answers['stage']![0] !== 'starting';
const fired = (r: (typeof reports)[number]) => [...r.problems, ...r.strengths].map((f) => f.finding.id);

describe('a program of one, on every path of the interview', () => {
  test('past the starting stage it is told the program rests on one person; at the start, or with more people, it is not', () => {
    expect(reports.filter(alonePastStart).length).toBeGreaterThan(0);
    for (const r of reports) expect(fired(r).includes('one-person-program'), JSON.stringify(r.answers)).toBe(alonePastStart(r));
  });

  test('no strength then says the team has separate builders and operators, or a chain owner apart from the modelers', () => {
    for (const r of reports.filter(alonePastStart)) {
      expect(fired(r)).not.toContain('builders-and-operators');
      expect(fired(r)).not.toContain('end-to-end-owner');
    }
  });

  test('the principal constraint is critical (or the root of a critical problem), and is the one-person risk unless another critical problem comes first', () => {
    for (const r of reports.filter(alonePastStart)) {
      const weighs = [r.principal.finding.severity, ...r.problems.filter((p) => r.principal.explains?.includes(p.finding.id)).map((p) => p.finding.severity)];
      expect(weighs).toContain('critical');
      const otherCritical = r.problems.some((f) => f.finding.severity === 'critical' && f.finding.id !== 'one-person-program');
      if (!otherCritical) expect(r.principal.finding.id).toBe('one-person-program');
    }
  });
});
