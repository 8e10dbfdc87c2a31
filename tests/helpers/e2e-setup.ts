/**
 * Vitest global setup for the browser tests, after `build-site.ts`: serves the built site with the real
 * nginx and the repository's own configuration (`.deploy/nginx/`), as in production — its headers, CSP,
 * redirects and 404 pages included — and starts the one Chromium that every test file connects to.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';
import { startNginx } from './nginx.ts';

export default async function setup(project: TestProject) {
  const site = await startNginx(project.getProvidedContext().distDir);
  const browser = await launchBrowserServer();
  project.provide('siteHome', `${site.origin}/miasta-partnerskie/`);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await site.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site's home, `http://127.0.0.1:<port>/miasta-partnerskie/`. */
    siteHome: string;
    /** WebSocket address of the shared Chromium, for `chromium.connect`. */
    browserEndpoint: string;
  }
}
