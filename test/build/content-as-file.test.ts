/**
 * A question is a content file: adding a question, an option, the finding that reads them and the
 * codebook that freezes them is a change to content/ alone. This builds a copy of the project with
 * only its content changed (no TypeScript touched: src/ is copied as it is) and shows that the build
 * passes, that the share links published with every codebook still open to exactly their answers, and that
 * the report and a new link use the new answers. A second copy, without the new codebook, shows the
 * build stopping with the question and the option to freeze and what file to add.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { diagnose } from '../../src/diagnosis/report';
import type { DiagnosisLibrary } from '../../src/diagnosis/library';
import type { AnswerMap } from '../../src/schemas/answers';
import type { Codebook } from '../../src/share/codebook';
import { loadCodebooksFromDisk } from '../../src/share/codebooks-fs';
import { decodePayload, encodeAnswers } from '../../src/share/link-codec';
import { build, projectWith, removeCopies } from './project-copy';

afterAll(removeCopies);

/** The versions published today; the copy adds the next one, as a content change would. */
const published = loadCodebooksFromDisk().map((c) => c.version).sort((a, b) => a - b);
const LATEST = published.at(-1)!;
const NEXT = LATEST + 1;

const fixtures = (version: number) =>
  (JSON.parse(readFileSync(join(import.meta.dirname, `../fixtures/links-v${version}.json`), 'utf8')) as { links: { name: string; payload: string; answers: AnswerMap }[] }).links;

const QUESTION = `id: budget-holder
section: Your program
dimension: accountability
prompt: Who decides what the program may spend next year?
help: A program whose money is decided by nobody in particular tends to lose it at the first budget round.
kind: single
order:
  - [named-executive, committee, not-decided]
options:
  - { id: named-executive, label: One named executive }
  - { id: committee, label: A committee decides it jointly }
  - { id: not-decided, label: Nobody has decided yet }
  - { id: dont-know, label: Don't know, unknown: true }
next: roles
`;

const FINDING = `---
id: budget-undecided
dimension: accountability
severity: major
title: Nobody has decided who pays for the program next year
when: { question: budget-holder, is: not-decided }
resolvedBy:
  budget-holder: [named-executive]
actions:
  - do: "Ask the sponsor to name the one executive who decides next year's budget for the program."
    owner: Program lead
    within: this-week
  - do: "Agree with that executive what the program must show by the budget round to keep its funding."
    owner: Program lead
    within: 30-days
---
Money nobody has promised is money the program cannot plan with: hires wait, contracts stay short, and the first budget round decides the program's fate without anyone arguing for it.
`;

/** The project's content with a question (asked after the team's size), an option, a finding and the next codebook (when `codebook`). */
function addContent(project: string, codebook: boolean): void {
  const content = join(project, 'content');
  writeFileSync(join(content, 'questions/budget-holder.yaml'), QUESTION);
  const teamSize = join(content, 'questions/team-size.yaml');
  writeFileSync(teamSize, readFileSync(teamSize, 'utf8').replace(/^next: roles$/m, 'next: budget-holder'));
  const monitoring = join(content, 'questions/monitoring.yaml');
  writeFileSync(monitoring, readFileSync(monitoring, 'utf8').replace('  - id: dont-know', "  - id: vendor-service\n    label: A vendor's service watches it for us\n  - id: dont-know"));
  writeFileSync(join(content, 'findings/budget-undecided.md'), FINDING);
  if (!codebook) return;
  const next = parse(readFileSync(join(content, `codebooks/v${LATEST}.yaml`), 'utf8')) as Codebook;
  next.version = NEXT;
  next.questions.find((q) => q.id === 'monitoring')!.options.push('vendor-service');
  next.questions.push({ id: 'budget-holder', kind: 'single', options: ['named-executive', 'committee', 'not-decided', 'dont-know'] });
  writeFileSync(join(content, `codebooks/v${NEXT}.yaml`), `# Codebook v${NEXT}: v${LATEST} with budget-holder and monitoring's vendor-service. FROZEN.\n${stringify(next)}`);
}

/** The report page's data (library and codebooks) as the build wrote it into dist/report/. */
function builtReportData(dir: string): { library: DiagnosisLibrary; codebooks: Codebook[] } {
  const html = readFileSync(join(dir, 'dist/report/index.html'), 'utf8');
  const json = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('dist/report/index.html has no report data');
  return JSON.parse(json) as { library: DiagnosisLibrary; codebooks: Codebook[] };
}

describe('a new question and option, as content files only', () => {
  test('build, old links keep their answers, and the report and a new link use the new answers', async () => {
    const dir = projectWith((project) => addContent(project, true));
    const { code, output } = await build(dir);
    expect(code, output).toBe(0);

    const { library, codebooks } = builtReportData(dir);
    expect(codebooks.map((c) => c.version)).toEqual([...published, NEXT]);
    // The interview asks the new question and saves answers as the next version, with no constant bumped.
    const check = readFileSync(join(dir, 'dist/check/index.html'), 'utf8');
    expect(check).toContain('Who decides what the program may spend next year?');
    expect(check).toContain(`version&quot;:[0,${NEXT}]`);

    for (const version of published) {
      for (const { name, payload, answers } of fixtures(version)) {
        const decoded = decodePayload(payload, codebooks);
        expect(decoded, `v${version}: ${name}`).toMatchObject({ ok: true, version, answers });
        // A link with no answers has no report, today as before.
        if (Object.keys(answers).length > 0) expect(diagnose(library, answers), `v${version}: ${name}`).toBeDefined();
      }
    }

    const production = fixtures(LATEST).find((l) => l.answers.stage?.[0] === 'in-production' && l.answers.monitoring)!.answers;
    const answers = { ...production, 'budget-holder': ['not-decided'], monitoring: ['vendor-service'] };
    const report = diagnose(library, answers)!;
    expect(report.warnings).toEqual([]);
    expect(report.answers).toMatchObject({ 'budget-holder': ['not-decided'], monitoring: ['vendor-service'] });
    expect([report.principal.finding, ...report.problems.map((p) => p.finding)].map((f) => f.id)).toContain('budget-undecided');
    const link = encodeAnswers(report.answers, codebooks.at(-1)!);
    expect(decodePayload(link, codebooks)).toEqual({ ok: true, version: NEXT, answers: report.answers, warnings: [] });
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
  }, 240_000);

  test('without a new codebook, the build stops, naming the question and the option and the file to add', async () => {
    const { code, output } = await build(projectWith((project) => addContent(project, false)));
    expect(code).not.toBe(0);
    expect(output).toContain('The codebooks do not fit the questions');
    expect(output).toContain(`content/codebooks/v${LATEST}.yaml › questions: does not freeze the questions as they are now`);
    expect(output).toContain(`question "budget-holder" is not in codebook v${LATEST}`);
    expect(output).toContain(`option "vendor-service" of question "monitoring" is not in codebook v${LATEST}`);
    expect(output).toContain(`add content/codebooks/v${NEXT}.yaml`);
    expect(output).toContain('Additions need no migration.');
  }, 240_000);
});
