import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { answerDifferences, groupByAnswer } from '../../../src/compare/answer-differences';
import { interviewOrder } from '../../../src/compare/interview-order';
import { compareAnswers } from '../../../src/compare/compare';
import { decodeCompareLink, encodeCompareLink } from '../../../src/compare/compare-link';
import { factDisagreements, factQuestionIds, groupByKind } from '../../../src/compare/disagreements';
import { comparisonSummary, disagreementTitle, listNames } from '../../../src/compare/compare-text';
import { progressBetween } from '../../../src/compare/progress';
import { displayLabel, readEntries } from '../../../src/compare/read-entries';
import { diagnose } from '../../../src/diagnosis/report';
import { followAnswers } from '../../../src/questionnaire/follow';
import type { AnswerMap } from '../../../src/schemas/answers';
import { DisagreementTextsSchema } from '../../../src/schemas/disagreement-text';
import { latestCodebook } from '../../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../../src/share/codebooks-fs';
import { encodeAnswers } from '../../../src/share/link-codec';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { personas } from '../../fixtures/personas';

const library = loadLibraryFromDisk();
const codebooks = loadCodebooksFromDisk();
const codebook = latestCodebook(codebooks)!;
const story = (id: string): AnswerMap => followAnswers(library.questions, personas.find((p) => p.id === id)!.story).answers;

const link = (answers: AnswerMap) => encodeAnswers(answers, codebook);
const joint = story('joint-ownership');
const healthy = story('healthy-program');
const unsure = story('new-lead-unsure');

describe('factDisagreements', () => {
  test('finds nothing to disagree on when everyone gave the same answers', () => {
    expect(factDisagreements(library, [healthy, healthy, healthy])).toEqual([]);
  });

  test('names each accountability whose owner the respondents answered differently, with who said what', () => {
    const found = factDisagreements(library, [joint, healthy, unsure]).filter((d) => d.kind === 'accountability');
    expect(found.map((d) => d.subject)).toEqual(['model performance', 'production behaviour', 'business outcome', 'running cost']);
    for (const d of found) {
      expect(d.positions.map((p) => [p.answer, p.respondents])).toEqual([
        ['Several teams jointly', [0]],
        ['One named person', [1]],
        ["Don't know", [2]],
      ]);
    }
  });

  test('finds the accountability questions by their `accountability` field, not by id', () => {
    const renamed = library.questions.map((q) => (q.accountability ? { ...q, id: `x-${q.id}` } : q));
    const rename = (a: AnswerMap) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k.startsWith('owner-') ? `x-${k}` : k, v]));
    const found = factDisagreements({ ...library, questions: renamed }, [rename(joint), rename(healthy)]);
    expect(found.filter((d) => d.kind === 'accountability')).toHaveLength(4);
  });

  test("says whether a role is filled by each role's `present` condition, with the answers that decided it", () => {
    const found = factDisagreements(library, [healthy, unsure]).filter((d) => d.kind === 'role');
    const dataEngineer = found.find((d) => d.subject === 'Data engineer')!;
    expect(dataEngineer.positions.map((p) => [p.answer, p.respondents])).toEqual([
      ['present', [0]],
      ['unknown', [1]],
    ]);
    expect(dataEngineer.positions[0]!.because[0]).toEqual([
      { prompt: library.questions.find((q) => q.id === 'data-pipelines')!.prompt, answer: expect.any(String) },
    ]);
  });

  test('tells a role said to be missing from one nobody knows about', () => {
    const noEngineer = { ...healthy, 'data-pipelines': ['data-scientists'] };
    const found = factDisagreements(library, [healthy, noEngineer]).find((d) => d.subject === 'Data engineer')!;
    expect(found.positions.map((p) => p.answer)).toEqual(['present', 'absent']);
  });

  test('flags a disagreement on the constraint: the question with a `pausesHiring` option', () => {
    const clarity = story('clarity-under-pressure');
    const capacity = { ...clarity, constraint: ['capacity'] };
    const found = factDisagreements(library, [clarity, capacity]).filter((d) => d.kind === 'constraint');
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toBe(library.questions.find((q) => q.id === 'constraint')!.prompt);
  });

  test('lists respondents whose answers never reach a matter as unasked, not as a position', () => {
    const clarity = story('clarity-under-pressure');
    const capacity = { ...clarity, constraint: ['capacity'] };
    const found = factDisagreements(library, [clarity, capacity, healthy]).find((d) => d.kind === 'constraint')!;
    expect(found.unasked).toEqual([2]);
    expect(found.positions.flatMap((p) => p.respondents).sort()).toEqual([0, 1]);
  });

  test('orders owners first, then roles, then the constraint', () => {
    const kinds = factDisagreements(library, [joint, healthy, unsure]).map((d) => d.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['accountability', 'role', 'constraint'].indexOf(a) - ['accountability', 'role', 'constraint'].indexOf(b)));
  });

  test('treats as facts the owners, the constraint and every question that decides a role', () => {
    const ids = factQuestionIds(library);
    for (const id of ['owner-model-performance', 'owner-running-cost', 'constraint', 'data-pipelines', 'product-owner', 'roles']) {
      expect(ids.has(id)).toBe(true);
    }
    expect(ids.has('feature-reuse')).toBe(false);
  });
});

describe('answerDifferences', () => {
  test('lists only questions answered differently by at least two respondents, in interview order', () => {
    const differences = answerDifferences(library.questions, [joint, healthy]);
    const order = interviewOrder(library.questions).map((q) => q.id);
    const ids = differences.map((d) => d.question);
    expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(ids).toContain('owner-model-performance');
    expect(ids).not.toContain('stage'); // both are in production
    for (const d of differences) expect(new Set(d.answers.filter(Boolean).map((a) => a!.join())).size).toBeGreaterThan(1);
  });

  test("gives each respondent's answer labels, and undefined where the question was not asked", () => {
    const noDrift = { ...healthy };
    delete noDrift['last-drift'];
    const differences = answerDifferences(library.questions, [joint, healthy, noDrift]);
    const drift = differences.find((d) => d.question === 'last-drift')!;
    expect(drift.answers[2]).toBeUndefined();
    expect(drift.answers[0]).toEqual([library.questions.find((q) => q.id === 'last-drift')!.options.find((o) => o.id === 'caught-slowly')!.label]);
  });

  test('finds no differences between identical answers', () => {
    expect(answerDifferences(library.questions, [unsure, unsure])).toEqual([]);
  });

  test('puts the start question first and every question after those that lead to it', () => {
    const order = interviewOrder(library.questions);
    expect(order[0]!.start).toBe(true);
    expect(order).toHaveLength(library.questions.length);
  });
});

describe('progressBetween', () => {
  const before = diagnose(library, joint)!;
  const after = diagnose(library, { ...joint, ...Object.fromEntries(Object.keys(joint).filter((k) => k.startsWith('owner-')).map((k) => [k, ['one-person']])) })!;
  const progress = progressBetween(before, after);

  test('shows a dimension getting better when its score rises', () => {
    expect(progress.dimensions.find((d) => d.dimension.id === 'accountability')).toMatchObject({ change: 'better' });
  });

  test('lists the problems that went away and the strengths that appeared', () => {
    expect(progress.resolved.map((f) => f.id)).toContain('joint-ownership-stalls');
    expect(progress.strengthsGained.map((f) => f.id)).toContain('accountabilities-named');
    expect(progress.appeared).toEqual([]);
  });

  test('reads the same change backwards as worse', () => {
    const back = progressBetween(after, before);
    expect(back.dimensions.find((d) => d.dimension.id === 'accountability')).toMatchObject({ change: 'worse' });
    expect(back.appeared.map((f) => f.id)).toEqual(progress.resolved.map((f) => f.id));
    expect(back.strengthsLost.map((f) => f.id)).toEqual(progress.strengthsGained.map((f) => f.id));
  });

  test('says whether the principal constraint changed', () => {
    expect(progress.principalChanged).toBe(before.principal.finding.id !== after.principal.finding.id);
    expect(progressBetween(before, before).principalChanged).toBe(false);
    expect(progressBetween(before, before).dimensions.every((d) => d.change === 'same')).toBe(true);
  });
});

describe('readEntries', () => {
  test('reads each link on its own: a broken one gets its message, the others still compare', () => {
    const good = link(healthy);
    const tampered = good.slice(0, -1) + (good.endsWith('a') ? 'b' : 'a');
    const entries = readEntries(
      [
        { label: 'Ana', payload: good },
        { label: 'Bo', payload: tampered },
        { label: '', payload: link(joint) },
        { label: 'Cy', payload: '' },
      ],
      codebooks,
      library.questions,
    );
    expect(entries.map((e) => e.ok)).toEqual([true, false, true, false]);
    expect(entries.map((e) => e.name)).toEqual(['Ana', 'Bo', 'Respondent 3', 'Cy']);
    expect(entries[1]).toMatchObject({ ok: false, message: expect.stringMatching(/changed or cut short/) });
    expect(entries[3]).toMatchObject({ ok: false, message: expect.stringMatching(/no answers/) });
  });

  test('refuses a link that holds no answers at all', () => {
    expect(readEntries([{ label: '', payload: link({}) }], codebooks, library.questions)[0]).toMatchObject({ ok: false });
  });

  test('names unlabelled links by their place: respondents side by side, checks over time', () => {
    expect(displayLabel('', 1, 'team')).toBe('Respondent 2');
    expect(displayLabel('', 0, 'over-time')).toBe('Check 1');
    expect(displayLabel('Ana', 0, 'over-time')).toBe('Ana');
  });
});

describe('compareAnswers', () => {
  test('needs two reports', () => {
    expect(compareAnswers(library, [{ label: 'A', answers: healthy }], 'team')).toBeUndefined();
  });

  test('puts every respondent side by side: a rating per dimension and a principal constraint each', () => {
    const comparison = compareAnswers(library, [
      { label: 'A', answers: joint },
      { label: 'B', answers: healthy },
      { label: 'C', answers: unsure },
    ], 'team')!;
    expect(comparison.respondents.map((r) => r.report.principal.finding.id)).toEqual(['joint-ownership-stalls', 'no-structural-gap', 'many-unknowns']);
    expect(comparison.ratings).toHaveLength(library.dimensions.length);
    for (const row of comparison.ratings) expect(row.ratings).toHaveLength(3);
    expect(comparison.ratings.find((r) => r.dimension.id === 'accountability')!.differs).toBe(true);
    expect(comparison.samePrincipal).toBe(false);
    expect(comparison.disagreements.length).toBeGreaterThanOrEqual(4);
    expect(comparison.progress).toBeUndefined();
  });

  test('over time, shows progress from the first to the last and no disagreements', () => {
    const comparison = compareAnswers(library, [{ label: 'Jan', answers: unsure }, { label: 'Apr', answers: healthy }], 'over-time')!;
    expect(comparison.disagreements).toEqual([]);
    expect(comparison.progress!.resolved.map((f) => f.id)).toContain('many-unknowns');
  });

  test('compares what a compare link made from share links holds, labels and all', () => {
    const fragment = encodeCompareLink([
      { label: 'Ana', payload: link(joint) },
      { label: 'Bo', payload: link(healthy) },
    ]);
    const link2 = decodeCompareLink(`#${fragment}`);
    const entries = readEntries(link2.entries, codebooks, library.questions, link2.mode);
    const comparison = compareAnswers(library, entries.flatMap((e) => (e.ok ? [{ label: e.name, answers: e.answers }] : [])), link2.mode)!;
    expect(comparison.respondents.map((r) => r.label)).toEqual(['Ana', 'Bo']);
    expect(comparison.respondents.map((r) => r.report.answers)).toEqual([joint, healthy]);
  });
});

describe('content/compare/disagreements.yaml', () => {
  test('has a title with {subject} and a reason for every kind of fact', () => {
    const texts = DisagreementTextsSchema.parse(parse(readFileSync('content/compare/disagreements.yaml', 'utf8')));
    expect(Object.keys(texts).sort()).toEqual(['accountability', 'constraint', 'role']);
  });
});

describe('groupByAnswer', () => {
  test('groups respondents by identical answers, in the order first given, with "not asked" last', () => {
    expect(groupByAnswer([['A'], undefined, ['B'], ['A'], ['B', 'C']])).toEqual([
      { answer: ['A'], respondents: [0, 3] },
      { answer: ['B'], respondents: [2] },
      { answer: ['B', 'C'], respondents: [4] },
      { answer: undefined, respondents: [1] },
    ]);
  });
});

describe('the compare view’s words', () => {
  const texts = DisagreementTextsSchema.parse(parse(readFileSync('content/compare/disagreements.yaml', 'utf8')));

  test.each([
    [[], ''],
    [['Ana'], 'Ana'],
    [['Ana', 'Bo'], 'Ana and Bo'],
    [['Ana', 'Bo', 'Chen'], 'Ana, Bo and Chen'],
  ])('lists %j as %j', (names, text) => {
    expect(listNames(names)).toBe(text);
  });

  test('titles each kind of disagreement once, naming every matter of that kind', () => {
    const groups = groupByKind(factDisagreements(library, [joint, healthy, unsure]));
    expect(groups.map((g) => g.kind)).toEqual([...new Set(groups.map((g) => g.kind))]);
    expect(disagreementTitle(groups[0]!, texts)).toBe(
      'No agreement on who owns model performance, production behaviour, business outcome and running cost',
    );
  });

  test('sums a comparison up in one line: facts disagreed on and principal constraints named', () => {
    const three = compareAnswers(library, [{ label: 'A', answers: joint }, { label: 'B', answers: healthy }, { label: 'C', answers: unsure }], 'team')!;
    expect(comparisonSummary(three)).toBe(
      `They disagree on ${three.disagreements.length} matters of fact about the team, and their reports name 3 different principal constraints.`,
    );
    const same = compareAnswers(library, [{ label: 'A', answers: healthy }, { label: 'B', answers: healthy }], 'team')!;
    expect(comparisonSummary(same)).toBe('They agree on every matter of fact the check asks about, and their reports name the same principal constraint.');
  });
});
