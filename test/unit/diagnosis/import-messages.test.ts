/**
 * What an import says for each kind of file a reader may pick by mistake, and what it keeps of an
 * answers file with some unusable answers: one plain message per kind, and the usable answers kept.
 */
import { describe, expect, test } from 'vitest';
import { problemSentence, readAnswersFile, WRONG_FILE } from '../../../src/diagnosis/answers-file';
import { validateInterview } from '../../../src/interview/validate';
import { ANSWERS_FORMAT } from '../../../src/schemas/answers';
import { $reportAnswers, showImportedAnswers } from '../../../src/stores/report';
import { smallInterview } from '../../fixtures/small-interview';

const refusal = (text: string) => {
  const result = readAnswersFile(text, 2);
  if (result.ok) throw new Error('expected a refusal');
  return result.problems.map(problemSentence);
};

describe('importing the wrong kind of file', () => {
  test.each([
    ['an empty file', '', WRONG_FILE.empty],
    ['a file of blank lines', '\n  \n', WRONG_FILE.empty],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n1 0 obj', WRONG_FILE.pdf],
    ['the report’s Markdown export', '# AI Team Check report\n\n## The principal constraint\n', WRONG_FILE.markdown],
    ['the comparison’s Markdown export', '# Comparison of 3 reports\n\nOpen this comparison: …', WRONG_FILE.markdown],
    ['a truncated answers file', '{\n  "format": "ai-team-check/answers",\n  "version": 1,\n  "answers": {\n    "stage": ["buil', WRONG_FILE.truncated],
    ['a file cut after a comma', '{"format":"ai-team-check/answers","version":1,', WRONG_FILE.truncated],
    ['plain text', 'stage: building\nroles: data-scientists', WRONG_FILE.notJson],
  ])('%s gets its own message', (_name, text, message) => {
    expect(refusal(text)).toEqual([`The file ${message}.`]);
  });

  test('never says “Unexpected token” or “is not valid JSON” about Markdown', () => {
    expect(refusal('# AI Team Check report').join(' ')).not.toMatch(/Unexpected token|not valid JSON/);
  });

  test.each([
    ['another tool’s JSON', { name: 'Team survey', responses: [1, 2, 3] }, 'it has no "format": "ai-team-check/answers"'],
    ['JSON with another format tag', { format: 'other-tool/export', answers: {} }, 'its format is the text "other-tool/export"'],
    ['a JSON list', [{ stage: 'building' }], 'it has no "format"'],
  ])('%s: is JSON but not an answers file, perhaps from another tool', (_name, data, detail) => {
    const [sentence] = refusal(JSON.stringify(data));
    expect(sentence).toContain('is JSON, but not an answers file from this check');
    expect(sentence).toContain(detail);
  });

  test('reads a file saved with a byte-order mark', () => {
    expect(readAnswersFile(`\uFEFF${JSON.stringify({ format: ANSWERS_FORMAT, version: 1, answers: { stage: ['building'] } })}`, 2).ok).toBe(true);
  });
});

describe('importing an answers file with some unusable answers', () => {
  test('keeps the well-formed answers and names each malformed one', () => {
    const text = JSON.stringify({ format: ANSWERS_FORMAT, version: 1, comment: 'from Ana', answers: { stage: ['building'], roles: 'data-engineer', team: [3], 'hiring-plan': ['engineers-first', 7] } });
    const result = readAnswersFile(text, 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers).toEqual({ stage: ['building'], 'hiring-plan': ['engineers-first'] });
    expect(result.dropped.map(problemSentence)).toEqual([
      '“comment” is not part of an answers file, so it was ignored.',
      '“answers.roles” must be a list of option ids, but is the text "data-engineer"; that answer was left out.',
      '“answers.team[0]” must be an option id, but is the number 3; it was left out.',
      '“answers.hiring-plan[1]” must be an option id, but is the number 7; it was left out.',
    ]);
  });

  test('still refuses a file whose version or answers object is wrong: there is nothing to salvage from', () => {
    expect(readAnswersFile(JSON.stringify({ format: ANSWERS_FORMAT, version: 'one', answers: {} }), 2).ok).toBe(false);
    expect(readAnswersFile(JSON.stringify({ format: ANSWERS_FORMAT, version: 1, answers: [] }), 2).ok).toBe(false);
  });

  test('the report shows the usable answers, with the file’s losses and the unknown options as notes', () => {
    const questions = validateInterview(smallInterview());
    if (!questions.ok) throw new Error('fixture is invalid');
    const refused = showImportedAnswers(questions.value, { stage: ['building'], roles: ['data-engineer', 'robot'] }, ['“comment” is not part of an answers file, so it was ignored.']);
    expect(refused).toBeUndefined();
    const shown = $reportAnswers.get();
    expect(shown).toMatchObject({ status: 'ready', from: 'file', answers: { stage: ['building'], roles: ['data-engineer'] } });
    if (shown.status !== 'ready') return;
    expect(shown.notes).toEqual(['“comment” is not part of an answers file, so it was ignored.', 'From the answer to “roles?”: the option “robot”, which this version of the check does not have.']);
  });

  test('says there is nothing to report on when not one answer is usable', () => {
    const questions = validateInterview(smallInterview());
    if (!questions.ok) throw new Error('fixture is invalid');
    expect(showImportedAnswers(questions.value, { stage: ['no-such-stage'] })).toMatch(/None of its answers fits/);
  });
});
