/**
 * The deployment as the town's server runs it, here: releases published by the repository's own script
 * (`.deploy/releases/publish-release.sh`) into a local bare Git repository standing for GitHub, taken by
 * the server's own script (`.deploy/releases/partner-cities-deploy`) into a deployment folder that Debian's
 * nginx serves with the repository's configuration.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';
import { cleanEnv, root } from './build-site.ts';
import { get } from './http.ts';
import { startNginx } from './nginx.ts';

export const publishScript = join(root, '.deploy/releases/publish-release.sh');
export const deployScript = join(root, '.deploy/releases/partner-cities-deploy');
export const base = '/miasta-partnerskie/';

/** A bare repository standing for the project's on GitHub, which releases are pushed to and fetched from. */
export function bareRemote(): string {
  const dir = mkdtempSync(join(tmpdir(), 'partner-releases-remote-'));
  execFileSync('git', ['init', '-q', '--bare', dir]);
  return dir;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/**
 * A small site with the real site's shape under the base path: home and partner pages in Polish and
 * English, each language's 404 page and a hashed stylesheet every page links. `label` marks the release in
 * every page and in the stylesheet, whose name changes with it as a build's hash does. `filler` adds that
 * many files (for a release that takes a while to copy).
 */
export function syntheticSite(label: string, { filler = 0, fillerBytes = 2000 } = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'partner-release-site-'));
  const css = `body { --release: "${label}"; }\n`;
  const cssPath = `_astro/style.${hash(css)}.css`;
  const page = (lang: string, title: string) =>
    `<!doctype html><html lang="${lang}"><head><title>${title} ${label}</title>` +
    `<link rel="stylesheet" href="${base}${cssPath}"></head><body><p>${title}</p><p>${label}</p></body></html>\n`;
  const files: Record<string, string> = {
    'index.html': page('pl', 'Miasta partnerskie'),
    'en/index.html': page('en', 'Partner towns'),
    'miasta/adur/index.html': page('pl', 'Adur'),
    'en/towns/adur/index.html': page('en', 'Adur'),
    '404.html': page('pl', 'Nie ma takiej strony'),
    'en/404.html': page('en', 'Page not found'),
    [cssPath]: css,
  };
  for (let i = 0; i < filler; i++) files[`obrazy/${i % 50}/plik-${i}.txt`] = `${label} ${i} `.repeat(fillerBytes / 8);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

/** The stylesheet a page of the site links, as a path under the host. */
export function stylesheetOf(html: string): string {
  const found = new RegExp(`href="(${base}_astro/[^"]+\\.css)"`).exec(html);
  if (!found) throw new Error(`no stylesheet in:\n${html.slice(0, 500)}`);
  return found[1]!;
}

/** What the server checks before keeping a release of `dist`: the project's own `release-checks` command. */
export function releaseChecks(dist: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'partner-release-checks-')), 'checks.txt');
  const out = execFileSync(process.execPath, [join(root, 'src/cli/release-checks.ts'), dist], {
    cwd: root,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  writeFileSync(file, out);
  return file;
}

let syntheticChecks: string | undefined;

/** The checks of any synthetic site (they all have the same pages), made once by `release-checks`. */
export function checksOfSyntheticSite(): string {
  if (!syntheticChecks) {
    const site = syntheticSite('release-shape');
    syntheticChecks = releaseChecks(site);
    rmSync(site, { recursive: true, force: true });
  }
  return syntheticChecks;
}

/** Publishes `dist` as a release built from `source` (a commit id), as the release workflow does. */
export function publish(dist: string, remote: string, source: string, checks = releaseChecks(dist)) {
  return spawnSync('bash', [publishScript, dist, checks, remote], {
    env: { ...cleanEnv(), GITHUB_SHA: source },
    encoding: 'utf8',
  });
}

/** A fake source commit id, different for each `n`. */
export const sourceCommit = (n: number) => createHash('sha1').update(`source ${n}`).digest('hex');

export interface Server {
  deployDir: string;
  env: Record<string, string>;
}

/** A deployment folder, as `/srv/partner-cities` on the server. */
export const deploymentFolder = () => mkdtempSync(join(tmpdir(), 'partner-deploy-'));

/** The settings of the server's script for a deployment folder, a remote and the nginx that serves it. */
export function serverFor(
  remote: string,
  origin: string,
  deployDir: string,
  extra: Record<string, string> = {},
): Server {
  return {
    deployDir,
    env: {
      ...cleanEnv(),
      PARTNER_CITIES_CONFIG: join(deployDir, 'no-config-file'),
      RELEASE_REPO: remote,
      DEPLOY_DIR: deployDir,
      CHECK_ORIGIN: origin,
      CHECK_CONNECT_TO: '',
      KEEP_RELEASES: '3',
      ...extra,
    },
  };
}

/** Runs the server's script once, as its timer or the town's IT would. */
export function runDeploy(server: Server, ...args: string[]) {
  const result = spawnSync('bash', [deployScript, ...args], { env: server.env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** Starts the server's script in its own process group, to be killed at a chosen moment. */
export function startDeploy(server: Server, ...args: string[]): ChildProcess {
  return spawn('bash', [deployScript, ...args], { env: server.env, stdio: 'ignore', detached: true });
}

/** The release id published last on the remote. */
export function publishedId(remote: string): string {
  return execFileSync(
    'git',
    ['--git-dir', remote, 'log', '-1', '--format=%(trailers:key=Release,valueonly)', 'releases'],
    {
      encoding: 'utf8',
    },
  ).trim();
}

/** Copies a built site, so a test may change the copy. */
export function copySite(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'partner-release-copy-'));
  cpSync(dist, copy, { recursive: true });
  return copy;
}

export const readText = (path: string) => readFileSync(path, 'utf8');

export interface Rig {
  remote: string;
  server: Server;
  origin: string;
  /** Publishes a synthetic release marked `label`; returns its id. */
  release: (label: string, options?: Parameters<typeof syntheticSite>[1]) => string;
  /** The release `current` points at. */
  live: () => string | undefined;
}

let published = 0;
/** A new fake source commit for each release published. */
export const nextSource = () => sourceCommit(++published);

/**
 * A remote, a deployment folder and the nginx serving it, for one test (removed when it finishes).
 * `extra` overrides the server's settings.
 */
export async function startRig(extra: Record<string, string> = {}): Promise<Rig> {
  const remote = bareRemote();
  const deployDir = deploymentFolder();
  const nginx = await startNginx(undefined, { deployDir });
  const sites: string[] = [];
  onTestFinished(async () => {
    await nginx.stop();
    for (const dir of [remote, deployDir, ...sites]) rmSync(dir, { recursive: true, force: true });
  });
  return {
    remote,
    server: serverFor(remote, nginx.origin, deployDir, extra),
    origin: nginx.origin,
    release: (label, options) => {
      const dist = syntheticSite(label, options);
      sites.push(dist);
      const result = publish(dist, remote, nextSource(), checksOfSyntheticSite());
      if (result.status !== 0) throw new Error(`publishing ${label} failed:\n${result.stderr}`);
      return publishedId(remote);
    },
    live: () =>
      existsSync(join(deployDir, 'current')) ? basename(readlinkSync(join(deployDir, 'current'))) : undefined,
  };
}

/** The label of the release a synthetic page or stylesheet came from. */
export const labelOf = (body: string) =>
  /<p>(release-[\w-]+)<\/p>|--release: "(release-[\w-]+)"/.exec(body)?.slice(1).find(Boolean);

/** A page (or file) of the served site, with the release it came from. */
export async function fetchPage(origin: string, path = base) {
  const res = await get(`${origin}${path}`);
  const text = res.body.toString();
  return { status: res.status, headers: res.headers, text, label: labelOf(text) };
}
