// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, localeCodes } from './src/i18n/locales';
import { siteAddress } from './src/config/site';
import { localized404 } from './src/integrations/localized-404';
import { sitemapWithAlternates } from './src/integrations/sitemap';
import { precompress } from './src/integrations/precompress';
import { pagefind } from './src/integrations/pagefind';
import { contentCheck } from './src/integrations/content-check';
import { cmsBundle } from './src/integrations/cms';
import { markdownGuard } from './src/lib/markdown-guard';

const { site, base } = siteAddress();

export default defineConfig({
  site,
  base,
  // One policy everywhere: every page is a folder with an index.html, every link ends in a slash.
  trailingSlash: 'always',
  // External, hashed stylesheets: cached once for every page, and no inline style for the CSP to allow.
  // Four pages in flight: while one waits for its file to be written, the next renders.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // Astro's own Markdown renderer, with a guard that keeps raw HTML and script links off the pages.
  markdown: { processor: satteri({ mdastPlugins: [markdownGuard] }) },
  integrations: [
    // First: a content mistake stops the build with the editors' report, before Astro's own errors.
    contentCheck(),
    localized404(localeCodes.filter((l) => l !== defaultLocale)),
    pagefind(),
    ...sitemapWithAlternates(),
    // The CMS's code, from npm, served from the site's own origin under /admin/.
    cmsBundle(),
    // Last: compresses everything the others wrote.
    precompress(),
  ],
  // No telemetry or dev toolbar requests to other hosts.
  devToolbar: { enabled: false },
});
