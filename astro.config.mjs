// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

/** A sub-path to serve the site under, e.g. BASE_PATH=/tools/ai-team-check/ for an intranet. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  integrations: [preact()],
  build: { inlineStylesheets: 'never' },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
