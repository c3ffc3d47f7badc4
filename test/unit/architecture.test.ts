import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { architectureViolations, importsOf, type SourceFile, type Violation } from '../fixtures/architecture';

const said = (v: Violation) => `${v.rule} ${v.file}: ${v.detail}`;
const tree = (files: Record<string, string>): SourceFile[] => Object.entries(files).map(([path, text]) => ({ path, text }));
const lines = (n: number) => 'export const x = 1;\n'.repeat(n);

describe('the architecture of src/', () => {
  const files = readdirSync('src', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = `${entry.parentPath}/${entry.name}`.replaceAll('\\', '/');
      return { path, text: readFileSync(path, 'utf8') };
    });
  const found = architectureViolations(files).map(said);

  test('reads the whole tree', () => {
    expect(files.filter((f) => /\.(ts|tsx|astro)$/.test(f.path)).length).toBeGreaterThan(150);
  });

  test('keeps every rule', () => {
    expect(found).toEqual([]);
  });
});

describe('importsOf', () => {
  test('reads static, multi-line, side-effect, re-export and dynamic imports, and which bring only types', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C, type D } from './c';",
      'import {\n  e,\n  type F,\n} from "./e";',
      "import G, { h } from '../g';",
      "export { END } from './branches';",
      "import './side.css';",
      "const later = () => import('./later');",
      ' * a comment that says the module imports from here',
      "export const from = 'not an import';",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { specifier: './a', typeOnly: false, dynamic: false },
      { specifier: './b', typeOnly: true, dynamic: false },
      { specifier: './c', typeOnly: true, dynamic: false },
      { specifier: './e', typeOnly: false, dynamic: false },
      { specifier: '../g', typeOnly: false, dynamic: false },
      { specifier: './branches', typeOnly: false, dynamic: false },
      { specifier: './side.css', typeOnly: false, dynamic: false },
      { specifier: './later', typeOnly: false, dynamic: true },
    ]);
  });
});

describe('architectureViolations', () => {
  test('finds nothing in a tree that keeps the rules', () => {
    const clean = tree({
      'src/conditions/evaluate.ts': "import type { A } from '../schemas/answers';\n",
      'src/schemas/answers.ts': 'export type A = string;\n',
      'src/diagnosis/report.ts': "import { x } from '../conditions/evaluate';\n",
      'src/stores/report.ts': "import { diagnose } from '../diagnosis/report';\nhistory.replaceState(null, '', '/');\n",
      'src/components/Report.tsx': "import type { Report } from '../diagnosis/report';\nimport { $report } from '../stores/report';\n",
      'src/pages/index.astro': "---\nimport Report from '../components/Report';\n---\n",
    });
    expect(architectureViolations(clean)).toEqual([]);
  });

  test('refuses an import from diagnosis, share or compare into the interview, types included', () => {
    const found = architectureViolations(
      tree({
        'src/interview/machine.ts': 'export const m = 1;\n',
        'src/diagnosis/report.ts': "import { m } from '../interview/machine';\n",
        'src/share/codec.ts': "import type { M } from '../interview/machine';\n",
        'src/compare/compare.ts': "const m = () => import('../interview/machine');\n",
        'src/stores/interview.ts': "import { m } from '../interview/machine';\n",
      }),
    );
    expect(found.map((v) => `${v.rule} ${v.file}`)).toEqual(['layer src/diagnosis/report.ts', 'layer src/share/codec.ts', 'layer src/compare/compare.ts']);
  });

  test('refuses an import from a store into the core, types included, and lets the shell import stores', () => {
    const found = architectureViolations(
      tree({
        'src/stores/interview.ts': 'export const $interview = 1;\n',
        'src/embed/report-link.ts': "import { $interview } from '../stores/interview';\n",
        'src/conditions/evaluate.ts': "import type { X } from '../stores/interview';\n",
        'src/components/A.tsx': "import { $interview } from '../stores/interview';\n",
        'src/pages/embed/index.astro': "<script>\nimport { $interview } from '../../stores/interview';\n</script>\n",
      }),
    );
    expect(found.map((v) => `${v.rule} ${v.file}`)).toEqual(['layer src/embed/report-link.ts', 'layer src/conditions/evaluate.ts']);
  });

  test('refuses an import cycle, a type-only one too, and names the files along it', () => {
    const found = architectureViolations(
      tree({
        'src/schemas/question.ts': "export { END } from '../interview/branches';\n",
        'src/interview/branches.ts': "import type { Question } from '../schemas/question';\n",
        'src/a.ts': "import { a } from './a';\n",
      }),
    );
    expect(found.map(said)).toEqual([
      'cycle src/schemas/question.ts: import cycle: src/schemas/question.ts → src/interview/branches.ts → src/schemas/question.ts',
      'cycle src/a.ts: import cycle: src/a.ts → src/a.ts',
    ]);
  });

  test('refuses a module over 200 lines, whatever its kind, and lets 200 pass', () => {
    const found = architectureViolations(
      tree({ 'src/a.ts': lines(200), 'src/b.tsx': lines(201), 'src/c.astro': lines(250), 'src/d.css': lines(300) }),
    );
    expect(found.map(said)).toEqual(['size src/b.tsx: 201 lines, over 200', 'size src/c.astro: 250 lines, over 200']);
  });

  test('refuses an island that runs the diagnosis, uses a codec or changes the history', () => {
    const found = architectureViolations(
      tree({
        'src/diagnosis/full-report.ts': 'export const d = 1;\n',
        'src/share/link-codec.ts': 'export const e = 1;\n',
        'src/compare/compare-link.ts': 'export const c = 1;\n',
        'src/components/A.tsx': "import { d } from '../diagnosis/full-report';\n",
        'src/components/share/B.tsx': "const codec = await import('../../share/link-codec');\n",
        'src/components/use-c.ts': "import { c } from '../compare/compare-link';\n",
        'src/components/D.tsx': "window.history.pushState(null, '', url);\n",
      }),
    );
    expect(found.map((v) => `${v.rule} ${v.file}`)).toEqual([
      'island src/components/A.tsx',
      'island src/components/share/B.tsx',
      'island src/components/use-c.ts',
      'island src/components/D.tsx',
    ]);
  });

  test('refuses a relative import it cannot resolve, so nothing slips past the other rules', () => {
    const found = architectureViolations(tree({ 'src/a.ts': "import { b } from './gone';\nimport './a.css';\nimport { z } from 'astro/zod';\n" }));
    expect(found.map(said)).toEqual(['unresolved src/a.ts: imports "./gone", which is no file of the tree']);
  });
});
