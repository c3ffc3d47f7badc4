/**
 * The palettes live in global.css alone. The embedded check's `?theme=` forces one by setting data-theme
 * on <html>, so global.css must key the dark palette on `[data-theme='dark']` as well as on the reader's
 * preference, and must let `[data-theme='light']` keep the light palette in a dark system.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** One style rule: its selector, the @media it sits in (if any), and its declarations. */
interface Rule {
  media: string | undefined;
  selector: string;
  declarations: Record<string, string>;
}

/** The style rules of `css`, at the top level or one @media deep (all this site's stylesheets need). */
function rulesOf(css: string, media?: string): Rule[] {
  const rules: Rule[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    const prelude = text.slice(at, open).trim();
    let depth = 1;
    let close = open + 1;
    for (; depth > 0 && close < text.length; close++) {
      if (text[close] === '{') depth++;
      else if (text[close] === '}') depth--;
    }
    const body = text.slice(open + 1, close - 1);
    if (prelude.startsWith('@media')) rules.push(...rulesOf(body, prelude.slice('@media'.length).trim()));
    else {
      const declarations = Object.fromEntries(
        [...body.matchAll(/([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
      );
      rules.push({ media, selector: prelude.replace(/\s+/g, ' ').replace(/"/g, "'"), declarations });
    }
    at = close;
  }
  return rules;
}

/** The custom properties holding colours (everything but the layout's). */
function colours(declarations: Record<string, string>): Record<string, string> {
  const layout = new Set(['--radius', '--font']);
  return Object.fromEntries(Object.entries(declarations).filter(([name]) => name.startsWith('--') && !layout.has(name)));
}

/** The one rule with this selector in this media (none: outside any @media). */
function rule(rules: Rule[], selector: string, media?: string): Rule {
  const found = rules.filter((r) => r.selector === selector && r.media === media);
  expect(found, `${selector}${media ? ` in @media ${media}` : ''}`).toHaveLength(1);
  return found[0]!;
}

const global = rulesOf(readFileSync('src/styles/global.css', 'utf8'));
const embed = rulesOf(readFileSync('src/styles/embed.css', 'utf8'));
const DARK_SYSTEM = '(prefers-color-scheme: dark)';

describe('the site\'s palettes and the themes a page can force', () => {
  const light = colours(rule(global, ':root').declarations);
  const preferredDark = colours(rule(global, ":root:not([data-theme='light'])", DARK_SYSTEM).declarations);
  const forcedDark = rule(global, ":root[data-theme='dark']");

  test('the dark palette names every colour the light one does', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(Object.keys(preferredDark).sort()).toEqual(Object.keys(light).sort());
  });

  test('a dark system gets the dark palette unless the page forces light, which keeps the light palette', () => {
    // The only rule a dark system adds is the one [data-theme='light'] opts out of.
    const darkSystem = global.filter((r) => r.media === DARK_SYSTEM && Object.keys(colours(r.declarations)).length > 0);
    expect(darkSystem.map((r) => r.selector)).toEqual([":root:not([data-theme='light'])"]);
    expect(rule(global, ":root[data-theme='light']").declarations['color-scheme']).toBe('light');
  });

  test('theme=dark gets exactly the dark palette, whatever the system prefers', () => {
    expect(colours(forcedDark.declarations)).toEqual(preferredDark);
    expect(forcedDark.declarations['color-scheme']).toBe('dark');
  });

  test('the embedded check repeats no palette: its only colours are a custom accent, per theme as the first-paint script set it, and its tint', () => {
    const colourRules = embed.filter((r) => Object.keys(colours(r.declarations)).length > 0);
    const host = (theme: string) => ({ '--accent': `var(--host-accent-${theme})`, '--accent-text': `var(--host-accent-text-${theme})` });
    expect(colourRules.map((r) => [r.media, r.selector, colours(r.declarations)])).toEqual([
      [undefined, ':root[data-accent]', host('light')],
      ['(prefers-color-scheme: dark)', ":root[data-accent]:not([data-theme='light'])", host('dark')],
      [undefined, ":root[data-accent][data-theme='dark']", host('dark')],
      [undefined, ':root[data-accent]', { '--accent-soft': 'color-mix(in srgb, var(--accent) 16%, var(--surface))' }],
    ]);
  });
});
