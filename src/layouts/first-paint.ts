/**
 * The one script that runs before first paint: a classic inline script at the top of <body>, written
 * here as text so the layout can hash it into the CSP (`Astro.csp.insertScriptHash`) and a unit test can
 * run it. It only marks <html>; CSS does the rest, and with no JavaScript nothing is marked at all. It
 * never throws: storage may refuse access (a sandboxed frame) and anything may be in it.
 */
import { createHash } from 'node:crypto';
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
}

/** The resume part: saved progress is a path or answers in the saved interview; unreadable storage means none. */
const resume = `try {
  var saved = JSON.parse(window.localStorage.getItem(${JSON.stringify(SAVED_INTERVIEW_KEY)}) || 'null');
  if (saved && ((saved.path && saved.path.length > 0) || (saved.answers && Object.keys(saved.answers).length > 0))) root.setAttribute('data-resuming', '');
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

/** The script's text for `options`; empty when there is nothing to do. */
export function firstPaintScript(options: FirstPaint): string {
  const parts = [
    options.themeFromQuery && themeFromQuery,
    options.resume && resume,
    options.resumeFromFragment && resumeFromFragment,
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return `(function () {\nvar root = document.documentElement;\n${parts.join('\n')}\n})();`;
}

/** The CSP source expression that allows exactly `script` (SHA-256, Astro's default algorithm), e.g. `sha256-…`. */
export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
