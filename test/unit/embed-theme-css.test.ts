/**
 * A forced theme in the embedded check (embed.css) must look exactly like the site in that scheme
 * (global.css): the palettes are repeated there, so this keeps them from drifting apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The custom properties declared in the first block that follows `opening`. */
function customProperties(css: string, opening: string): Record<string, string> {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`no block opens with ${opening}`);
  const body = css.slice(css.indexOf('{', start + opening.length - 1) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

const global = readFileSync('src/styles/global.css', 'utf8');
const embed = readFileSync('src/styles/embed.css', 'utf8');
const layout = new Set(['--radius', '--font']);
const colours = (props: Record<string, string>) => Object.fromEntries(Object.entries(props).filter(([name]) => !layout.has(name)));

describe('the forced themes of the embedded check', () => {
  test('theme=light uses the site\'s light palette, every colour of it', () => {
    const light = colours(customProperties(global, ':root {'));
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(customProperties(embed, ":root[data-theme='light'] {")).toEqual(light);
  });

  test('theme=dark uses the site\'s dark palette, every colour of it', () => {
    const darkStart = global.indexOf('@media (prefers-color-scheme: dark)');
    const dark = customProperties(global.slice(darkStart), ':root {');
    expect(customProperties(embed, ":root[data-theme='dark'] {")).toEqual(dark);
  });
});
