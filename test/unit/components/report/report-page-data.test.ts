import { describe, expect, test } from 'vitest';
import { readReportData, REPORT_DATA_ID, serializeReportData, type ReportPageData } from '../../../../src/components/report/report-data';
import { markdownFromHtml, shipBodies, type FindingBodies } from '../../../../src/diagnosis/finding-bodies';
import { reportToMarkdown } from '../../../../src/diagnosis/markdown';
import { diagnose } from '../../../../src/diagnosis/report';
import { smallAnswers, smallBodies, smallLibrary } from '../../../fixtures/small-library';

describe('markdownFromHtml', () => {
  test.each([
    ['one paragraph', '<p>Plain words.</p>\n', 'Plain words.'],
    ['paragraphs, a blank line apart', '<p>One.</p>\n<p>Two.</p>\n', 'One.\n\nTwo.'],
    ['entities, named and numeric', '<p>R&#x26;D &lt;3 &amp; &#60;b&#62; &quot;q&quot;</p>', 'R&D <3 & <b> "q"'],
  ])('reads back %s', (_, html, markdown) => {
    expect(markdownFromHtml(html)).toBe(markdown);
  });

  test.each([
    ['emphasis', '<p>Why it <em>matters</em>.</p>'],
    ['a link', '<p>See <a href="/method/">the method</a>.</p>'],
    ['a list', '<ul>\n<li>one</li>\n</ul>'],
    ['an unknown entity', '<p>a&nbsp;b</p>'],
    ['nothing', ''],
  ])('gives up on %s, whose Markdown must travel as written', (_, html) => {
    expect(markdownFromHtml(html)).toBeUndefined();
  });
});

describe('shipBodies', () => {
  const bodies: FindingBodies = {
    plain: { html: '<p>Plain words.</p>\n', markdown: 'Plain words.' },
    quoted: { html: '<p>The program’s owner.</p>\n', markdown: "The program's owner." },
    rich: { html: '<p>In <em>our</em> words.</p>\n', markdown: 'In *our* words.' },
  };

  test('leaves out only the Markdown that the HTML gives back exactly', () => {
    expect(shipBodies(bodies)).toEqual({
      plain: { html: '<p>Plain words.</p>\n' },
      quoted: bodies.quoted,
      rich: bodies.rich,
    });
  });

  test('exports the same Markdown from shipped bodies as from the full ones', () => {
    const library = smallLibrary();
    const plain: FindingBodies = Object.fromEntries(Object.keys(smallBodies).map((id) => [id, { html: `<p>Why ${id} matters.</p>\n`, markdown: `Why ${id} matters.` }]));
    for (const full of [smallBodies, plain]) {
      for (const answers of Object.values(smallAnswers)) {
        const report = diagnose(library, answers)!;
        expect(reportToMarkdown(report, shipBodies(full))).toBe(reportToMarkdown(report, full));
      }
    }
    expect(Object.values(shipBodies(plain)).every((b) => b.markdown === undefined)).toBe(true);
  });
});

describe('the report page data block', () => {
  const data = { library: smallLibrary(), bodies: { x: { html: '<p>a </script><script>alert(1)</script></p>' } }, codebooks: [] } as unknown as ReportPageData;
  const page = (text: string | null) => ({ getElementById: (id: string) => (id === REPORT_DATA_ID && text !== null ? ({ textContent: text } as HTMLElement) : null) });

  test('round-trips, with no "<" left in the text that could close its script element', () => {
    const text = serializeReportData(data);
    expect(text).not.toContain('<');
    expect(readReportData(page(text))).toEqual(JSON.parse(JSON.stringify(data)));
  });

  test.each([
    ['missing', null],
    ['empty', ''],
    ['not JSON', '{"library":'],
    ['JSON of the wrong shape', '{"library":{},"bodies":{},"codebooks":[]}'],
  ])('is undefined when the element is %s', (_, text) => {
    expect(readReportData(page(text))).toBeUndefined();
  });
});
