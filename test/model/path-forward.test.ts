import { describe, expect, test } from 'vitest';
import { applyResolution, pathForward, PATH_STEPS } from '../../src/diagnosis/path-forward';
import { diagnose, type FiredFinding, type Report } from '../../src/diagnosis/report';
import { completeAnswers } from '../../src/questionnaire/complete';
import type { Finding } from '../../src/schemas/finding';
import { library, overAll, reports } from '../fixtures/property-answer-sets';

const { findings, questions } = library;
const byId = new Map(findings.map((f) => [f.id, f]));
const problemFindings = findings.filter((f) => f.severity !== 'strength' && !f.fallback);
const unknownOptions = new Set(questions.flatMap((q) => q.options.filter((o) => o.unknown).map((o) => `${q.id}=${o.id}`)));
const citesUnknown = (fired: FiredFinding) => fired.evidence.some((e) => e.chosen.some((o) => unknownOptions.has(`${e.question}=${o}`)));
const ids = (r: Report) => r.problems.map((p) => p.finding.id);

/** Today's answers with `finding`'s resolution applied, completed and diagnosed again: one step of the path. */
const resolve = (report: Report, finding: Finding) => diagnose(library, completeAnswers(questions, applyResolution(report.answers, finding.resolvedBy!)))!;

/**
 * The path walk (up to four diagnoses a report) is the slow part: about 20 s of CPU over all ~19,000 reports,
 * and twice that with the independent walk below. It runs on every WALK_EVERY-th report; the first step (the
 * principal's resolution) is checked on every report.
 */
const WALK_EVERY = 4;

describe('the findings library', () => {
  test('every problem finding has exactly one of resolvedBy (answers once its actions are done) and noResolution (an unknown)', () => {
    const wrong = problemFindings.filter((f) => (f.resolvedBy === undefined) === (f.noResolution === undefined)).map((f) => f.id);
    expect(wrong, 'needs exactly one of resolvedBy / noResolution').toEqual([]);
    expect(findings.filter((f) => (f.severity === 'strength' || f.fallback) && (f.resolvedBy || f.noResolution)).map((f) => f.id), 'only problems are resolved').toEqual([]);
  });

  test(`a finding without a resolution fires only on a "don't know"; one with a resolution also fires without one, ${overAll}`, () => {
    const onlyOnKnown = new Set<string>();
    const firesOnKnown = new Set<string>();
    for (const r of reports) {
      for (const p of r.problems) {
        if (citesUnknown(p)) continue;
        if (byId.get(p.finding.id)!.noResolution) onlyOnKnown.add(p.finding.id);
        else firesOnKnown.add(p.finding.id);
      }
    }
    expect([...onlyOnKnown].sort(), 'noResolution on a finding that fires on definite answers').toEqual([]);
    const firedAtAll = new Set(reports.flatMap(ids));
    expect(problemFindings.filter((f) => f.resolvedBy && firedAtAll.has(f.id) && !firesOnKnown.has(f.id)).map((f) => f.id), 'resolvedBy on a finding about an unknown: use noResolution').toEqual([]);
  });
});

describe(`the path forward, ${overAll}`, () => {
  /** For every report whose principal has a resolution: the report once it is applied. */
  const firstSteps: { before: Report; after: Report }[] = [];
  const firstStep = () => {
    if (firstSteps.length === 0) {
      for (const before of reports) {
        const principal = byId.get(before.principal.finding.id)!;
        if (principal.resolvedBy) firstSteps.push({ before, after: resolve(before, principal) });
      }
    }
    return firstSteps;
  };

  test("applying the principal constraint's resolution to today's answers clears it", () => {
    const stays = new Map<string, number>();
    for (const { before, after } of firstStep()) {
      const id = before.principal.finding.id;
      if (ids(after).includes(id)) stays.set(id, (stays.get(id) ?? 0) + 1);
    }
    expect(firstStep().length).toBeGreaterThan(reports.length / 2);
    expect([...stays].map(([id, n]) => `${id} still fires (${n} reports)`)).toEqual([]);
  });

  // The one exception: a step that fills the role work was queuing for cannot also change the answer "work
  // piles up waiting for <that skill>" (a static resolution cannot tell which skill was named), so "the
  // bottleneck" can come back as "the one you have cannot keep up" (a finding that asks for another person
  // in a role that is there, `staffAnother`). Anything else new would be a resolution that makes things worse.
  test('a resolution brings in no problem that was not there, except "one more person" in the role just filled', () => {
    const brought = new Map<string, number>();
    for (const { before, after } of firstStep()) {
      for (const id of ids(after)) {
        if (ids(before).includes(id) || byId.get(id)!.staffAnother) continue;
        const key = `${before.principal.finding.id} brings ${id}`;
        brought.set(key, (brought.get(key) ?? 0) + 1);
      }
    }
    expect([...brought].map(([k, n]) => `${k} (${n} reports)`)).toEqual([]);
  });

  test(`ends within ${PATH_STEPS} steps and never stalls; the first step fixes the principal; every step fixes a problem today's report shows; no step brings back what an earlier one cleared (every ${WALK_EVERY}th report)`, () => {
    const broken: string[] = [];
    const ends = new Map<string, number>();
    reports.forEach((start, i) => {
      if (i % WALK_EVERY !== 0 || broken.length > 20) return;
      const path = pathForward(library, start);
      ends.set(path.end.kind, (ends.get(path.end.kind) ?? 0) + 1);
      const where = `report ${i} (${path.steps.map((s) => s.fixes.id).join(' → ')})`;
      if (path.steps.length > PATH_STEPS) broken.push(`${where}: ${path.steps.length} steps`);
      if (path.end.kind === 'stalled') broken.push(`${where}: stalled on ${path.end.id}`);
      if (path.steps[0] && path.steps[0].fixes.id !== start.principal.finding.id) broken.push(`${where}: starts with ${path.steps[0].fixes.id}, not the principal ${start.principal.finding.id}`);
      // The walk again, independently of the engine's own check: each step clears its principal, and a problem once cleared stays cleared.
      let report = start;
      const cleared = new Set<string>();
      const today = ids(start);
      const todays = (r: typeof start) => r.problems.filter((p) => today.includes(p.finding.id));
      for (const step of path.steps) {
        if (!today.includes(step.fixes.id)) broken.push(`${where}: a step fixes ${step.fixes.id}, which today's report does not show`);
        const after = resolve(report, byId.get(step.fixes.id)!);
        const back = ids(after).filter((id) => id === step.fixes.id || cleared.has(id));
        if (back.length > 0) broken.push(`${where}: after ${step.fixes.id}, ${back.join(', ')} fire again`);
        for (const id of ids(report)) if (!ids(after).includes(id)) cleared.add(id);
        const next = todays(after)[0]?.finding.id ?? after.principal.finding.id;
        if (next !== step.nextPrincipal.id) broken.push(`${where}: after ${step.fixes.id}, the next of today's problems is ${next}, not ${step.nextPrincipal.id}`);
        report = after;
      }
      const serious = todays(report).some((p) => p.finding.severity === 'critical' || p.finding.severity === 'major');
      if (path.end.kind === 'only-minor' && serious) broken.push(`${where}: ends "only minor" with serious problems of today's left`);
      if (path.end.kind === 'healthy' && todays(report).length > 0) broken.push(`${where}: ends "healthy" with problems of today's left`);
    });
    expect(broken).toEqual([]);
    // Every way of ending is reached, so the walk is not trivially short.
    expect([...ends.keys()].sort()).toEqual(['find-out', 'healthy', 'limit', 'only-minor']);
  });
});
