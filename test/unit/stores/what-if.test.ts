import { beforeEach, describe, expect, test } from 'vitest';
import { diagnoseWithPath } from '../../../src/diagnosis/full-report';
import { scenarioChanges } from '../../../src/diagnosis/scenario-changes';
import { changesBetween, whatIfAnswers, withChange } from '../../../src/interview/what-if-answers';
import { QUESTIONNAIRE_VERSION } from '../../fixtures/questionnaire-version';
import type { Codebook } from '../../../src/share/codebook';
import { encodeAnswers } from '../../../src/share/link-codec';
import { readScenarioFragment, scenarioFragment } from '../../../src/share/scenario-link';
import { $reportAnswers } from '../../../src/stores/report';
import { $reportContent } from '../../../src/stores/report-diagnosis';
import { $shareUrl, $shownReport, beginEdit, confirmEdit, importAnswers, openReportPage } from '../../../src/stores/report-view';
import { $savedInterview } from '../../../src/stores/saved-interview';
import { $whatIf, backToOriginal, tryChange } from '../../../src/stores/what-if';
import { smallAnswers, smallLibrary } from '../../fixtures/small-library';

const library = smallLibrary();
const { questions } = library;
const codebooks: Codebook[] = [{ version: 1, questions: questions.map((q) => ({ id: q.id, kind: q.kind, options: q.options.map((o) => o.id) })) }];
const content = { library, codebooks, reportPageUrl: 'https://check.example/report/' };
const payload = (answers: Record<string, string[]>) => encodeAnswers(answers, codebooks[0]!);

describe('whatIfAnswers', () => {
  test('a change that skips a question drops its answer, and changing back brings it again', () => {
    const skipped = whatIfAnswers(questions, smallAnswers.troubled, { 'headcount-pressure': ['no'] });
    expect(skipped.answers).not.toHaveProperty('constraint');
    expect(skipped.assumed).toEqual([]);
    const back = whatIfAnswers(questions, smallAnswers.troubled, withChange(smallAnswers.troubled, { 'headcount-pressure': ['no'] }, 'headcount-pressure', ['yes']));
    expect(back.answers).toEqual(smallAnswers.troubled);
  });

  test('a question a change newly brings onto the path is assumed at its healthiest answer, and listed as assumed', () => {
    const reached = whatIfAnswers(questions, smallAnswers.healthy, { 'headcount-pressure': ['yes'] });
    expect(reached.answers['constraint']).toEqual(['capacity']);
    expect(reached.assumed).toEqual(['constraint']);
    expect(reached.path.at(-1)).toBe('constraint');
  });

  test('an unfinished original is not filled in past where it stopped', () => {
    const { constraint: _, ...unfinished } = smallAnswers.troubled;
    expect(whatIfAnswers(questions, unfinished, { 'owner-outcome': ['one-person'] }).answers).not.toHaveProperty('constraint');
  });

  test('withChange undoes a change back to the original answer; changesBetween keeps only real differences', () => {
    expect(withChange(smallAnswers.troubled, { stage: ['starting'] }, 'stage', ['in-production'])).toEqual({});
    expect(changesBetween(smallAnswers.troubled, { ...smallAnswers.troubled, 'owner-outcome': ['one-person'] })).toEqual({ 'owner-outcome': ['one-person'] });
  });
});

describe('scenario links', () => {
  test('round trip, and a fragment without the marker is not a scenario', () => {
    const fragment = scenarioFragment({ scenario: 'AAA', original: 'BBB' });
    expect(fragment).toBe('what-if.AAA.BBB');
    expect(readScenarioFragment(`#${fragment}`)).toEqual({ scenario: 'AAA', original: 'BBB' });
    expect(readScenarioFragment('#AAA')).toBeUndefined();
    expect(readScenarioFragment('')).toBeUndefined();
  });

  test('a marked fragment with a missing or extra part gives empty payloads, so the codec refuses it', () => {
    expect(readScenarioFragment('#what-if.AAA')).toEqual({ scenario: '', original: '' });
    expect(readScenarioFragment('#what-if.A.B.C')).toEqual({ scenario: '', original: '' });
    expect(readScenarioFragment(`#what-if.${'A'.repeat(100_000)}.B`)).toEqual({ scenario: '', original: '' });
  });
});

describe('scenarioChanges', () => {
  test('marks the principal, the ratings, the staffing and the answers that moved; nothing when nothing did', () => {
    const original = diagnoseWithPath(library, smallAnswers.troubled)!;
    const scenario = diagnoseWithPath(library, { ...smallAnswers.troubled, 'owner-outcome': ['one-person'] })!;
    const changes = scenarioChanges(questions, original, scenario);
    expect(changes.principal).toEqual({ wasTitle: 'Nobody owns the business outcome' });
    expect(changes.ratings['accountability']).toEqual({ level: 'critical', score: 25 });
    expect(changes.ratings).not.toHaveProperty('data-foundation');
    expect(changes.staffing?.was).toContain('Product owner');
    expect(changes.answers).toEqual([expect.objectContaining({ question: 'owner-outcome', was: 'Several teams jointly', now: 'One named person', assumed: false })]);
    const none = scenarioChanges(questions, original, original);
    expect([none.answers, none.principal, none.ratings, none.staffing, none.firstAction, none.path]).toEqual([[], undefined, {}, undefined, undefined, undefined]);
  });
});

describe('the what-if stores', () => {
  beforeEach(() => {
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: {}, path: [] });
    $reportAnswers.set({ status: 'loading' });
    $reportContent.set(undefined);
  });

  test('a change shows the scenario at once, shares it as a scenario link, and going back restores the original', () => {
    openReportPage(content, `#${payload(smallAnswers.troubled)}`);
    expect($shownReport.get()?.report.principal.finding.id).toBe('joint-outcome');
    expect($shareUrl.get()).toBe(`https://check.example/report/#${payload(smallAnswers.troubled)}`);
    tryChange('owner-outcome', ['one-person']);
    expect($shownReport.get()?.report.principal.finding.id).toBe('no-data-engineer');
    expect($whatIf.get()?.changes.principal?.wasTitle).toBe('Nobody owns the business outcome');
    const scenario = { ...smallAnswers.troubled, 'owner-outcome': ['one-person'] };
    expect($shareUrl.get()).toBe(`https://check.example/report/#what-if.${payload(scenario)}.${payload(smallAnswers.troubled)}`);
    backToOriginal();
    expect($whatIf.get()).toBeUndefined();
    expect($shownReport.get()?.report.principal.finding.id).toBe('joint-outcome');
  });

  test('a scenario link opens as a scenario from a link, tried against its original', () => {
    const scenario = { ...smallAnswers.troubled, 'owner-outcome': ['one-person'] };
    openReportPage(content, `#what-if.${payload(scenario)}.${payload(smallAnswers.troubled)}`);
    expect($reportAnswers.get()).toMatchObject({ status: 'ready', from: 'link', answers: smallAnswers.troubled });
    expect($whatIf.get()).toMatchObject({ fromLink: true, answers: scenario });
    expect($shownReport.get()?.report.principal.finding.id).toBe('no-data-engineer');
  });

  test('a scenario link with a broken payload is unreadable, never half a scenario', () => {
    openReportPage(content, `#what-if.${payload(smallAnswers.troubled)}.broken`);
    expect($reportAnswers.get().status).toBe('unreadable');
  });

  test('editing a scenario asks before it replaces answers in progress, and writes nothing until confirmed', () => {
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: smallAnswers.troubled, path: Object.keys(smallAnswers.troubled) });
    openReportPage(content, '');
    expect($reportAnswers.get()).toMatchObject({ from: 'browser' });
    tryChange('owner-outcome', ['one-person']);
    expect(beginEdit()).toBe('ask');
    expect($savedInterview.get().answers).toEqual(smallAnswers.troubled);
    confirmEdit();
    expect($savedInterview.get().answers['owner-outcome']).toEqual(['one-person']);
  });

  test('editing answers that are this browser\'s own goes at once; a link\'s, with nothing in progress, loads them first', () => {
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: smallAnswers.troubled, path: Object.keys(smallAnswers.troubled) });
    openReportPage(content, '');
    expect(beginEdit()).toBe('go');
    $savedInterview.set({ version: QUESTIONNAIRE_VERSION, answers: {}, path: [] });
    openReportPage(content, `#${payload(smallAnswers.healthy)}`);
    expect(beginEdit()).toBe('go');
    expect($savedInterview.get().answers).toEqual(smallAnswers.healthy);
  });

  test('importing a file shows its answers and starts without a scenario; nothing usable is refused with a reason', () => {
    expect(importAnswers(smallAnswers.troubled, [])).toMatch(/not ready/);
    openReportPage(content, `#${payload(smallAnswers.troubled)}`);
    tryChange('owner-outcome', ['one-person']);
    expect(importAnswers(smallAnswers.healthy, [])).toBeUndefined();
    expect($reportAnswers.get()).toMatchObject({ status: 'ready', from: 'file', answers: smallAnswers.healthy });
    expect($whatIf.get()).toBeUndefined();
    expect(importAnswers({ unknown: ['x'] }, [])).toMatch(/nothing to report on/);
  });
});
