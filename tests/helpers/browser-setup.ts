/**
 * Vitest global setup for the tests over the live content (`live` project): only the shared Chromium.
 * Those tests build and serve the live `content/` themselves, so the fixture build of the other browser
 * tests is not needed.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser.ts';

export default async function setup(project: TestProject) {
  const browser = await launchBrowserServer();
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
  };
}
