import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createInterviewMachine, currentStep, FINISHED } from '../../src/interview/machine';
import { enumerateInterviewPaths } from '../../src/interview/paths';
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
});
