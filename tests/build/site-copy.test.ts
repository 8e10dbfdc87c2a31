/**
 * A pull request's preview, built the way `.github/workflows/pr.yml` builds it (its own environment
 * variables, with GitHub's expressions filled in), is a copy of the site: every page says `noindex`, and
 * every canonical link and alternate names the production page; nothing invites indexing. The github.io
 * copy of main (`deploy.yml`) is a copy by the same rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/config/site.ts';
import { isCopy, siteRoot } from '../../src/features/seo/site-copy.ts';
import { root } from '../helpers/build-site.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { listFiles, readPage } from '../helpers/html.ts';

/** GitHub's expressions in the workflows, as they would be filled in for pull request 7 of town/partner-cities. */
const github: Record<string, string> = {
  'github.repository_owner': 'town',
  'github.event.repository.name': 'partner-cities',
  'github.event.pull_request.number': '7',
};
const fill = (text: string) =>
  text.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in github)) throw new Error(`No value for \${{ ${name} }}`);
    return github[name]!;
  });
const workflow = (file: string) =>
  parse(readFileSync(join(root, '.github/workflows', file), 'utf8')) as {
    env?: Record<string, string>;
    jobs: Record<string, { steps: { name?: string; run?: string; env?: Record<string, string> }[] }>;
  };

const pr = workflow('pr.yml');
const buildStep = pr.jobs.preview!.steps.find((s) => s.name === 'Build the preview')!;
const previewSite = fill(pr.env!.PREVIEW_SITE!);
const previewBase = fill(pr.env!.PREVIEW_BASE!);
const production = siteRoot(siteAddress({}));

let dist: string;
beforeAll(() => {
  // The workflow's own command line, with its variables.
  expect(buildStep.run).toContain('SITE_URL="$PREVIEW_SITE" BASE_PATH="$PREVIEW_BASE" npm run build');
  dist = sharedBuild({ SITE_URL: previewSite, BASE_PATH: previewBase });
});

describe('a pull request preview, built as pr.yml builds it', () => {
  it('is built for the preview address, which is a copy', () => {
    expect(`${previewSite}${previewBase}`).toBe('https://town.github.io/partner-cities/pr-7/');
    expect(isCopy({ site: previewSite, base: previewBase }, siteAddress({}))).toBe(true);
    const home = readPage(dist, '');
    expect(home.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toMatch(/^\/partner-cities\/pr-7\//);
  });

  it('says noindex on every page, and names the production page as canonical on every page that has one', () => {
    const files = new Set(listFiles(dist));
    const pages = [...files].filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const problems: string[] = [];
    let canonicals = 0;
    for (const file of pages) {
      const path = file.replace(/index\.html$/, '');
      const page = readPage(dist, file);
      const robots = page.querySelectorAll('meta[name="robots"]').map((m) => m.getAttribute('content') ?? '');
      if (!robots.some((r) => r.split(/,\s*/).includes('noindex'))) problems.push(`${file}: no noindex`);
      const canonical = page.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href')!);
      // Only the 404 pages and the CMS, which have no production page of their own, have no canonical.
      if (canonical.length === 0) {
        if (!/(^|\/)404\.html$|^admin\//.test(file)) problems.push(`${file}: no canonical`);
        continue;
      }
      canonicals++;
      const alternates = page.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href')!);
      const links = [
        ...canonical,
        ...alternates,
        ...page.querySelectorAll('meta[property="og:url"]').map((m) => m.getAttribute('content')!),
      ];
      for (const href of links) {
        if (!href.startsWith(production)) problems.push(`${file}: ${href} is not at ${production}`);
        // The production page is the same page: the copy has it at the same path under its own base.
        else if (!files.has(`${href.slice(production.length)}index.html`))
          problems.push(`${file}: ${href} names no page of the site`);
      }
      // An untranslated stand-in (no alternates) is canonical to the page whose text it shows.
      if (canonical[0] !== `${production}${path}` && alternates.length > 0) {
        problems.push(`${file}: canonical ${canonical[0]} is not this page's production address`);
      }
    }
    expect(problems).toEqual([]);
    expect(canonicals).toBeGreaterThan(40);
  });

  it('invites no indexing: robots.txt names no sitemap, and there is no sitemap', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).not.toMatch(/sitemap/i);
    expect(robots).toContain(`A copy of ${production}`);
    expect(listFiles(dist).filter((f) => /sitemap/i.test(f))).toEqual([]);
  });

  it('the github.io copy of main, as deploy.yml builds it, is a copy by the same rule', () => {
    const env = workflow('deploy.yml').jobs.build!.steps.find((s) => s.env?.SITE_URL)!.env!;
    expect(isCopy({ site: fill(env.SITE_URL!), base: fill(env.BASE_PATH!) }, siteAddress({}))).toBe(true);
  });
});
