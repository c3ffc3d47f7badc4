import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Every source file the site is built from or ships as is. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|js|mjs|svelte|vue)$/.test(name) ? [relative(root, path)] : [];
  });
}

/** Ways to turn a string into markup: each one is a place where input could become script. */
const SINKS = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|parseFromString|set:html|\bsrcdoc\b|\beval\s*\(|new Function\s*\(/;

/**
 * The only markup the site injects: the findings' "why it matters", Markdown rendered at build time
 * (content-loaders.ts loadFindingBodies, in the page's frontmatter) and handed to the island as a prop,
 * looked up by a finding id from the library. No user input reaches it.
 */
const ALLOWED = new Map<string, string[]>([
  // A finding's body, or its variant's (plain text escaped into paragraphs at build time, plainTextBody).
  ['src/components/report/FindingCard.tsx', ["dangerouslySetInnerHTML={{ __html: bodies[finding.bodyKey]?.html ?? '' }}"]],
  // The report page's content as the text of a JSON script element (never run), built from content only, every `<` escaped.
  ['src/pages/report/index.astro', ['<script type="application/json" id={REPORT_DATA_ID} set:html={data} />']],
  ['src/pages/embed/report/index.astro', ['<script type="application/json" id={REPORT_DATA_ID} set:html={data} />']],
  // The first-paint script: fixed text from first-paint.ts (no input reaches it), allowed by its CSP hash.
  ['src/layouts/Base.astro', ['<script is:inline set:html={earlyScript} />']],
]);

describe('HTML sinks', () => {
  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'public'))];

  test('the scan sees the site\'s sources', () => {
    expect(files).toContain('src/components/report/FindingCard.tsx');
  });

  test('no innerHTML, set:html, eval or the like outside the build-time findings\' bodies', () => {
    const found: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!SINKS.test(line)) return;
          const allowed = ALLOWED.get(file)?.some((usage) => line.includes(usage));
          if (!allowed) found.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });

  test('the findings\' bodies come from the build: only pages load them, and no island or store does', () => {
    const loaders = files.filter((file) => /loadFindingBodies\s*\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(loaders.filter((file) => !file.startsWith('src/pages/') && file !== 'src/content-loaders.ts')).toEqual([]);
  });
});
