import { describe, expect, test } from 'vitest';
import { followAnswers } from '../../src/questionnaire/follow';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import { whatIfAnswers } from '../../src/interview/what-if-answers';
import type { AnswerMap } from '../../src/schemas/answers';
import { answerVariants } from '../fixtures/answer-variants';
import { loadLibraryFromDisk } from '../fixtures/content';

const { questions } = loadLibraryFromDisk();
const byId = new Map(questions.map((q) => [q.id, q]));
// One answer set for every fourth path (its variants only vary answers that a change here varies anyway):
// a quarter of the CPU of all of them (8 s on a loaded machine).
const originals = enumerateInterviewPaths(questions)
  .filter((_, i) => i % 4 === 0)
  .map((path) => answerVariants(questions, path)[0]!);

/** What is wrong with a scenario, or nothing: the branching must hold whatever the change. */
function problem(original: AnswerMap, id: string, option: string): string | undefined {
  const scenario = whatIfAnswers(questions, original, { [id]: [option] });
  const followed = followAnswers(questions, scenario.answers);
  if (!followed.complete) return 'the path does not reach the end';
  if (Object.keys(scenario.answers).join() !== followed.path.join()) return 'it holds answers off its path';
  if (scenario.answers[id]?.join() !== option) return 'the change is lost';
  for (const asked of followed.path) {
    if (asked === id) continue;
    // Every other answer is the original's, unless its question is new on this path and was assumed.
    if (scenario.assumed.includes(asked) ? original[asked] !== undefined : scenario.answers[asked]!.join() !== original[asked]?.join()) {
      return `the answer to ${asked} is neither the original's nor an assumed one`;
    }
  }
  return undefined;
}

describe('whatIfAnswers, for every single-choice change on a quarter of the enumerated paths', () => {
  test('follows the branching: a complete path, only its own answers, each changed, kept or assumed', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const original of originals) {
      for (const id of Object.keys(original)) {
        const question = byId.get(id)!;
        if (question.kind !== 'single') continue;
        for (const option of question.options) {
          const found = problem(original, id, option.id);
          if (found && failures.length < 5) failures.push(`${id} → ${option.id} on ${JSON.stringify(original)}: ${found}`);
          checked++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(originals.length);
  });
});
