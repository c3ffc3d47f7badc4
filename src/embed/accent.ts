/**
 * The host's accent colour: accepted only as a hex colour, paired with a text colour that stays
 * readable on it, and, for each theme, darkened or lightened until it stands out from the page: a
 * white accent on the light theme (or a black one on the dark) would hide the chosen option's border,
 * the radio dots and the Continue button. The first-paint script (src/layouts/first-paint.ts) does the
 * same sums in plain ES5; test/unit/first-paint.test.ts holds the two to each other.
 */

/** A hex colour, with or without `#`, in three or six digits. */
export const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#rrggbb` (lower case) for `#1f5fbf`, `1f5fbf`, `#15b` or `15b`; `undefined` for anything else. */
export function parseHexColour(value: string | null | undefined): string | undefined {
  const match = HEX.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const digits = match[1]!.toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/** The WCAG relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Near-white and near-black: the text colours a button in the accent colour can take. */
export const TEXT_ON_ACCENT = { light: '#ffffff', dark: '#0b1220' } as const;

/** Whichever of white and near-black text reads better on a `#rrggbb` accent. */
export function textOnAccent(accent: string): string {
  const { light, dark } = TEXT_ON_ACCENT;
  return contrastRatio(accent, light) >= contrastRatio(accent, dark) ? light : dark;
}

/**
 * The page colours an accent is seen against, per theme: the page background and the cards' surface
 * (`--bg` and `--surface` in src/styles/global.css; test/unit/accent-contrast.test.ts reads them there).
 */
export const ACCENT_BACKGROUNDS = { light: ['#fbfbf9', '#ffffff'], dark: ['#131518', '#1b1e23'] } as const;

/** Which of the two palettes. */
export type AccentTheme = keyof typeof ACCENT_BACKGROUNDS;

/**
 * The contrast the accent keeps against both page colours: 3:1, what WCAG asks of controls and their
 * states (the chosen option's border, the radio dot, the button's edge). Links and secondary buttons'
 * labels are accent-coloured text too, which would want 4.5:1; holding every host colour to that would
 * change far more of them, so it is not done here.
 */
export const ACCENT_CONTRAST = 3;

/** The contrast of the text on an accent-coloured button. */
export const TEXT_CONTRAST = 4.5;

/** How many steps an accent may take towards black (light theme) or white (dark theme); the last one is there. */
export const ACCENT_STEPS = 20;

/** `#rrggbb` mixed `step / ACCENT_STEPS` of the way towards `target`, each channel rounded. */
function mixTowards(hex: string, target: string, step: number): string {
  let out = '#';
  for (const i of [1, 3, 5]) {
    const from = parseInt(hex.slice(i, i + 2), 16);
    const to = parseInt(target.slice(i, i + 2), 16);
    out += Math.round(from + ((to - from) * step) / ACCENT_STEPS).toString(16).padStart(2, '0');
  }
  return out;
}

/** A host accent as a theme shows it: the colour (adjusted if it must be) and the text on it. */
export interface ThemedAccent {
  accent: string;
  text: string;
}

/**
 * The host's `#rrggbb` accent for one theme: as given when it keeps ACCENT_CONTRAST against both page
 * colours and its text keeps TEXT_CONTRAST; else the first step towards black (light theme) or white
 * (dark theme) that does. Black on the light page and white on the dark one always do, so it ends.
 */
export function accentFor(accent: string, theme: AccentTheme): ThemedAccent {
  const target = theme === 'light' ? '#000000' : '#ffffff';
  for (let step = 0; step < ACCENT_STEPS; step++) {
    const colour = mixTowards(accent, target, step);
    const text = textOnAccent(colour);
    const standsOut = ACCENT_BACKGROUNDS[theme].every((page) => contrastRatio(colour, page) >= ACCENT_CONTRAST);
    if (standsOut && contrastRatio(colour, text) >= TEXT_CONTRAST) return { accent: colour, text };
  }
  return { accent: target, text: textOnAccent(target) };
}
