// @ts-check
import { defineConfig } from 'astro/config';
import { defaultLocale, localeCodes } from './src/i18n/locales';
import { siteAddress } from './src/config/site';
import { localized404 } from './src/integrations/localized-404';
import { pagefind } from './src/integrations/pagefind';

const { site, base } = siteAddress();

export default defineConfig({
  site,
  base,
  // One policy everywhere: every page is a folder with an index.html, every link ends in a slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [localized404(localeCodes.filter((l) => l !== defaultLocale)), pagefind()],
  // No telemetry or dev toolbar requests to other hosts.
  devToolbar: { enabled: false },
});
