/**
 * The town's sign-in relay, the real program behind the real nginx with the repository's configuration,
 * against a stand-in for GitHub's two OAuth endpoints: it starts a sign-in only for the site's own CMS
 * page, hands a token over once per sign-in started in this browser, and refuses everything else with a
 * page in Polish and English.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInRelayConfig } from '../../src/config/cms.ts';
import { get, type RawResponse } from '../helpers/http.ts';
import { startNginx } from '../helpers/nginx.ts';
import { base, syntheticSite } from '../helpers/releases.ts';
import {
  clientId,
  clientSecret,
  startGitHubStandIn,
  startRelay,
  type GitHubStandIn,
  type Relay,
} from '../helpers/sign-in.ts';

let github: GitHubStandIn;
let relay: Relay;
let nginx: Awaited<ReturnType<typeof startNginx>>;
let site: string;
let settings: ReturnType<typeof signInRelayConfig>;

beforeAll(async () => {
  github = await startGitHubStandIn();
  relay = await startRelay({}, github.origin);
  site = syntheticSite('release-sign-in');
  nginx = await startNginx(site, { relayPort: relay.port });
  // What the build writes for a site published at this nginx's address.
  settings = signInRelayConfig({ SITE_URL: nginx.origin, BASE_PATH: base });
  relay.configure(settings);
});

afterAll(async () => {
  await nginx?.stop();
  await relay?.stop();
  await github?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

const admin = () => `${nginx.origin}${base}admin/`;
/** The CMS page's pop-up: a navigation from the admin page, as Chromium sends it. */
const fromCms = () => ({ Referer: admin(), 'Sec-Fetch-Site': 'same-origin' });
const text = (res: RawResponse) => res.body.toString();
const cookieOf = (res: RawResponse) => res.headers['set-cookie']?.split(';')[0] ?? '';

/** Starts a sign-in as the CMS does and lets the stand-in grant it: the callback address and the cookie. */
async function grantedCallback(): Promise<{ callback: string; cookie: string }> {
  const start = await get(
    `${nginx.origin}${settings.authPath}?provider=github&site_id=127.0.0.1&scope=repo`,
    fromCms(),
  );
  expect(start.status, text(start)).toBe(302);
  const granted = await get(start.headers.location!);
  expect(granted.status).toBe(302);
  return { callback: granted.headers.location!, cookie: cookieOf(start) };
}

function expectRefusal(res: RawResponse, status: number, pl: RegExp, en: RegExp) {
  expect(res.status).toBe(status);
  const page = text(res);
  expect(page).toContain('<html lang="pl">');
  expect(page).toContain('Logowanie nie powiodło się');
  expect(page).toContain('<section lang="en">');
  expect(page).toMatch(pl);
  expect(page).toMatch(en);
  expect(page).not.toContain('authorization:github');
  expect(page).not.toContain('<script');
  expect(res.headers['content-security-policy']).toContain("script-src 'none'");
}

describe('the sign-in relay', () => {
  it('is configured by the build from the home town: its origin, the callback beside the start, the scope for a public repository', () => {
    expect(signInRelayConfig({})).toEqual({
      siteOrigin: 'https://www.zywiec.pl',
      authPath: '/miasta-partnerskie/cms-auth/auth',
      callbackUrl: 'https://www.zywiec.pl/miasta-partnerskie/cms-auth/callback',
      scope: 'public_repo',
    });
  });

  it('sends the editor to GitHub with a fresh state and the configured scope, and hands the token to the site only', async () => {
    const start = await get(`${nginx.origin}${settings.authPath}?provider=github&site_id=x&scope=repo`, fromCms());
    expect(start.status).toBe(302);
    const to = new URL(start.headers.location!);
    expect(to.origin + to.pathname).toBe(`${github.origin}/login/oauth/authorize`);
    expect(to.searchParams.get('client_id')).toBe(clientId);
    expect(to.searchParams.get('redirect_uri')).toBe(`${nginx.origin}${base}cms-auth/callback`);
    // The configured scope, whatever the page asked for.
    expect(to.searchParams.get('scope')).toBe('public_repo');
    expect(to.searchParams.get('state')).toMatch(/^[\w-]{40,}$/);
    expect(start.headers['set-cookie']).toMatch(/HttpOnly; SameSite=Lax/);
    expect(start.headers['set-cookie']).toContain(`Path=${base}cms-auth/`);
    expect(start.headers.location).not.toContain(clientSecret);

    const granted = await get(start.headers.location!);
    const done = await get(granted.headers.location!, { Cookie: cookieOf(start) });
    expect(done.status, text(done)).toBe(200);
    const token = github.tokens.at(-1)!;
    const exchange = github.exchanges.at(-1)!;
    expect(exchange.get('client_secret')).toBe(clientSecret);
    expect(exchange.get('redirect_uri')).toBe(settings.callbackUrl);
    const page = text(done);
    expect(page).toContain(`authorization:github:success:{\\"token\\":\\"${token}\\",\\"provider\\":\\"github\\"}`);
    // Posted to the site's origin, never to any window ("*").
    expect(page).toContain(`var origin = "${nginx.origin}"`);
    expect(page).not.toMatch(/postMessage\([^)]*'\*'/);
    const csp = done.headers['content-security-policy'] ?? '';
    const nonce = /'nonce-([\w-]+)'/.exec(csp)?.[1];
    expect(page).toContain(`<script nonce="${nonce}">`);
    expect(csp).toContain("default-src 'none'");
    expect(done.headers['cache-control']).toBe('no-store');
    // nginx adds the site's transport headers to the relay's answers.
    expect(done.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(done.headers['x-content-type-options']).toBe('nosniff');
    expect(relay.log()).not.toContain(token);
  });

  it('refuses a state used a second time (a replayed callback)', async () => {
    const { callback, cookie } = await grantedCallback();
    expect((await get(callback, { Cookie: cookie })).status).toBe(200);
    const tokens = github.tokens.length;
    expectRefusal(await get(callback, { Cookie: cookie }), 400, /już raz użyty/, /already been used/);
    expect(github.tokens.length).toBe(tokens);
  });

  it('refuses a wrong or missing state', async () => {
    const { callback, cookie } = await grantedCallback();
    const wrong = new URL(callback);
    wrong.searchParams.set('state', 'not-the-state-it-was-given');
    expectRefusal(await get(wrong.href, { Cookie: cookie }), 400, /nieznane/, /unknown/);
    const none = new URL(callback);
    none.searchParams.delete('state');
    expectRefusal(await get(none.href, { Cookie: cookie }), 400, /nie ma parametru „state”/, /has no “state”/);
  });

  it('refuses a callback without a code, or with GitHub’s refusal', async () => {
    const { callback, cookie } = await grantedCallback();
    const noCode = new URL(callback);
    noCode.searchParams.delete('code');
    expectRefusal(await get(noCode.href, { Cookie: cookie }), 400, /nie ma kodu logowania/, /has no sign-in code/);
    const declined = await grantedCallback();
    const url = new URL(declined.callback);
    url.searchParams.delete('code');
    url.searchParams.set('error', 'access_denied');
    expectRefusal(await get(url.href, { Cookie: declined.cookie }), 400, /access_denied/, /did not grant access/);
  });

  it('refuses a sign-in finished in another browser than the one that started it', async () => {
    const { callback } = await grantedCallback();
    expectRefusal(await get(callback), 400, /w innej przeglądarce/, /another browser/);
  });

  it('refuses to start a sign-in for a page of another origin', async () => {
    const tokens = github.authorizations.length;
    const foreign = await get(`${nginx.origin}${settings.authPath}?provider=github`, {
      Referer: 'https://evil.example/admin/',
      'Sec-Fetch-Site': 'cross-site',
    });
    expectRefusal(foreign, 403, new RegExp(`tylko z formularza na ${nginx.origin}`), /only start from the form/);
    // No sign-in begun: the only cookie it sets is the one that clears any earlier.
    expect(foreign.headers['set-cookie'] ?? '').toMatch(/^partner_cities_sign_in=;/);
    const noReferer = await get(`${nginx.origin}${settings.authPath}?provider=github`, {
      'Sec-Fetch-Site': 'cross-site',
    });
    expect(noReferer.status).toBe(403);
    const typedIn = await get(`${nginx.origin}${settings.authPath}?provider=github`, { 'Sec-Fetch-Site': 'none' });
    expect(typedIn.status).toBe(403);
    expect(github.authorizations.length).toBe(tokens);
  });

  it('answers other addresses and methods with its page, and says when it has no client secret', async () => {
    expectRefusal(await get(`${nginx.origin}${base}cms-auth/other`), 404, /nic nie ma/, /nothing at this address/);
    const bare = await startRelay(settings, github.origin, {});
    try {
      const res = await get(`http://127.0.0.1:${bare.port}${settings.authPath}?provider=github`, fromCms());
      expectRefusal(res, 503, /nie jest jeszcze skonfigurowane/, /not set up on the server/);
      expect(bare.log()).toContain('GITHUB_CLIENT_ID or GITHUB_CLIENT_SECRET is not set');
    } finally {
      await bare.stop();
    }
  });
});
