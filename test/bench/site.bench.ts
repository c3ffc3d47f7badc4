/**
 * The benchmark behind README's "Performance" section (`npm run bench`, never part of `npm test`):
 * JS and CSS bytes per page, Lighthouse scores, the time from Continue to the next question painted,
 * the time of diagnose() over every interview path, and the build time (measured by run.mjs).
 */
import { expect, test } from '@playwright/test';
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { diagnose } from '../../src/diagnosis/report';
import { enumerateInterviewPaths } from '../../src/interview/paths';
import { loadLibraryFromDisk } from '../fixtures/content';
import { distDir, siteWeight } from '../fixtures/page-weight';
import { personas } from '../fixtures/personas';
import { openFreshInterview } from '../e2e/interview-helpers';
import { personaPayload } from '../e2e/share-helpers';
import { CATEGORIES, lighthouseScores } from './lighthouse-scores';
import { kb, ms, percentile, table } from './measure';

const library = loadLibraryFromDisk();
const paths = enumerateInterviewPaths(library.questions);
const sections: string[] = [];
const shell = (command: string) => {
  try {
    return execSync(command, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

test.describe.configure({ mode: 'serial' });

test('page weight', () => {
  const rows = siteWeight(distDir(), process.env.BASE_PATH ?? '/').map((w) => [
    `/${w.page}`,
    kb(w.js.raw),
    kb(w.js.gzip),
    kb(w.css.raw),
    kb(w.css.gzip),
  ]);
  sections.push(`**Bytes per page** (JavaScript followed through every static import; gzip level 6; budgets 33 KB JS with inline scripts, 30 KB as Chromium fetches it, 10 KB CSS gzipped)\n\n${table(['page', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip'], rows)}`);
});

/** Lighthouse runs per page. */
const LIGHTHOUSE_RUNS = 3;

test('Lighthouse', async ({ baseURL }) => {
  const persona = personas.find((p) => p.id === 'joint-ownership') ?? personas[0]!;
  const pages: [string, string][] = [
    ['/', baseURL!],
    ['/check/', `${baseURL}check/`],
    [`/report/ (${persona.name})`, `${baseURL}report/#${personaPayload(persona.id)}`],
  ];
  const rows: string[][] = [];
  const lost: string[] = [];
  for (const [name, url] of pages) {
    // One run moves with whatever else the machine does; the run with the median performance score is shown.
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseScores(url));
    runs.sort((a, b) => a.scores.performance - b.scores.performance);
    const result = runs[Math.floor(runs.length / 2)]!;
    const performance = runs.map((r) => r.scores.performance).join(', ');
    rows.push([name, `${result.scores.performance} (${performance})`, ...CATEGORIES.slice(1).map((c) => String(result.scores[c])), ms(result.lcpMs), ms(result.tbtMs)]);
    for (const item of result.lost) lost.push(`${name}: ${item}`);
  }
  sections.push(
    `**Lighthouse ${shell("node -p \"require('lighthouse/package.json').version\"")}** (default mobile configuration, simulated throttling; each page ${LIGHTHOUSE_RUNS} times, the run with the median performance score shown, every run's performance in brackets)\n\n${table(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT'],
      rows,
    )}${lost.length ? `\n\nPoints lost:\n${lost.map((l) => `- ${l}`).join('\n')}` : ''}`,
  );
});

/** Runs of the longest path: enough steps that one slow frame moves the p95 by little. */
const CONTINUE_ROUNDS = 6;

test('Continue to the next question painted, over a full interview', async ({ page }) => {
  const longest = paths.reduce((a, b) => (b.questions.length > a.questions.length ? b : a));
  const samples: number[] = [];
  for (let round = 0; round < CONTINUE_ROUNDS; round++) {
    await openFreshInterview(page);
    // From the click's own timestamp to the first task after the frame that shows the next step.
    await page.evaluate(() => {
      const steps: number[] = [];
      (window as unknown as { __steps: number[] }).__steps = steps;
      const current = () => document.querySelector('form[data-question]')?.getAttribute('data-question') ?? 'review';
      document.addEventListener(
        'click',
        (event) => {
          if (!(event.target instanceof Element) || !event.target.closest('button[type="submit"]')) return;
          const before = current();
          const observer = new MutationObserver(() => {
            if (current() === before) return;
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => steps.push(performance.now() - event.timeStamp), 0));
          });
          observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-question'] });
        },
        true,
      );
    });
    for (const [i, id] of longest.questions.entries()) {
      const form = page.locator(`form[data-question="${id}"]`);
      for (const option of longest.answers[id]!) await form.locator(`input[value="${option}"]`).check();
      await form.getByRole('button', { name: 'Continue' }).click();
      await page.waitForFunction((n) => (window as unknown as { __steps: number[] }).__steps.length >= n, i + 1);
    }
    samples.push(...(await page.evaluate(() => (window as unknown as { __steps: number[] }).__steps)));
  }
  expect(samples.length).toBe(CONTINUE_ROUNDS * longest.questions.length);
  sections.push(
    `**Continue → next question painted** (Chromium, the longest path: ${longest.questions.length} questions, ${CONTINUE_ROUNDS} runs, ${samples.length} steps)\n\n${table(
      ['median', 'p95', 'max'],
      [[ms(percentile(samples, 50)), ms(percentile(samples, 95)), ms(Math.max(...samples))]],
    )}`,
  );
});

test('diagnose() over every interview path', () => {
  for (const path of paths) diagnose(library, path.answers); // warm up
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const path of paths) {
      const start = performance.now();
      const report = diagnose(library, path.answers);
      times.push(performance.now() - start);
      expect(report).toBeDefined();
    }
  }
  const total = times.reduce((a, b) => a + b, 0) / 5;
  sections.push(
    `**diagnose(library, answers)** (Node ${process.version}, ${paths.length} enumerated paths × 5 rounds)\n\n${table(
      ['paths', 'all paths once', 'median', 'p95', 'max'],
      [[String(paths.length), ms(total), ms(percentile(times, 50)), ms(percentile(times, 95)), ms(Math.max(...times))]],
    )}`,
  );
});

test.afterAll(() => {
  const buildMs = Number(process.env.BENCH_BUILD_MS);
  if (buildMs) sections.push(`**Build** (\`astro build\`, all pages): ${(buildMs / 1000).toFixed(1)} s`);
  const machine = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${shell('nproc')} CPU cores (${cpus()[0]?.model ?? 'unknown'}),`,
    `${shell("free -h | awk '/^Mem:/ {print $2}'")} of memory (free -h), ${shell('/usr/bin/chromium --version 2>/dev/null | head -1')},`,
    `Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} when the benchmark ended.`,
  ].join(' ');
  const text = `${machine}\n\n${sections.join('\n\n')}\n`;
  writeFileSync(process.env.BENCH_OUT ?? '/tmp/ai-team-check-bench.md', text);
  console.log(`\n${text}`);
});
