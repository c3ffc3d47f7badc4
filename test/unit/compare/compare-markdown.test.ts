import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { compareAnswers, type Comparison } from '../../../src/compare/compare';
import { comparisonToMarkdown } from '../../../src/compare/compare-markdown';
import { agreementText, COMPARE_SECTIONS, COMPARE_WORDS, disagreementTitle, listNames, positionText, ratingText } from '../../../src/compare/compare-text';
import { factQuestionIds, groupByKind } from '../../../src/compare/disagreements';
import { escapeMarkdown, markdownAutolink, WORD_JOINER } from '../../../src/compare/markdown-escape';
import { SEVERITY_LABELS } from '../../../src/diagnosis/report-labels';
import { followAnswers } from '../../../src/questionnaire/follow';
import type { AnswerMap } from '../../../src/schemas/answers';
import { DisagreementTextsSchema } from '../../../src/schemas/disagreement-text';
import { loadLibraryFromDisk } from '../../fixtures/content';
import { personas } from '../../fixtures/personas';

const library = loadLibraryFromDisk();
const texts = DisagreementTextsSchema.parse(parse(readFileSync('content/compare/disagreements.yaml', 'utf8')));
const facts = factQuestionIds(library);
const story = (id: string): AnswerMap => followAnswers(library.questions, personas.find((p) => p.id === id)!.story).answers;
const URL_ = 'https://check.example/compare/#Ana~abc.Bo~def';

const compare = (people: [string, string][], mode: 'team' | 'over-time' = 'team'): Comparison =>
  compareAnswers(library, people.map(([label, id]) => ({ label, answers: story(id) })), mode)!;
const markdown = (comparison: Comparison, compareUrl: string | undefined = URL_) => comparisonToMarkdown(comparison, { texts, facts, compareUrl });

/** The table row whose first cell is this text, split into its cells (escaped pipes kept inside cells). */
function tableRow(md: string, first: string): string[] {
  const line = md.split('\n').find((l) => l.startsWith(`| ${first} |`));
  expect(line, `a table row for ${first}`).toBeDefined();
  return line!.slice(2, -2).split(/(?<!\\) \| /);
}

/** Pipes that separate cells (not escaped), per line of a table. */
const cellSeparators = (line: string) => line.match(/(?<!\\)\|/g)?.length ?? 0;

describe('comparisonToMarkdown: three leaders side by side', () => {
  const comparison = compare([
    ['Ana', 'joint-ownership'],
    ['Bo', 'healthy-program'],
    ['Chen', 'new-lead-unsure'],
  ]);
  const md = markdown(comparison);

  test('names every respondent in the title and as a column of the ratings table', () => {
    expect(md.split('\n')[0]).toBe('# AI Team Check: 3 reports side by side: Ana, Bo and Chen');
    expect(md).toContain('|  | Ana | Bo | Chen |\n| --- | --- | --- | --- |');
  });

  test('gives each respondent’s principal constraint, with its severity', () => {
    expect(tableRow(md, COMPARE_WORDS.principal).slice(1)).toEqual(
      comparison.respondents.map(({ report }) => `${SEVERITY_LABELS[report.principal.finding.severity]}: ${report.principal.finding.title}`),
    );
  });

  test.each(library.dimensions.map((d) => [d.name, d.id]))('gives every respondent’s rating of %s, in their order', (_, id) => {
    const row = comparison.ratings.find((r) => r.dimension.id === id)!;
    const name = row.differs ? `${row.dimension.name} (ratings differ)` : row.dimension.name;
    expect(tableRow(md, name).slice(1)).toEqual(row.ratings.map(ratingText));
  });

  test('states each disagreement with who said what, and why it matters once per kind', () => {
    expect(comparison.disagreements.length).toBeGreaterThan(0);
    expect(md).toContain(`## ${COMPARE_SECTIONS.disagreements}\n`);
    for (const group of groupByKind(comparison.disagreements)) {
      const start = md.indexOf(`### ${disagreementTitle(group, texts)}\n`);
      expect(start, disagreementTitle(group, texts)).toBeGreaterThan(-1);
      const end = md.indexOf('\n### ', start + 1);
      const section = md.slice(start, end === -1 ? undefined : end);
      expect(section).toContain(`**${COMPARE_WORDS.whyLead}** ${texts[group.kind].why}`);
      for (const d of group.items) {
        for (const p of d.positions) {
          const names = listNames(p.respondents.map((i) => comparison.respondents[i]!.label));
          expect(section).toContain(`- ${positionText(d, p.answer, texts)}: ${names}\n`);
        }
      }
    }
  });

  test('lists the answers that differ, marking the facts about the team', () => {
    expect(md).toContain(`## ${COMPARE_SECTIONS.differences} (${comparison.differences.length})`);
    for (const d of comparison.differences) {
      const fact = facts.has(d.question) ? ` _(${COMPARE_WORDS.factTag.toLowerCase()})_` : '';
      expect(md).toContain(`### ${d.prompt}${fact}\n`);
    }
  });

  test('ends with the compare link, as an autolink', () => {
    expect(md.endsWith(`\n---\n\n${COMPARE_WORDS.openLink}: <${URL_}>\n`)).toBe(true);
  });

  test('leaves the link out when there is none, or it is not a web address', () => {
    expect(comparisonToMarkdown(comparison, { texts, facts })).not.toContain(COMPARE_WORDS.openLink);
    expect(markdown(comparison, 'javascript:alert(1)')).not.toContain('javascript');
  });

  test('is the same text for the same comparison, with no run of blank lines', () => {
    expect(markdown(comparison)).toBe(md);
    expect(md).not.toMatch(/\n{3,}/);
  });
});

describe('comparisonToMarkdown: other shapes', () => {
  test('respondents who agree on every fact are told so', () => {
    const comparison = compare([['A', 'healthy-program'], ['B', 'healthy-program']]);
    const md = markdown(comparison);
    expect(md).toContain(`## ${COMPARE_SECTIONS.disagreements}\n\n${agreementText(comparison)}\n`);
    expect(md).toContain(COMPARE_WORDS.noDifferences);
  });

  test('one team over time says what changed, per dimension and per finding, and which answers changed', () => {
    const comparison = compare([['January', 'new-lead-unsure'], ['April', 'healthy-program']], 'over-time');
    const md = markdown(comparison);
    expect(md.split('\n')[0]).toBe('# AI Team Check: One team, 2 checks over time: January → April');
    expect(md).toContain(`## ${COMPARE_SECTIONS.progress}: January → April\n`);
    expect(md).not.toContain(COMPARE_SECTIONS.disagreements);
    for (const d of comparison.progress!.dimensions.filter((x) => x.change !== 'same')) {
      expect(md).toContain(`· ${d.dimension.name}: ${ratingText(d.before)} → ${ratingText(d.after)}`);
    }
    for (const f of comparison.progress!.resolved) expect(md).toContain(`- ${f.title}\n`);
    expect(md).toContain(`## ${COMPARE_SECTIONS.changedAnswers} (`);
  });
});

describe('comparisonToMarkdown: labels typed by whoever made the link', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '**loud** _quiet_ `code`',
    'a | b',
    '# heading',
    'www.evil.example',
    'https://evil.example',
    '&lt;script&gt;',
    '![img](https://evil.example/x.png)',
    '- list',
  ];
  const comparison = compare(hostile.map((label, i) => [label, i % 2 ? 'healthy-program' : 'joint-ownership']));
  const md = markdown(comparison);

  test('can start no tag, link, image, emphasis, code, heading or list', () => {
    // Each starts markup only where its first character is not backslash-escaped.
    for (const markup of ['<img', '<script', '](', '![', '**loud', '_quiet', '`code', '&lt;', 'www.evil', 'https://evil']) {
      expect(md).not.toMatch(new RegExp(`(?<!\\\\)${markup.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(md).not.toMatch(/^(# heading|- list)/m);
  });

  test('cannot add cells to a table row', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows.length).toBe(2 + 1 + library.dimensions.length);
    for (const row of rows) expect(cellSeparators(row)).toBe(hostile.length + 2);
  });

  test('keeps every label readable: escaped, not dropped', () => {
    for (const label of hostile) expect(md).toContain(escapeMarkdown(label));
  });
});

describe('escapeMarkdown', () => {
  test('backslash-escapes Markdown and HTML punctuation and keeps letters, digits and spaces', () => {
    expect(escapeMarkdown('Ana (Head of DS)')).toBe('Ana \\(Head of DS\\)');
    expect(escapeMarkdown('<b>x</b>')).toBe('\\<b\\>x\\<\\/b\\>');
    expect(escapeMarkdown('Zoë 2')).toBe('Zoë 2');
  });

  test('keeps GFM from linking a bare address or mention, which it does after reading escapes', () => {
    expect(escapeMarkdown('www.x.example')).toBe(`www${WORD_JOINER}\\.x\\.example`);
    expect(escapeMarkdown('https://x')).toBe(`https\\:${WORD_JOINER}\\/\\/x`);
    expect(escapeMarkdown('a@b.c @team')).toBe(`a\\@${WORD_JOINER}b\\.c \\@${WORD_JOINER}team`);
  });

  test('makes line breaks and control characters one space', () => {
    expect(escapeMarkdown(' a\n\n# b\u0007c ')).toBe('a \\# b c');
  });

  test('for any text, every ASCII punctuation character comes escaped, and removing the escapes gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\n\r]/);
        const unescaped = escaped.replace(/\\([!-/:-@[-`{-~])/g, '');
        expect(unescaped).not.toMatch(/[!-/:-@[-`{-~]/);
        const plain = text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ').replace(/\s+/g, ' ').trim();
        expect(escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1').replaceAll(WORD_JOINER, '')).toBe(plain);
      }),
    );
  });
});

describe('markdownAutolink', () => {
  test('writes a web address as an autolink, percent-encoding what could end it', () => {
    expect(markdownAutolink('https://x.example/compare/#A~b')).toBe('<https://x.example/compare/#A~b>');
    expect(markdownAutolink('https://x.example/#a b<c>"é')).toBe('<https://x.example/#a%20b%3Cc%3E%22%C3%A9>');
  });

  test('refuses anything but http and https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//x.example', 'ftp://x.example', '']) expect(markdownAutolink(url)).toBeUndefined();
  });
});
