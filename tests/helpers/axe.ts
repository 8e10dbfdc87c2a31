/**
 * axe-core, injected into the page and run there for WCAG 2.0 and 2.1, levels A and AA. Used directly
 * rather than through @axe-core/playwright, which works with playwright-core but took 1.2 s a page here
 * against 0.3 s for this (it opens an extra page for every analysis); the checks are the same axe rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The violations on the page as it is now, one readable line each. Can be called again after a resize. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Into every frame, so axe also checks the content of any iframe (it talks to them by postMessage).
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  }
  const violations = await page.evaluate(async (tags) => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v): Violation => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, wcagTags);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ` and ${v.targets.length - 3} more` : ''}`,
  );
}
