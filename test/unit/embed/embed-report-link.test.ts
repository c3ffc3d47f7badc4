import { describe, expect, test } from 'vitest';
import { reportLinkFor } from '../../../src/embed/report-link';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { readFragment } from '../../../src/share/fragment';
import { decodePayload } from '../../../src/share/link-codec';
import { followAnswers } from '../../../src/questionnaire/follow';
import { loadQuestionsFromDisk } from '../../fixtures/content';
import { enumerateInterviewPaths } from '../../../src/interview/paths';

const codebooks = loadCodebooksFromDisk();
const questions = loadQuestionsFromDisk();
const REPORT_PAGE = 'https://intranet.example/tools/ai-team-check/report/';

describe('reportLinkFor', () => {
  const path = enumerateInterviewPaths(questions)[0]!;
  const finished = followAnswers(questions, path.answers);

  test('points to the standalone report page, never to /embed/, with the answers in the fragment only', () => {
    const link = new URL(reportLinkFor(finished.answers, finished.path, codebooks, REPORT_PAGE)!);
    expect(`${link.origin}${link.pathname}`).toBe(REPORT_PAGE);
    expect(link.search).toBe('');
    expect(link.hash.length).toBeGreaterThan(1);
  });

  test('carries exactly the answers on the path taken: drafts of other questions stay behind', () => {
    const offPath = questions.find((q) => !finished.path.includes(q.id))!;
    const withDraft = { ...finished.answers, [offPath.id]: [offPath.options[0]!.id] };
    const link = reportLinkFor(withDraft, finished.path, codebooks, REPORT_PAGE)!;
    const decoded = decodePayload(readFragment(new URL(link).hash), codebooks);
    expect(decoded).toMatchObject({ ok: true, answers: finished.answers });
  });

  test('is undefined when this build has no codebook', () => {
    expect(reportLinkFor(finished.answers, finished.path, [], REPORT_PAGE)).toBeUndefined();
  });
});

