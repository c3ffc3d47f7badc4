/**
 * "Question n of about m" on the real content, along every path: m never exceeds the most questions any
 * path asks (what the landing page promises), never grows from one question to the next, and at the
 * end is the number actually asked.
 */
import { describe, expect, test } from 'vitest';
import { followAnswers } from '../../src/questionnaire/follow';
import { enumerateInterviewPaths, longestPathLength } from '../../src/interview/paths';
import { progressOf } from '../../src/interview/progress';
import { loadQuestionsFromDisk } from '../fixtures/content';

const questions = loadQuestionsFromDisk();
const paths = enumerateInterviewPaths(questions);
const longest = longestPathLength(questions);

describe('the progress count over every path', () => {
  test('the longest path is the longest enumerated one', () => {
    expect(longest).toBe(Math.max(...paths.map((p) => p.questions.length)));
  });

  test(`starts at no more than ${longest}, never grows, and ends at the questions asked`, () => {
    const first = progressOf(questions, questions[0]!.id, [], {}, longest);
    expect(first.total).toBeLessThanOrEqual(longest);
    // Before any answer every path is still open, so the count is exactly the longest one.
    expect(first.total).toBe(longest);
    for (const path of paths) {
      let previous = Number.POSITIVE_INFINITY;
      for (const [i, id] of path.questions.entries()) {
        const asked = path.questions.slice(0, i);
        const { answers } = followAnswers(questions, Object.fromEntries(asked.map((q) => [q, path.answers[q]!])));
        const { current, total } = progressOf(questions, id, asked, answers, longest);
        expect(current).toBe(i + 1);
        expect(total, `${path.questions.join(' > ')} at ${id}`).toBeLessThanOrEqual(previous);
        expect(total).toBeGreaterThanOrEqual(path.questions.length > i ? i + 1 : 0);
        // Never fewer than this path will in fact ask: "about" errs on the long side.
        expect(total, `${path.questions.join(' > ')} at ${id}`).toBeGreaterThanOrEqual(path.questions.length);
        expect(total).toBeLessThanOrEqual(longest);
        previous = total;
      }
      const all = followAnswers(questions, path.answers);
      expect(progressOf(questions, 'finished', all.path, all.answers, longest).total).toBe(path.questions.length);
    }
  });
});
