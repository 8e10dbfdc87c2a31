import { contentDir } from '../model/layout.ts';
import { homeTown } from './home-town.ts';
import { siteAddress } from './site.ts';

/**
 * Where the CMS under /admin/ saves, set at build time:
 * - production: GitHub (`CMS_REPO`, else the repository the build runs in, `GITHUB_REPOSITORY`), signing
 *   in through the town's relay (`signInUrl()`; `CMS_AUTH_URL` overrides it), GitHub's API at
 *   `CMS_API_ROOT` (default `https://api.github.com`; the tests point it at a stand-in);
 * - `CMS_PROXY_URL`: Decap's local backend (`npx decap-server`) editing a clone, for local work and tests.
 * Pictures go to `CMS_MEDIA_FOLDER` (default `public/images`), published under the base path.
 */
export interface CmsEnv {
  [name: string]: string | undefined;
}

export const defaultRepo = homeTown.editing.repository;

/** Where the town's own sign-in relay answers, under the site's base path (`.deploy/nginx/` proxies it). */
export const relayPath = 'cms-auth/';

/** GitHub's token scope for editing: only public repositories' contents when the repository is public. */
export const authScope = homeTown.editing.repositoryIsPublic ? 'public_repo' : 'repo';

const githubApi = 'https://api.github.com';

/**
 * The address Decap opens in its sign-in pop-up: `CMS_AUTH_URL`, else the home town's `signInUrl`, else
 * the town's relay beside the site (`<site><base>cms-auth/auth`, for the address being built).
 */
export function signInUrl(env: CmsEnv = process.env): URL {
  const configured = env.CMS_AUTH_URL || homeTown.editing.signInUrl;
  if (configured) return new URL(configured);
  const { site, base } = siteAddress(env);
  return new URL(`${base}${relayPath}auth`, site);
}

/**
 * The commit status that a pull request's workflow (`.github/workflows/pr.yml`) sets on the pull
 * request's head with its preview's address: Decap's GitHub backend reads the status of this name and
 * offers "Zobacz podgląd" once it is `success` (before, or when the check failed, "Sprawdź, czy istnieje
 * podgląd").
 */
export const previewStatusContext = 'deploy/preview';

export function cmsBackend(env: CmsEnv = process.env): Record<string, unknown> {
  if (env.CMS_PROXY_URL) return { name: 'proxy', proxy_url: env.CMS_PROXY_URL, branch: env.CMS_BRANCH || 'main' };
  const auth = signInUrl(env);
  return {
    name: 'github',
    repo: env.CMS_REPO || env.GITHUB_REPOSITORY || defaultRepo,
    branch: env.CMS_BRANCH || 'main',
    base_url: auth.origin,
    auth_endpoint: auth.pathname.replace(/^\//, '') || 'auth',
    preview_context: previewStatusContext,
    auth_scope: authScope,
    ...(env.CMS_API_ROOT ? { api_root: env.CMS_API_ROOT.replace(/\/+$/, '') } : {}),
  };
}

/**
 * What the sign-in relay (`.deploy/sign-in/relay.mjs`) needs to know, written by the build beside the CMS
 * (`admin/sign-in.json`): the one origin it hands a token to, the path it starts on, the callback address
 * registered with GitHub's OAuth app and the scope it asks for. Nothing secret: the client's id and secret
 * live only on the server.
 */
export function signInRelayConfig(env: CmsEnv = process.env) {
  const auth = signInUrl(env);
  return {
    siteOrigin: siteAddress(env).site,
    authPath: auth.pathname,
    callbackUrl: new URL('callback', auth).href,
    scope: authScope,
  };
}

export function cmsMedia(base: string, env: CmsEnv = process.env) {
  const folder = (env.CMS_MEDIA_FOLDER || 'public/images').replace(/\/+$/, '');
  // Files under public/ are published at the same path without "public/".
  const published = folder.replace(/^public\/?/, '');
  return { mediaFolder: folder, publicFolder: `${base}${published}`.replace(/\/+$/, '') };
}

/**
 * The hosts the admin page may contact besides its own: GitHub's API. The sign-in is a pop-up window, a
 * navigation and not a request of the page, so its address needs no place in `connect-src`.
 */
export function cmsConnectHosts(env: CmsEnv = process.env): string[] {
  if (env.CMS_PROXY_URL) return [new URL(env.CMS_PROXY_URL).origin];
  return [new URL(env.CMS_API_ROOT || githubApi).origin];
}

/**
 * The editors' own files: the content (`content/`, texts, pictures and the editors' guides beside them)
 * and the folder the CMS uploads pictures to (`public/images/`). What the form and the editors' guide let
 * a staff member change, and nothing the site's code reads as code.
 */
export const editorFolders: readonly string[] = [contentDir({}), cmsMedia('/', {}).mediaFolder].map(
  (folder) => `${folder.replace(/\/+$/, '')}/`,
);
