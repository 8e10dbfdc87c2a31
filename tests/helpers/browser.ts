/**
 * Debian's Chromium driven by playwright-core (no browser download). One browser serves the whole run:
 * the global setup starts it and every test file connects to it; each page gets its own context.
 */
import { missingProgram, requireProgram } from './programs.ts';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';

/** Runs `fn` over `items`, at most `limit` at a time (the site's own helper). */
export { mapLimit } from '../../src/blocks/concurrency.ts';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const chromiumProgram = { name: 'Chromium', path: chromiumPath, packages: ['chromium'] };

export async function launchBrowserServer() {
  requireProgram(chromiumProgram);
  try {
    return await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  } catch (error) {
    throw missingProgram(chromiumProgram, error);
  }
}

export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  response: Response | null;
  /** Console errors and uncaught exceptions, with where they came from. */
  consoleErrors: string[];
  /** Every request the page tried to make to a host other than the site's own (blocked). */
  foreignRequests: string[];
  /** What the page's Content-Security-Policy refused: `<directive> <blocked URI>`. */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * Has every page of the context report what its Content-Security-Policy refuses. Chromium logs most
 * refusals to the console too, but not all (a refused `<style>` in a report-only policy, say), and the
 * event names the directive.
 */
async function recordCspViolations(context: BrowserContext, record: (violation: string) => void) {
  await context.exposeBinding('reportCspViolation', (_source, violation: string) => record(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
}

/**
 * Opens a URL in a fresh context of the given width. Requests to any other host are recorded and
 * blocked, so a page that needs one fails the tests here instead of leaking its readers to a third party.
 */
export async function visit(
  browser: Browser,
  url: string,
  {
    width = 1280,
    height = 800,
    expectedStatus = 200,
    bypassCSP = false,
  }: {
    width?: number;
    height?: number;
    expectedStatus?: number;
    /** For the checks' own tests: let a page break the site's CSP, to see the checks catch it. */
    bypassCSP?: boolean;
  } = {},
): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP });
  const own = new URL(url).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  await recordCspViolations(context, (violation) => cspViolations.push(violation));
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === own) return route.continue();
    foreignRequests.push(requested);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // Chromium logs the 404 of a 404 page's own address; that one is the point of the page.
    if (expectedStatus === 404 && where === url && /status of 404/.test(message.text())) return;
    consoleErrors.push(`${message.text()} (${where || 'page'})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin === own) consoleErrors.push(`request failed: ${request.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, context, response, consoleErrors, foreignRequests, cspViolations, close: () => context.close() };
}

interface VisitState {
  own: string;
  url: string;
  expectedStatus: number;
  consoleErrors: string[];
  foreign: string[];
  csp: string[];
}

/**
 * Visits many pages in a few tabs: each tab keeps one context and one page for all its visits, so
 * Chromium sets up neither a context nor a renderer per page. Each visit starts from a blank page and
 * collects its own console errors and foreign requests, as `visit` does. `use` runs while the page is
 * open; its results come back in the order of `items`.
 */
export async function visitAll<T, R>(
  browser: Browser,
  items: readonly T[],
  tabs: number,
  open: (item: T) => { url: string; width?: number; height?: number; expectedStatus?: number },
  use: (v: Visit, item: T) => Promise<R>,
  /** For the checks' own tests: let a page break the site's CSP, to see the checks catch it. */
  { bypassCSP = false }: { bypassCSP?: boolean } = {},
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const tab = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP });
    /** The visit under way; events arriving between two visits belong to neither and are dropped. */
    let current: VisitState | null = null;
    await recordCspViolations(context, (violation) => current?.csp.push(violation));
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (current && new URL(requested).origin === current.own) return route.continue();
      current?.foreign.push(requested);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (!current || message.type() !== 'error') return;
      const where = message.location().url;
      if (current.expectedStatus === 404 && where === current.url && /status of 404/.test(message.text())) return;
      current.consoleErrors.push(`${message.text()} (${where || 'page'})`);
    });
    page.on('pageerror', (error) => current?.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (current && new URL(request.url()).origin === current.own)
        current.consoleErrors.push(`request failed: ${request.url()}`);
    });
    try {
      while (next < items.length) {
        const index = next++;
        const item = items[index]!;
        const { url, width = 1280, height = 800, expectedStatus = 200 } = open(item);
        // Leave the previous page first: what it still had in flight is cancelled outside any visit.
        current = null;
        await page.goto('about:blank');
        await page.setViewportSize({ width, height });
        const visit: VisitState = {
          own: new URL(url).origin,
          url,
          expectedStatus,
          consoleErrors: [],
          foreign: [],
          csp: [],
        };
        current = visit;
        const response = await page.goto(url, { waitUntil: 'load' });
        const v: Visit = {
          page,
          context,
          response,
          consoleErrors: visit.consoleErrors,
          foreignRequests: visit.foreign,
          cspViolations: visit.csp,
          close: async () => {},
        };
        results[index] = await use(v, item);
      }
    } finally {
      current = null;
      await context.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, items.length) }, tab));
  return results;
}
