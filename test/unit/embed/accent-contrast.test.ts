/**
 * A host accent can never hide the check's controls: for any colour and either theme, the accent the
 * frame shows stands out from the page and the text on it reads, and the first-paint script (which
 * paints it before any module runs) arrives at exactly the colours src/embed/accent.ts computes.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ACCENT_BACKGROUNDS, accentFor, contrastRatio, type AccentTheme } from '../../../src/embed/accent';
import { firstPaintScript } from '../../../src/layouts/first-paint';

const THEMES: AccentTheme[] = ['light', 'dark'];
const hexColour = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(
  (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`,
);

/** The first-paint script's custom properties for `?accent=<hex>`. */
function paint(hex: string): Record<string, string> {
  const set: Record<string, string> = {};
  const root = { setAttribute: () => {}, style: { setProperty: (name: string, value: string) => void (set[name] = value) } };
  const window = { location: { search: `?accent=${encodeURIComponent(hex)}`, hash: '' }, localStorage: { getItem: () => null } };
  new Function('window', 'document', firstPaintScript({ accentFromQuery: true }))(window, { documentElement: root });
  return set;
}

describe('a host accent', () => {
  test('for 2,000 random colours in both themes: controls keep 3:1 against the page, text on the accent 4.5:1', () => {
    fc.assert(
      fc.property(hexColour, (hex) => {
        for (const theme of THEMES) {
          const { accent, text } = accentFor(hex, theme);
          for (const page of ACCENT_BACKGROUNDS[theme]) {
            expect(contrastRatio(accent, page)).toBeGreaterThanOrEqual(3);
          }
          expect(contrastRatio(text, accent)).toBeGreaterThanOrEqual(4.5);
        }
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  test('for 2,000 random colours: the first-paint script sets what accentFor gives, in both themes', () => {
    fc.assert(
      fc.property(hexColour, (hex) => {
        const light = accentFor(hex, 'light');
        const dark = accentFor(hex, 'dark');
        expect(paint(hex)).toEqual({
          '--host-accent-light': light.accent,
          '--host-accent-text-light': light.text,
          '--host-accent-dark': dark.accent,
          '--host-accent-text-dark': dark.text,
        });
      }),
      { numRuns: 2000, seed: 15 },
    );
  });

  test.each([
    ['#ffffff', 'light'],
    ['#ffd966', 'light'],
    ['#000000', 'dark'],
    ['#1f5fbf', 'dark'],
  ] as const)('%s is adjusted on the %s theme, and keeps its hue', (hex, theme) => {
    const { accent } = accentFor(hex, theme);
    expect(accent).not.toBe(hex);
    if (hex === '#ffd966') expect(parseInt(accent.slice(1, 3), 16)).toBeGreaterThan(parseInt(accent.slice(5, 7), 16)); // still yellow-orange, not grey
  });

  test.each([
    ['#1f5fbf', 'light'],
    ['#b3470a', 'light'],
    ['#b3470a', 'dark'],
    ['#7eb0ff', 'dark'],
    ['#ffd966', 'dark'],
  ] as const)('%s already stands out on the %s theme and is kept as given', (hex, theme) => {
    expect(accentFor(hex, theme).accent).toBe(hex);
  });

  test('is judged against the page colours global.css really uses', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const light = /:root \{[\s\S]*?--bg: (#[0-9a-f]{6});\s*--surface: (#[0-9a-f]{6});/.exec(css)!;
    const dark = /:root\[data-theme='dark'\] \{[\s\S]*?--bg: (#[0-9a-f]{6});\s*--surface: (#[0-9a-f]{6});/.exec(css)!;
    expect(ACCENT_BACKGROUNDS).toEqual({ light: [light[1], light[2]], dark: [dark[1], dark[2]] });
  });
});
