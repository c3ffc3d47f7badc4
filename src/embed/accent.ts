/**
 * The host's accent colour: accepted only as a hex colour, and paired with a text colour that stays
 * readable on it, so a light accent never leaves white text on a pale button.
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
