import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { freePort } from './ports.ts';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { root } from './build-site.ts';
import { missingProgram, requireProgram, type SystemProgram } from './programs.ts';

export const nginxBinary = '/usr/sbin/nginx';
const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const nginx: SystemProgram = {
  name: 'nginx',
  path: nginxBinary,
  packages: ['nginx-light', 'libnginx-mod-http-brotli-static'],
};

async function waitForPort(port: number, child: ChildProcess, log: string, failed: () => unknown): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (failed()) throw missingProgram(nginx, failed());
    if (child.exitCode !== null) {
      throw new Error(`nginx exited: ${existsSync(log) ? readFileSync(log, 'utf8') : '(it wrote no log)'}`);
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('nginx did not start listening');
}

export interface NginxOptions {
  /** Files of the host's own site around the microsite (path under the root → content). */
  hostFiles?: Record<string, string | Buffer>;
  /** Whether the server block includes the microsite's configuration (false: the host alone). */
  includeSite?: boolean;
  /**
   * The hosts the CMS under /admin/ may contact besides its own origin, as a deployment sets them for its
   * backend (`cmsConnectHosts()` in `src/config/cms.ts`): they replace the `connect-src` hosts of the CMS's
   * headers, which in the repository name GitHub's API.
   */
  cmsConnect?: string[];
  /**
   * The deployment's folder, as on the server (`/srv/partner-cities`: `current` → the live release,
   * `assets/`). Without it, one is made whose live release is `dist`.
   */
  deployDir?: string;
  /** The port the sign-in relay listens on (the configuration's 8787). */
  relayPort?: number;
}

/** The deployment's folder and the relay's address as the repository's configuration names them. */
export const serverDeployDir = '/srv/partner-cities';
const serverRelay = '127.0.0.1:8787';

const cmsHeaders = 'partner-cities-headers-cms.conf';

/** The CMS's headers with other hosts in `connect-src`; refuses a file whose policy has none to replace. */
function withCmsConnect(text: string, hosts: string[]): string {
  // The page's own sources ('self', blob:) stay; the hosts after them are replaced.
  const pattern = /(connect-src 'self'(?: blob:)?)[^;]*;/;
  if (!pattern.test(text)) throw new Error(`${cmsHeaders}: no "connect-src 'self' …;" to set`);
  return text.replace(pattern, `$1 ${hosts.join(' ')};`);
}

/** A configuration file with the server's paths and the relay's address replaced by the test's own. */
function placed(text: string, deployDir: string, relayPort?: number): string {
  if (!text.includes(serverDeployDir) && !text.includes(serverRelay)) return text;
  const moved = text.replaceAll(`${serverDeployDir}/`, `${deployDir}/`);
  return relayPort ? moved.replaceAll(serverRelay, `127.0.0.1:${relayPort}`) : moved;
}

/**
 * Starts Debian's nginx on 127.0.0.1 with the repository's own site configuration
 * (`.deploy/nginx/*.conf`, with only the deployment's folder and the relay's port moved) over a built
 * `dist/` or a deployment's folder, published under /miasta-partnerskie/ of a host that may have files of
 * its own.
 */
export async function startNginx(
  dist: string | undefined,
  { hostFiles = {}, includeSite = true, cmsConnect, deployDir, relayPort }: NginxOptions = {},
): Promise<{ origin: string; stop: () => Promise<void> }> {
  requireProgram(nginx, [nginxBinary, brotliModule]);
  const dir = mkdtempSync(join(tmpdir(), 'partner-nginx-'));
  let deployment = deployDir;
  if (!deployment) {
    if (!dist) throw new Error('startNginx needs a built site or a deployment folder');
    deployment = join(dir, 'deploy');
    mkdirSync(join(deployment, 'current'), { recursive: true });
    symlinkSync(dist, join(deployment, 'current/site'), 'dir');
  }
  mkdirSync(join(dir, 'snippets'));
  for (const file of readdirSync(join(root, '.deploy/nginx')).filter((f) => f.startsWith('partner-cities'))) {
    const text = readFileSync(join(root, '.deploy/nginx', file), 'utf8');
    writeFileSync(join(dir, 'snippets', file), placed(text, deployment, relayPort));
  }
  if (cmsConnect) {
    const file = join(dir, 'snippets', cmsHeaders);
    writeFileSync(file, withCmsConnect(readFileSync(file, 'utf8'), cmsConnect));
  }
  mkdirSync(join(dir, 'www'));
  for (const [path, content] of Object.entries(hostFiles)) {
    mkdirSync(dirname(join(dir, 'www', path)), { recursive: true });
    writeFileSync(join(dir, 'www', path), content);
  }
  const port = await freePort();
  const log = join(dir, 'error.log');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `load_module ${brotliModule};
${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${log} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    ${includeSite ? 'include snippets/partner-cities.conf;' : ''}
  }
}
`,
  );
  const child = spawn(nginxBinary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let spawnError: unknown;
  child.once('error', (error) => (spawnError = error));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    await waitForPort(port, child, log, () => spawnError);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
