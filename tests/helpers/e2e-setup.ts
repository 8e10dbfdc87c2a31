/**
 * Vitest global setup for the browser tests, after `build-site.ts`: serves the built site on 127.0.0.1
 * and starts the one Chromium that every test file connects to.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser';
import { serveSite } from './static-server';

export default async function setup(project: TestProject) {
  const site = await serveSite(project.getProvidedContext().distDir);
  const browser = await launchBrowserServer();
  project.provide('siteHome', site.home);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await site.close();
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
