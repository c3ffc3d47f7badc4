import { beforeEach, describe, expect, test } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../fixtures/questionnaire-version';
import type { Codebook } from '../../../src/share/codebook';
import { DECODE_FAILURE_MESSAGES, encodeAnswers } from '../../../src/share/link-codec';
import { $savedInterview } from '../../../src/stores/saved-interview';
import {
  $reportAnswers,
  chooseReportAnswers,
  loadAnswersIntoInterview,
  loadReportAnswers,
  showImportedAnswers,
  wouldReplaceSavedAnswers,
} from '../../../src/stores/report';
import { loadLinkIntoInterview } from '../../../src/stores/link-into-interview';
import { smallAnswers, smallLibrary } from '../../fixtures/small-library';

const { questions } = smallLibrary();
/** A codebook that freezes the small library's questions, as content/codebooks/v1.yaml freezes the real ones. */
const codebooks: Codebook[] = [
  {
    version: 1,
    questions: questions.map((q) => ({ id: q.id, kind: q.kind, options: q.options.map((o) => o.id) })),
  },
];
const link = encodeAnswers(smallAnswers.troubled, codebooks[0]!);

beforeEach(() => {
  $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: {}, path: [] });
  $reportAnswers.set({ status: 'loading' });
});

describe('chooseReportAnswers', () => {
  test('reads a share link first, even when this browser holds other answers', () => {
    expect(chooseReportAnswers(link, codebooks, questions, smallAnswers.healthy)).toEqual({
      status: 'ready',
      from: 'link',
      answers: smallAnswers.troubled,
      notes: [],
    });
  });

  test('says a broken link is unreadable, and never falls back to this browser\'s answers', () => {
    const result = chooseReportAnswers(`${link.slice(0, -1)}x`, codebooks, questions, smallAnswers.healthy);
    expect(result.status).toBe('unreadable');
    if (result.status === 'unreadable') expect(result.message).toMatch(/link/);
  });

  test('says a link is unreadable when this build has no codebook yet', () => {
    expect(chooseReportAnswers(link, [], questions, {}).status).toBe('unreadable');
  });

  test('uses the answers in progress when there is no link, without drafts the path skips', () => {
    const saved = { ...smallAnswers.healthy, constraint: ['clarity'] };
    expect(chooseReportAnswers('', codebooks, questions, saved)).toEqual({
      status: 'ready',
      from: 'browser',
      answers: smallAnswers.healthy,
      notes: [],
    });
  });

  test('has no answers when there is neither a link nor anything in progress', () => {
    expect(chooseReportAnswers('', codebooks, questions, {})).toEqual({ status: 'none' });
    expect(chooseReportAnswers('', codebooks, questions, { 'not-a-question': ['x'] })).toEqual({ status: 'none' });
  });
});

describe('loadReportAnswers', () => {
  test('reads the fragment of location.hash, # and percent-encoding included', () => {
    loadReportAnswers(`#${encodeURIComponent(link)}`, codebooks, questions);
    expect($reportAnswers.get()).toMatchObject({ status: 'ready', from: 'link', answers: smallAnswers.troubled });
  });

  test('turns a 1 MB fragment away as too long, never decoding it, even with answers in this browser', () => {
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: smallAnswers.clarity, path: Object.keys(smallAnswers.clarity) });
    loadReportAnswers(`#${'A'.repeat(1024 * 1024)}`, codebooks, questions);
    expect($reportAnswers.get()).toEqual({ status: 'unreadable', message: DECODE_FAILURE_MESSAGES['too-long'] });
  });

  test('falls back to the saved interview when the hash is empty', () => {
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: smallAnswers.clarity, path: Object.keys(smallAnswers.clarity) });
    loadReportAnswers('', codebooks, questions);
    expect($reportAnswers.get()).toMatchObject({ status: 'ready', from: 'browser', answers: smallAnswers.clarity });
  });

  test('leaves out a draft: an answer chosen on a question not yet continued from', () => {
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: smallAnswers.troubled, path: ['stage', 'owner-outcome'] });
    loadReportAnswers('', codebooks, questions);
    expect($reportAnswers.get()).toMatchObject({ answers: { stage: ['in-production'], 'owner-outcome': ['several-teams'] } });
  });
});

describe('showImportedAnswers', () => {
  test('replaces whatever the report showed with the file\'s answers', () => {
    loadReportAnswers(`#${link}`, codebooks, questions);
    showImportedAnswers(questions, smallAnswers.healthy);
    expect($reportAnswers.get()).toEqual({ status: 'ready', from: 'file', answers: smallAnswers.healthy, notes: [] });
  });
});

describe('loadAnswersIntoInterview', () => {
  test('writes the answers and the path they take into the saved interview', () => {
    loadAnswersIntoInterview(questions, { ...smallAnswers.healthy, bogus: ['x'] }, QUESTIONNAIRE_VERSION);
    expect($savedInterview.get()).toEqual({
      version: QUESTIONNAIRE_VERSION,
      answers: smallAnswers.healthy,
      path: ['stage', 'owner-outcome', 'data-pipelines', 'headcount-pressure'],
    });
  });

  test('is only a replacement worth asking about when different answers are in progress', () => {
    expect(wouldReplaceSavedAnswers(questions, smallAnswers.troubled)).toBe(false);
    loadAnswersIntoInterview(questions, smallAnswers.troubled, QUESTIONNAIRE_VERSION);
    expect(wouldReplaceSavedAnswers(questions, smallAnswers.troubled)).toBe(false);
    expect(wouldReplaceSavedAnswers(questions, smallAnswers.healthy)).toBe(true);
  });
});

describe('loadLinkIntoInterview', () => {
  test('opens the interview on the answers in a fragment, with the path they follow', () => {
    expect(loadLinkIntoInterview(`#${link}`, codebooks, questions)).toBe('loaded');
    const saved = $savedInterview.get();
    expect(saved.answers).toEqual(smallAnswers.troubled);
    expect(saved.path).toEqual(Object.keys(smallAnswers.troubled));
  });

  test('keeps the answers in progress, drafts included, when they already are the fragment\'s', () => {
    // The healthy team is never asked about its constraint: an answer to it is a draft off the path.
    loadAnswersIntoInterview(questions, smallAnswers.healthy, QUESTIONNAIRE_VERSION);
    const withDraft = { ...$savedInterview.get(), answers: { ...smallAnswers.healthy, constraint: ['capacity'] } };
    $savedInterview.set(withDraft);
    expect(loadLinkIntoInterview(`#${encodeAnswers(smallAnswers.healthy, codebooks[0]!)}`, codebooks, questions)).toBe('loaded');
    expect($savedInterview.get()).toEqual(withDraft);
  });

  test('replaces other answers in progress with the fragment\'s', () => {
    loadAnswersIntoInterview(questions, smallAnswers.healthy, QUESTIONNAIRE_VERSION);
    loadLinkIntoInterview(`#${link}`, codebooks, questions);
    expect($savedInterview.get().answers).toEqual(smallAnswers.troubled);
  });

  test.each(['#', '', '#not-a-link', `#${link.slice(0, -2)}`, `#${'9'.repeat(5000)}`])('changes nothing for the fragment %j', (hash) => {
    loadAnswersIntoInterview(questions, smallAnswers.healthy, QUESTIONNAIRE_VERSION);
    const before = $savedInterview.get();
    expect(loadLinkIntoInterview(hash, codebooks, questions)).toBe(hash.length > 1 ? 'unreadable' : 'none');
    expect($savedInterview.get()).toEqual(before);
  });
});
