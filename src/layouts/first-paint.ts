/**
 * The one script that runs before first paint: a classic inline script at the top of <body>, written
 * here as text so the layout can hash it into the CSP (`Astro.csp.insertScriptHash`) and a unit test can
 * run it. It only marks <html>; CSS does the rest, and with no JavaScript nothing is marked at all. It
 * never throws: storage may refuse access (a sandboxed frame) and anything may be in it.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import { ACCENT_BACKGROUNDS, ACCENT_CONTRAST, ACCENT_STEPS, HEX, TEXT_CONTRAST, TEXT_ON_ACCENT } from '../embed/accent';
import { inProgress } from '../interview/in-progress';
import { SAVED_INTERVIEW_KEY } from '../stores/storage-key';

/** What a page asks the script to do before its first paint. */
export interface FirstPaint {
  /**
   * Mark `data-resuming` when this browser holds saved progress, so the server-rendered first question
   * stays hidden (its space kept) until the interview island is live at the saved question.
   */
  resume?: boolean;
  /**
   * Mark `data-resuming` too when the address has a fragment: the embedded check back from its report
   * carries the answers there (a sandboxed frame has no storage), and opens at their review.
   */
  resumeFromFragment?: boolean;
  /** Set `data-theme` from `?theme=`, exactly `light` or `dark`; anything else leaves the reader's own scheme. */
  themeFromQuery?: boolean;
  /**
   * Set the host's accent from `?accent=`, a hex colour or nothing, for each theme adjusted until it stands
   * out from the page, with the text colour that reads best on it: the same rules as `parseHexColour` and
   * `accentFor` in src/embed/accent.ts (a unit test holds the two to each other), so buttons never show the
   * site's blue before the host's colour. It sets `--host-accent-light`, `--host-accent-text-light` and
   * their `-dark` twins; src/styles/embed.css picks the pair of the theme shown.
   */
  accentFromQuery?: boolean;
  /**
   * Show the page's fallback (src/components/embed/EmbedFallback.astro) when no island has gone live
   * (`[data-live]`) 2.5 s after the page began (within the 3 s a reader would wait), or at once when a form is submitted before one has: the
   * module scripts were blocked (a sandboxed frame, a host without CORS headers) or failed to load. It
   * marks <html> `data-stalled`, and takes the mark off again if an island starts after all.
   */
  fallbackWhenStalled?: boolean;
}

/** How long the page waits for an island before it says the check cannot run here. */
export const STALLED_AFTER_MS = 2000;

/** The resume part: `inProgress` itself, run on the saved interview; unreadable storage means none. */
const resume = `try {
  var saved = JSON.parse(window.localStorage.getItem(${JSON.stringify(SAVED_INTERVIEW_KEY)}) || 'null');
  if ((${inProgress.toString()})(saved)) root.setAttribute('data-resuming', '');
} catch (e) {}`;

/** The fragment part: any payload after `#`; the island decides whether it holds answers. */
const resumeFromFragment = `try {
  if (window.location.hash.length > 1) root.setAttribute('data-resuming', '');
} catch (e) {}`;

/** The theme part: the first `theme` parameter, like `parseEmbedParams`, and only its two forced values. */
const themeFromQuery = `try {
  var theme = new URLSearchParams(window.location.search).get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
} catch (e) {}`;

/** The accent part: `parseHexColour`, then `accentFor` for each theme (see src/embed/accent.ts). */
const accentFromQuery = `try {
  var match = ${HEX.toString()}.exec((new URLSearchParams(window.location.search).get('accent') || '').trim());
  if (match) {
    var digits = match[1].toLowerCase();
    if (digits.length === 3) digits = digits.replace(/./g, '$&$&');
    var accent = '#' + digits;
    var luminance = function (hex) {
      var channel = function (i) {
        var c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      };
      return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    };
    var contrast = function (a, b) {
      var x = luminance(a), y = luminance(b);
      return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    };
    var light = ${JSON.stringify(TEXT_ON_ACCENT.light)}, dark = ${JSON.stringify(TEXT_ON_ACCENT.dark)};
    var textOn = function (colour) { return contrast(colour, light) >= contrast(colour, dark) ? light : dark; };
    var mix = function (hex, target, step) {
      var out = '#';
      for (var i = 1; i < 7; i += 2) {
        var from = parseInt(hex.slice(i, i + 2), 16), to = parseInt(target.slice(i, i + 2), 16);
        var c = Math.round(from + ((to - from) * step) / ${ACCENT_STEPS}).toString(16);
        out += c.length < 2 ? '0' + c : c;
      }
      return out;
    };
    var pages = ${JSON.stringify(ACCENT_BACKGROUNDS)};
    var themed = function (theme) {
      var target = theme === 'light' ? '#000000' : '#ffffff';
      for (var step = 0; step < ${ACCENT_STEPS}; step++) {
        var colour = mix(accent, target, step), text = textOn(colour), standsOut = true;
        for (var p = 0; p < pages[theme].length; p++) if (contrast(colour, pages[theme][p]) < ${ACCENT_CONTRAST}) standsOut = false;
        if (standsOut && contrast(colour, text) >= ${TEXT_CONTRAST}) return [colour, text];
      }
      return [target, textOn(target)];
    };
    var forLight = themed('light'), forDark = themed('dark');
    root.style.setProperty('--host-accent-light', forLight[0]);
    root.style.setProperty('--host-accent-text-light', forLight[1]);
    root.style.setProperty('--host-accent-dark', forDark[0]);
    root.style.setProperty('--host-accent-text-dark', forDark[1]);
    root.setAttribute('data-accent', 'custom');
  }
} catch (e) {}`;

/** The fallback part: a classic inline script still runs where module scripts are refused, so it can tell. */
const fallbackWhenStalled = `try {
  var started = function () { return !!document.querySelector('[data-live]'); };
  var stall = function () {
    if (started()) {
      root.removeAttribute('data-stalled');
      return true;
    }
    if (!root.hasAttribute('data-stalled')) {
      var link = document.querySelector('[data-fallback-link="fragment"]');
      if (link) link.setAttribute('href', link.getAttribute('href') + window.location.hash);
      root.setAttribute('data-stalled', '');
    }
    return false;
  };
  document.addEventListener('submit', function (event) {
    if (!started()) {
      event.preventDefault();
      stall();
    }
  }, true);
  window.setTimeout(function check() {
    if (!stall()) window.setTimeout(check, 1000);
  }, ${STALLED_AFTER_MS});
} catch (e) {}`;

/** The script's text for `options`; empty when there is nothing to do. */
export function firstPaintScript(options: FirstPaint): string {
  const parts = [
    options.themeFromQuery && themeFromQuery,
    options.accentFromQuery && accentFromQuery,
    options.resume && resume,
    options.resumeFromFragment && resumeFromFragment,
    options.fallbackWhenStalled && fallbackWhenStalled,
  ].filter(Boolean);
  if (parts.length === 0) return '';
  // Written here for people; shipped minified (esbuild, at build time), which every page pays for: a
  // fifth of its gzipped bytes.
  const text = `(function () {\nvar root = document.documentElement;\n${parts.join('\n')}\n})();`;
  return transformSync(text, { minify: true, legalComments: 'none' }).code.trim();
}

/** The CSP source expression that allows exactly `script` (SHA-256, Astro's default algorithm), e.g. `sha256-…`. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
