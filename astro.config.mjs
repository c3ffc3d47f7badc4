// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

/** A sub-path to serve the site under, e.g. BASE_PATH=/tools/ai-team-check/ for an intranet. */
const base = process.env.BASE_PATH || '/';
/** The public address, e.g. SITE_URL=https://check.example.com: makes link-preview URLs absolute. */
const site = process.env.SITE_URL;

export default defineConfig({
  output: 'static',
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  integrations: [preact()],
  build: { inlineStylesheets: 'never' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Findings have no code blocks; Shiki's inline styles would need a looser CSP, so it is off.
  markdown: { syntaxHighlight: false },
  security: {
    // A Content-Security-Policy <meta> on every page. Astro hashes its own inline scripts and styles into
    // script-src and style-src, so no script runs unless Astro emitted it. connect-src 'none' makes the browser
    // itself refuse to send anything anywhere: the promise that answers never leave it is enforced, not just kept.
    // Inline style attributes stay blocked too: Preact's style objects go through the CSSOM, which CSP allows.
    // frame-ancestors cannot be set in a <meta>; hosts that want to forbid framing send it as a header (README).
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'none'",
        // blob: for the Present view's "Download slide (PNG)": it draws the slide's SVG, as a blob URL, onto a canvas.
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
});
