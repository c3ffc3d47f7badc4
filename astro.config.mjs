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
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Fewer, larger shared files: each file is gzipped (and fetched) on its own, so the default split's
              // many small ones cost a page more than their code. `shared`: what every page with an island loads
              // (Preact, its hooks, Nano Stores and the hook islands read them with, Vite's preload helper, the branching rules and their guards);
              // `common`: the saved interview and its helpers, which the landing page, the check and the report
              // read but the compare page does not, and the address helper the report and the embedded check share; `embed-frame`: what both pages in the host's frame share.
              codeSplitting: {
                groups: [
                  {
                    name: 'shared',
                    priority: 2,
                    test: /node_modules[\\/](preact|@?nanostores)[\\/]|^\0vite[\\/]preload-helper|src[\\/](schemas[\\/](id|is-record)|questionnaire[\\/](answer-fits|follow|branches)|conditions[\\/](evaluate|references)|share[\\/]migrations|components[\\/]use-store-at-once)\.ts$/,
                  },
                  {
                    name: 'common',
                    priority: 1,
                    test: /src[\\/](stores[\\/](saved-interview|storage-key|address)|interview[\\/](revision|saved-progress|in-progress|salvage-answers)|questionnaire[\\/]answers-on-path|components[\\/](use-on-demand|answer-anchor))\.tsx?$/,
                  },
                  { name: 'embed-frame', test: /src[\\/]embed[\\/](frame-pages|frame-dom|params|accent|protocol|links)\.ts$/ },
                ],
              },
            },
          },
        },
      },
    },
  },
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
