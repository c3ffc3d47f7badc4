/**
 * Corrupt saved progress, as the interview store reads it from localStorage when the page opens: the
 * store says which notice to show and starts where the readable part of the progress leaves off.
 * interview.spec.ts shows the page's notices for two of these in the browser.
 */
import { setPersistentEngine } from '@nanostores/persistent';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { SAVED_INTERVIEW_KEY } from '../../../src/stores/storage-key';
import { loadQuestionsFromDisk } from '../../fixtures/content';

const questions = loadQuestionsFromDisk();
const start = questions[0]!.id;
const hostile = '<img src=x onerror="window.__pwned=1">';

/** localStorage, as the persistent stores see it: a fresh object for each case. */
let storage: Record<string, string> = {};
const noEvents = { addEventListener() {}, removeEventListener() {} };

beforeEach(() => {
  storage = {};
  setPersistentEngine(storage, noEvents);
  // The saved interview is read from storage when its module loads, as on a page that opens.
  vi.resetModules();
});
afterAll(() => setPersistentEngine({}, noEvents));

/** Opens the interview with `stored` in storage, as the page does; returns the notice and the step it shows. */
async function openWith(stored: string) {
  storage[SAVED_INTERVIEW_KEY] = stored;
  const { $interview, $restoreProblem, startInterview } = await import('../../../src/stores/interview');
  startInterview(questions, 1);
  return { problem: $restoreProblem.get(), step: $interview.get()!.step, path: $interview.get()!.path };
}

describe('saved progress that cannot be used as it is', () => {
  test.each<[string, string, 'unreadable' | 'partly-dropped', string]>([
    ['invalid JSON', '{"answers": {', 'unreadable', start],
    ['JSON of the wrong shape', JSON.stringify({ answers: 'all of them', path: 5 }), 'unreadable', start],
    ['a bare string', JSON.stringify(hostile), 'unreadable', start],
    ['a hostile option', JSON.stringify({ answers: { [start]: [hostile] }, path: [start] }), 'partly-dropped', start],
    [
      'hostile ids and a prototype key',
      `{"answers":{"__proto__":{"polluted":true},"${hostile.replaceAll('"', '\\"')}":["x"]},"path":["${hostile.replaceAll('"', '\\"')}"]}`,
      'partly-dropped',
      start,
    ],
    [
      'a valid beginning and a broken rest',
      JSON.stringify({ answers: { [start]: ['building'], 'team-size': [hostile] }, path: [start, 'team-size', 'roles'] }),
      'partly-dropped',
      'team-size',
    ],
  ])('%s: the notice says so, and the interview starts where the readable part leaves off', async (_, stored, problem, step) => {
    const opened = await openWith(stored);
    expect(opened).toEqual({ problem, step, path: step === start ? [] : [start] });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('readable progress resumes without a notice', async () => {
    expect(await openWith(JSON.stringify({ version: 1, answers: { [start]: ['building'] }, path: [start] }))).toMatchObject({ problem: null, path: [start] });
  });
});
