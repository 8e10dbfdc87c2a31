// @ts-check
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales';
import { siteAddress } from './src/config/site';
import { localized404 } from './src/integrations/localized-404';
import { sitemapWithAlternates } from './src/integrations/sitemap';
import { precompress } from './src/integrations/precompress';
import { pagefind } from './src/integrations/pagefind';

const { site, base } = siteAddress();

export default defineConfig({
  site,
  base,
  // One policy everywhere: every page is a folder with an index.html, every link ends in a slash.
  trailingSlash: 'always',
  // External, hashed stylesheets: cached once for every page, and no inline style for the CSP to allow.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    localized404(localeCodes.filter((l) => l !== defaultLocale)),
    pagefind(),
    ...sitemapWithAlternates(),
    // Last: compresses everything the others wrote.
    precompress(),
  ],
  // No telemetry or dev toolbar requests to other hosts.
  devToolbar: { enabled: false },
});
