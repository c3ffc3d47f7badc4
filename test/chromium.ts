import { existsSync } from 'node:fs';
import { devices, type Project } from '@playwright/test';

/** The system Chromium when there is one (CHROMIUM_PATH, else /usr/bin/chromium); else Playwright's own browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** The one Chromium project the e2e suite and the benchmark both run in, with the flags this closed network needs. */
export const chromiumProject: Project = {
  name: 'chromium',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
};
