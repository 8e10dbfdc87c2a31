import { contentDir } from '../model/layout.ts';
import { homeTown } from './home-town.ts';

/**
 * Where the CMS under /admin/ saves, set at build time:
 * - production: GitHub (`CMS_REPO`, else the repository the build runs in, `GITHUB_REPOSITORY`), signing
 *   in through the town's OAuth service at `CMS_AUTH_URL` (default `defaultAuthUrl`; see the editors' guide);
 * - `CMS_PROXY_URL`: Decap's local backend (`npx decap-server`) editing a clone, for local work and tests.
 * Pictures go to `CMS_MEDIA_FOLDER` (default `public/images`), published under the base path.
 */
export interface CmsEnv {
  [name: string]: string | undefined;
}

export const defaultRepo = homeTown.editing.repository;

/** The town's sign-in service for GitHub (an OAuth client, see the editors' guide). */
export const defaultAuthUrl = homeTown.editing.signInUrl;

/**
 * The commit status that a pull request's workflow (`.github/workflows/pr.yml`) sets on the pull
 * request's head with its preview's address: Decap's GitHub backend reads the status of this name and
 * offers "Zobacz podgląd" once it is `success` (before, or when the check failed, "Sprawdź, czy istnieje
 * podgląd").
 */
export const previewStatusContext = 'deploy/preview';

export function cmsBackend(env: CmsEnv = process.env): Record<string, unknown> {
  if (env.CMS_PROXY_URL) return { name: 'proxy', proxy_url: env.CMS_PROXY_URL, branch: env.CMS_BRANCH || 'main' };
  const auth = new URL(env.CMS_AUTH_URL || defaultAuthUrl);
  return {
    name: 'github',
    repo: env.CMS_REPO || env.GITHUB_REPOSITORY || defaultRepo,
    branch: env.CMS_BRANCH || 'main',
    base_url: auth.origin,
    auth_endpoint: auth.pathname.replace(/^\//, '') || 'auth',
    preview_context: previewStatusContext,
  };
}

export function cmsMedia(base: string, env: CmsEnv = process.env) {
  const folder = (env.CMS_MEDIA_FOLDER || 'public/images').replace(/\/+$/, '');
  // Files under public/ are published at the same path without "public/".
  const published = folder.replace(/^public\/?/, '');
  return { mediaFolder: folder, publicFolder: `${base}${published}`.replace(/\/+$/, '') };
}

/** The hosts the admin page may contact besides its own: GitHub's API and the sign-in service. */
export function cmsConnectHosts(env: CmsEnv = process.env): string[] {
  if (env.CMS_PROXY_URL) return [new URL(env.CMS_PROXY_URL).origin];
  return ['https://api.github.com', new URL(env.CMS_AUTH_URL || defaultAuthUrl).origin];
}

/**
 * The editors' own files: the content (`content/`, texts, pictures and the editors' guides beside them)
 * and the folder the CMS uploads pictures to (`public/images/`). What the form and the editors' guide let
 * a staff member change, and nothing the site's code reads as code.
 */
export const editorFolders: readonly string[] = [contentDir({}), cmsMedia('/', {}).mediaFolder].map(
  (folder) => `${folder.replace(/\/+$/, '')}/`,
);
