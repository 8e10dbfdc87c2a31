/**
 * The sign-in for the CMS, here: the town's relay (`.deploy/sign-in/relay.mjs`, the real program) and a
 * stand-in for exactly GitHub's two OAuth endpoints (GitHub cannot be reached from here): the page that
 * asks the editor to grant access, which here grants it at once and sends the browser back with a code,
 * and the token endpoint, which trades a code it issued, with the app's secret, for a token.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './build-site.ts';
import { freePort } from './ports.ts';

export const relayScript = join(root, '.deploy/sign-in/relay.mjs');
export const clientId = 'Iv1.test-client-id';
export const clientSecret = randomBytes(20).toString('hex');

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => resolve(text));
  });

export interface GitHubStandIn {
  origin: string;
  /** What the authorize page was asked, one entry per visit. */
  authorizations: URLSearchParams[];
  /** What the token endpoint was sent, one entry per request. */
  exchanges: URLSearchParams[];
  /** The tokens issued, in order. */
  tokens: string[];
  stop: () => Promise<void>;
}

export async function startGitHubStandIn(): Promise<GitHubStandIn> {
  const authorizations: URLSearchParams[] = [];
  const exchanges: URLSearchParams[] = [];
  const tokens: string[] = [];
  const codes = new Map<string, string>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      authorizations.push(url.searchParams);
      const redirect = new URL(url.searchParams.get('redirect_uri') ?? '');
      if (url.searchParams.get('client_id') !== clientId) {
        res.writeHead(404).end('unknown client');
        return;
      }
      const code = randomBytes(10).toString('hex');
      codes.set(code, url.searchParams.get('redirect_uri') ?? '');
      redirect.searchParams.set('code', code);
      redirect.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { Location: redirect.href }).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const sent = new URLSearchParams(await body(req));
      exchanges.push(sent);
      const code = sent.get('code') ?? '';
      res.setHeader('Content-Type', 'application/json');
      if (sent.get('client_id') !== clientId || sent.get('client_secret') !== clientSecret) {
        res.end(JSON.stringify({ error: 'incorrect_client_credentials' }));
        return;
      }
      if (!codes.has(code) || codes.get(code) !== sent.get('redirect_uri')) {
        res.end(JSON.stringify({ error: 'bad_verification_code' }));
        return;
      }
      codes.delete(code);
      const token = `gho_${randomBytes(18).toString('hex')}`;
      tokens.push(token);
      res.end(JSON.stringify({ access_token: token, token_type: 'bearer', scope: 'public_repo' }));
      return;
    }
    res.writeHead(404).end();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    authorizations,
    exchanges,
    tokens,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Relay {
  port: number;
  /** Writes new settings, which the relay reads on its next request. */
  configure: (settings: object) => void;
  /** What the relay wrote to its journal. */
  log: () => string;
  stop: () => Promise<void>;
}

async function listening(port: number) {
  for (let i = 0; i < 200; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the relay did not listen on ${port}`);
}

/**
 * Starts the relay with its settings (what the build writes as `admin/sign-in.json`), the OAuth app's id
 * and secret as its environment file gives them, and GitHub's address pointed at the stand-in.
 */
export async function startRelay(
  settings: object,
  githubOrigin: string,
  secrets: Record<string, string> = { GITHUB_CLIENT_ID: clientId, GITHUB_CLIENT_SECRET: clientSecret },
): Promise<Relay> {
  const dir = mkdtempSync(join(tmpdir(), 'partner-sign-in-'));
  const config = join(dir, 'sign-in.json');
  writeFileSync(config, JSON.stringify(settings));
  const port = await freePort();
  const child = spawn(process.execPath, [relayScript], {
    env: {
      PATH: process.env.PATH ?? '',
      RELAY_CONFIG: config,
      RELAY_LISTEN: `127.0.0.1:${port}`,
      GITHUB_URL: githubOrigin,
      ...secrets,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  await listening(port);
  return {
    port,
    configure: (next) => writeFileSync(config, JSON.stringify(next)),
    log: () => log,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
