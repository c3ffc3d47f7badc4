import { describe, expect, test } from 'vitest';
import { firstActions } from '../../../src/diagnosis/first-actions';
import { reportToMarkdown, SCENARIO_NOTE } from '../../../src/diagnosis/markdown';
import { ARTICLE_TITLE, HOLD_HEADLINE, REPORT_TITLE, SECTIONS } from '../../../src/diagnosis/report-labels';
import { diagnose, type Report } from '../../../src/diagnosis/report';
import { smallAnswers, smallBodies, smallLibrary } from '../../fixtures/small-library';

const library = smallLibrary();
const report = (answers: Record<string, string[]>): Report => diagnose(library, answers)!;

describe('reportToMarkdown', () => {
  const troubled = report(smallAnswers.troubled);
  const markdown = reportToMarkdown(troubled, smallBodies, { shareUrl: 'https://example.test/report/#1abc', methodUrl: 'https://example.test/method/' });

  test('says first that a what-if scenario is one, and says nothing of it otherwise', () => {
    const scenario = reportToMarkdown(troubled, smallBodies, { scenario: true });
    expect(scenario.split('\n## ')[0]).toContain(`> ${SCENARIO_NOTE}`);
    expect(markdown).not.toContain(SCENARIO_NOTE);
  });

  test('starts with the report title and opens on the principal constraint', () => {
    expect(markdown.startsWith(`# ${REPORT_TITLE}\n`)).toBe(true);
    const afterTitle = markdown.split('\n## ')[1]!;
    expect(afterTitle.startsWith(SECTIONS.principal)).toBe(true);
    expect(afterTitle).toContain('### Nobody owns the business outcome');
    expect(afterTitle).toContain('Why joint-outcome matters, in *our* words.');
  });

  // The path forward is there when it has steps (see the test with a path below).
  const always = Object.entries(SECTIONS).filter(([key]) => key !== 'path');
  test.each(always)('has the %s section, in the page order', (_key, heading) => {
    expect(markdown).toContain(`\n## ${heading}\n`);
  });

  test('keeps the sections in the order the page shows them', () => {
    const positions = always.map(([, h]) => markdown.indexOf(`\n## ${h}\n`));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('names the first action: the principal constraint\'s earliest one', () => {
    expect(markdown).toContain('**First action:** Outcome: write it down (Program lead, this week)');
    expect(firstActions(troubled, 1)[0]!.action.do).toBe('Outcome: write it down');
  });

  test('rates every dimension in a table', () => {
    expect(markdown).toContain('| Accountability | Critical | 25/100 |');
    expect(markdown).toContain('| Data foundation | At risk | 50/100 |');
  });

  test('groups findings by severity, each with its actions and the answers that made it fire', () => {
    const findings = markdown.slice(markdown.indexOf(`## ${SECTIONS.findings}`), markdown.indexOf(`## ${SECTIONS.plan}`));
    expect(findings.indexOf('### Critical')).toBeLessThan(findings.indexOf('### Major'));
    expect(findings).toContain('- Pipelines: name one owner (Program lead, within 30 days)');
    expect(findings).toContain('- Who builds the data pipelines? — **The data scientists | themselves**');
  });

  test('marks joint ownership as a gap in the accountability map, escaping table pipes', () => {
    expect(markdown).toContain('| Business outcome | Several teams jointly | Gap: held jointly, so by nobody |');
  });

  test('lists the staffing sequence in order when the constraint is capacity, led by the principal constraint\'s role', () => {
    expect(markdown).toMatch(/It starts with the role the principal constraint needs\.\n\n1\. \*\*Product owner\*\* \(assign someone you have\): Nobody owns the business outcome\n2\. \*\*Data engineer\*\* \(hire\)/);
  });

  test('says "don\'t hire yet" and recommends no hire when the constraint is clarity', () => {
    const clarity = reportToMarkdown(report(smallAnswers.clarity), smallBodies);
    expect(clarity).toContain(`**${HOLD_HEADLINE}.**`);
    expect(clarity).not.toContain('Data engineer** (hire)');
    expect(clarity).toContain('**Product owner** (assign someone you have)');
  });

  test('puts every planned action in its period as a checklist, and leaves out empty periods', () => {
    expect(markdown).toMatch(/### This week\n\n- \[ \] Outcome: write it down/);
    expect(markdown).toMatch(/### Within 90 days\n\n- \[ \] Outcome: review it \(Sponsor, within 90 days\) — for: Nobody owns the business outcome/);
    expect(markdown).not.toContain('### Within 6 months');
  });

  test('has the path forward, after the plan, when there is one', () => {
    const path = {
      steps: [{ fixes: { id: 'joint-outcome', title: 'Nobody owns the business outcome' }, clears: [{ id: 'joint-outcome', title: 'Nobody owns the business outcome' }, { id: 'x', title: 'Symptom' }], moves: [{ dimension: 'Accountability', before: 25, after: 100 }], staffingAfter: [], nextPrincipal: { id: 'x', title: 'Symptom' } }],
      end: { kind: 'only-minor' as const },
    };
    const withPath = reportToMarkdown(troubled, smallBodies, {}, path);
    const at = withPath.indexOf(`\n## ${SECTIONS.path}\n`);
    expect(at).toBeGreaterThan(withPath.indexOf(`\n## ${SECTIONS.plan}\n`));
    expect(at).toBeLessThan(withPath.indexOf(`\n## ${SECTIONS.meeting}\n`));
    expect(withPath).toContain('1. **Nobody owns the business outcome** Also clears “Symptom”. Accountability 25 → 100.');
    expect(withPath).toContain('Then: only minor items are left.');
  });

  test('numbers the meeting questions', () => {
    expect(markdown).toContain('1. Who alone answers for the outcome?');
  });

  test('credits the article by title and links the method and the report', () => {
    expect(markdown).toContain(`“${ARTICLE_TITLE}”`);
    expect(markdown).toContain('More on the method: https://example.test/method/');
    expect(markdown).toContain('Open this report: https://example.test/report/#1abc');
  });

  test('lists strengths for a healthy program, whose principal constraint is the fallback', () => {
    const healthy = reportToMarkdown(report(smallAnswers.healthy), smallBodies);
    expect(healthy).toContain('### Protect what works');
    const strengths = healthy.slice(healthy.indexOf(`## ${SECTIONS.strengths}`));
    expect(strengths).toContain('#### One person owns the outcome');
    expect(healthy).toContain('No structural problems were found in these answers.');
  });

  test('says when the check is unfinished, and lists ignored answers', () => {
    const partial = reportToMarkdown(report({ stage: ['starting'], bogus: ['x'] }), smallBodies);
    expect(partial).toContain('> Based on an unfinished check');
    expect(partial).toContain('Notes on the answers:');
  });

  test('is deterministic and ends with exactly one newline', () => {
    expect(reportToMarkdown(troubled, smallBodies)).toBe(reportToMarkdown(report(smallAnswers.troubled), smallBodies));
    expect(markdown.endsWith('\n')).toBe(true);
    expect(markdown.endsWith('\n\n')).toBe(false);
    expect(markdown).not.toMatch(/\n{3,}/);
  });
});
