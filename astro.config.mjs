// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, localeCodes } from './src/blocks/locales.ts';
import { siteAddress } from './src/config/site.ts';
import { contentDir } from './src/model/layout.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { sitemapWithAlternates } from './src/integrations/sitemap.ts';
import { precompress } from './src/integrations/precompress.ts';
import { unusedOriginals } from './src/integrations/unused-originals.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { contentCheck } from './src/integrations/check-during-build.ts';
import { cmsBundle, cmsBundleSources } from './src/integrations/cms.ts';
import { contentModelCache } from './src/integrations/content-model-digest.ts';
import { markdownGuard } from './src/features/markdown/markdown-guard.ts';
import { markdownTypography } from './src/features/markdown/markdown-typography.ts';

const { site, base } = siteAddress();

export default defineConfig({
  site,
  base,
  // Builds of another content folder (the tests' fixtures) keep their own content cache, so the live
  // content's build never reads entries left by theirs.
  ...(contentDir() === 'content' ? {} : { cacheDir: `./node_modules/.astro/${contentDir().replace(/[^\w-]+/g, '-')}` }),
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
  // Astro's own Markdown renderer, with a guard that keeps raw HTML and script links off the pages, and
  // each language's typography (non-breaking spaces in Polish, curly apostrophes in English).
  markdown: { processor: satteri({ mdastPlugins: [markdownGuard, markdownTypography] }) },
  integrations: [
    // Before Astro reads its stored records: a changed schema clears them.
    contentModelCache(),
    // First: a content mistake stops the build with the editors' report, before Astro's own errors.
    contentCheck(),
    localized404(localeCodes.filter((l) => l !== defaultLocale)),
    // Before the search index and compression see them: the pictures' originals that no page uses.
    unusedOriginals(),
    pagefind(),
    ...sitemapWithAlternates(),
    // The CMS's code, from npm, served from the site's own origin under /admin/.
    cmsBundle(),
    // Last: compresses everything the others wrote (the CMS's bundle while the pages render).
    precompress({ ahead: cmsBundleSources }),
  ],
  // Pictures in the texts get a srcset of widths up to the original and a sizes attribute; no inline
  // styles (the CSP allows none): the stylesheet keeps them within the column.
  image: { layout: 'constrained', responsiveStyles: false },
  // No telemetry or dev toolbar requests to other hosts.
  devToolbar: { enabled: false },
});
