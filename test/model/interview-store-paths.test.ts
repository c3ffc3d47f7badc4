/**
 * Every path through the real interview, driven through the interview store the way the page's island
 * drives it (`submitAnswer` with the options chosen): each step is the question the path asks next, and
 * the end is the review with every answer of the path, in order, and saved so. The model tests beside
 * this one hold the machine to the content; the e2e sample (interview-branches.spec.ts) holds the page
 * to this store, by mouse and by keyboard, on one path for each situation the first question offers.
 */
import { describe, expect, test } from 'vitest';
import { FINISHED } from '../../src/questionnaire/branches';
import { enumerateInterviewPaths, longestPathLength } from '../../src/interview/paths';
import { $interview, startInterview, submitAnswer } from '../../src/stores/interview';
import { $savedInterview, NOTHING_SAVED } from '../../src/stores/saved-interview';
import { pathsCoveringEveryStep, stepsOf } from '../fixtures/branch-cover';
import { loadQuestionsFromDisk } from '../fixtures/content';

const questions = loadQuestionsFromDisk();
const paths = enumerateInterviewPaths(questions);
const longest = longestPathLength(questions);

describe('the interview store on every path of the real interview', () => {
  test('asks each question of the path in turn, and ends at the review with the path answered and saved', () => {
    for (const path of paths) {
      $savedInterview.set(NOTHING_SAVED);
      startInterview(questions, 1, longest);
      for (const [i, id] of path.questions.entries()) {
        const view = $interview.get()!;
        expect(view.step, path.questions.join(' > ')).toBe(id);
        expect(view.path).toEqual(path.questions.slice(0, i));
        submitAnswer([...path.answers[id]!]);
      }
      const end = $interview.get()!;
      expect(end.step).toBe(FINISHED);
      expect(end.path).toEqual(path.questions);
      expect(end.progress).toMatchObject({ current: path.questions.length, total: path.questions.length });
      expect($savedInterview.get()).toEqual({ version: 1, answers: path.answers, path: path.questions });
    }
  });

  test('a few paths take every step from one question to the next that any path takes', () => {
    const cover = pathsCoveringEveryStep(paths);
    const taken = new Set(cover.flatMap(stepsOf));
    expect([...new Set(paths.flatMap(stepsOf))].filter((step) => !taken.has(step))).toEqual([]);
    expect(cover.length).toBeLessThan(paths.length);
  });
});
