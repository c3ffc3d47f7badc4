/**
 * "A check is in progress" has one definition (`inProgress`), and its three readers agree on it: the
 * script before first paint (which carries the function's text), the landing page's resume offer (saved
 * progress as parsed from storage) and the interview's "Start over" (the restored interview's view).
 */
import { describe, expect, test } from 'vitest';
import { inProgress } from '../../../src/interview/in-progress';
import { parseSavedProgress } from '../../../src/interview/saved-progress';
import { validateInterview } from '../../../src/interview/validate';
import { firstPaintScript } from '../../../src/layouts/first-paint';
import { $interview, startInterview } from '../../../src/stores/interview';
import { $savedInterview } from '../../../src/stores/saved-interview';
import { SAVED_INTERVIEW_KEY } from '../../../src/stores/storage-key';
import { smallInterview } from '../../fixtures/small-interview';

const validated = validateInterview(smallInterview());
if (!validated.ok) throw new Error('fixture is invalid');
const questions = validated.value;

/** Whether the first-paint script marks <html> as resuming with `stored` saved. */
function marksResuming(stored: string): boolean {
  const attributes: Record<string, string> = {};
  const root = { setAttribute: (name: string, value: string) => void (attributes[name] = value) };
  const window = { location: { search: '', hash: '' }, localStorage: { getItem: (key: string) => (key === SAVED_INTERVIEW_KEY ? stored : null) } };
  new Function('window', 'document', firstPaintScript({ resume: true }))(window, { documentElement: root });
  return 'data-resuming' in attributes;
}

describe('inProgress', () => {
  describe.each([
    ['a question answered on the path', { version: 1, answers: { stage: ['building'] }, path: ['stage'] }, true],
    ['a draft only (back at the first question)', { version: 1, answers: { stage: ['building'] }, path: [] }, true],
    ['a change under way from the review', { version: 1, answers: { stage: ['building'], roles: ['none'] }, path: [], revision: { question: 'stage', before: ['stage', 'roles'] } }, true],
    ['nothing (after Start over)', { version: 1, answers: {}, path: [] }, false],
  ])('with %s saved', (_name, saved, expected) => {
    test(`is ${expected} for the first-paint script, the resume offer and Start over alike`, () => {
      expect(inProgress(saved)).toBe(expected);
      expect(marksResuming(JSON.stringify(saved))).toBe(expected);
      expect(inProgress(parseSavedProgress(saved))).toBe(expected);
      $savedInterview.set(saved);
      startInterview(questions, 1);
      expect(inProgress($interview.get())).toBe(expected);
    });
  });

  test.each([['null'], ['42'], ['"text"'], ['[]'], ['{"path": "stage"}'], ['{"answers": ["stage"]}'], ['{"path": [']])(
    'is false, and marks nothing, for %s',
    (stored) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(stored);
      } catch {
        parsed = undefined;
      }
      expect(inProgress(parsed)).toBe(false);
      expect(marksResuming(stored)).toBe(false);
    },
  );
});
