import type { CmsSettings } from '../../src/features/cms/site-config.ts';
import { homeTown } from '../../src/config/home-town.ts';

/** The CMS configuration's settings for the unit tests: the home town, GitHub, the usual folders. */
export const testCmsSettings = {
  town: homeTown,
  backend: { name: 'github', repo: 'a/b', branch: 'main' },
  contentDir: 'content',
  mediaFolder: 'public/images',
  publicFolder: '/images',
  siteUrl: 'https://example.org/',
} satisfies CmsSettings;
