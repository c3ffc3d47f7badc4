import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createInterviewMachine, currentStep } from '../../src/interview/machine';
import { FINISHED } from '../../src/questionnaire/branches';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import { SECONDS_PER_QUESTION } from '../../src/interview/progress';
import { loadQuestionsFromDisk } from '../fixtures/content';
import { seedsArbitrary, walk } from '../fixtures/random-walk';

const questions = loadQuestionsFromDisk();

describe('every path through the real interview (content/questions)', () => {
  const paths = enumerateInterviewPaths(questions);
  const sequences = new Set(paths.map((p) => p.questions.join(' > ')));
  const lengths = paths.map((p) => p.questions.length);
  console.log(
    `interview paths: ${paths.length} (${sequences.size} distinct question sequences), ` +
      `${Math.min(...lengths)}–${Math.max(...lengths)} questions, over ${questions.length} questions in the bank`,
  );

  test('there is more than one path and every question is on some path', () => {
    expect(sequences.size).toBeGreaterThan(1);
    const asked = new Set(paths.flatMap((p) => p.questions));
    expect(questions.filter((q) => !asked.has(q.id)).map((q) => q.id)).toEqual([]);
  });

  test('each path ends finished, with an answer for every question it asked and none for the ones it skipped', () => {
    const machine = createInterviewMachine(questions);
    for (const path of paths) {
      const actor = createActor(machine).start();
      for (const id of path.questions) {
        expect(currentStep(actor.getSnapshot())).toBe(id);
        actor.send({ type: 'answer.submitted', value: path.answers[id]! });
      }
      const end = actor.getSnapshot();
      expect(currentStep(end)).toBe(FINISHED);
      expect(Object.keys(end.context.answers).sort()).toEqual([...path.questions].sort());
    }
  });

  test('thousands of random complete answer sets all reach the end with exactly the questions asked answered', () => {
    fc.assert(
      fc.property(seedsArbitrary(questions), (seeds) => {
        const result = walk(questions, seeds);
        expect(result.finished).toBe(true);
        expect(Object.keys(result.answers).sort()).toEqual([...result.asked].sort());
        expect(new Set(result.asked).size).toBe(result.asked.length);
      }),
      { numRuns: 3000 },
    );
  });

  test('a typical respondent, in every situation the first question offers, is asked 14–23 questions in under ten minutes', () => {
    // 23 since codebook v4: a program in production is asked, in one tap, how many models it runs.
    // "Typical": the median respondent when every option of every question is equally likely,
    // from a fixed sample so the test is repeatable. The first question sets the situation (the stage).
    const first = questions[0]!;
    const lengths = new Map<string, number[]>(first.options.map((o) => [o.id, []]));
    for (const seeds of fc.sample(seedsArbitrary(questions), { numRuns: 8000, seed: 2026 })) {
      const result = walk(questions, seeds);
      lengths.get(result.answers[first.id]![0]!)!.push(result.asked.length);
    }
    const typical = [...lengths].map(([situation, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return { situation, median: sorted[Math.floor(sorted.length / 2)]!, respondents: sorted.length };
    });
    console.log(`typical path length by ${first.id}: ${typical.map((t) => `${t.situation} ${t.median}`).join(', ')}`);
    for (const { situation, median, respondents } of typical) {
      expect(respondents, situation).toBeGreaterThan(1000);
      expect(median, situation).toBeGreaterThanOrEqual(14);
      expect(median, situation).toBeLessThanOrEqual(23);
      expect(median * SECONDS_PER_QUESTION, situation).toBeLessThan(10 * 60);
    }
  });
});

describe('the branching follows the situation (issue #3), on every path of the real interview', () => {
  const paths = enumerateInterviewPaths(questions);
  const owners = ['owner-model-performance', 'owner-production-behaviour', 'owner-business-outcome', 'owner-running-cost'];
  const chose = (path: (typeof paths)[number], question: string, option: string) => path.answers[question]?.includes(option) ?? false;
  const asks = (path: (typeof paths)[number], question: string) => path.questions.includes(question);
  const after = (path: (typeof paths)[number], question: string) => path.questions[path.questions.indexOf(question) + 1];

  test('a team starting from zero is asked its hiring plan and never about monitoring or drift', () => {
    const starting = paths.filter((p) => chose(p, 'stage', 'starting'));
    expect(starting.length).toBeGreaterThan(0);
    for (const path of starting) {
      expect(asks(path, 'hiring-plan-first')).toBe(true);
      expect(asks(path, 'monitoring') || asks(path, 'last-drift')).toBe(false);
    }
  });

  test('a team in production is asked how the last drift was handled; no other team is', () => {
    for (const path of paths) expect(asks(path, 'last-drift')).toBe(chose(path, 'stage', 'in-production'));
  });

  test('pressure to add people leads to capacity-or-clarity, and each answer to its own follow-up', () => {
    for (const path of paths) {
      expect(asks(path, 'constraint')).toBe(chose(path, 'headcount-pressure', 'yes'));
      if (chose(path, 'headcount-pressure', 'yes')) expect(after(path, 'headcount-pressure')).toBe('constraint');
      expect(asks(path, 'capacity-skill')).toBe(chose(path, 'constraint', 'capacity'));
      expect(asks(path, 'clarity-gap')).toBe(chose(path, 'constraint', 'clarity'));
      if (asks(path, 'capacity-skill')) expect(after(path, 'constraint')).toBe('capacity-skill');
      if (asks(path, 'clarity-gap')) expect(after(path, 'constraint')).toBe('clarity-gap');
    }
  });

  test('"several teams jointly" on any accountability, and only that, leads to who acts first', () => {
    const joint = (path: (typeof paths)[number]) => owners.some((q) => chose(path, q, 'several-teams'));
    expect(paths.some(joint)).toBe(true);
    for (const path of paths) expect(asks(path, 'who-acts-first')).toBe(joint(path));
  });
});
