import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { cmsBackend, cmsConnectHosts, relayPath, signInRelayConfig } from '../../src/config/cms.ts';
import { homeTown } from '../../src/config/home-town.ts';
import { root } from '../helpers/build-site.ts';

const relay = readFileSync(join(root, '.deploy/sign-in/relay.mjs'), 'utf8');
const nginxSite = readFileSync(join(root, '.deploy/nginx/partner-cities.conf'), 'utf8');

describe('the CMS’s sign-in, as configured from the home town', () => {
  it('goes through the town’s relay beside the site, for whatever address the site is built for', () => {
    expect(cmsBackend({})).toMatchObject({
      name: 'github',
      base_url: homeTown.site.url,
      auth_endpoint: `${homeTown.site.basePath.slice(1)}${relayPath}auth`,
      auth_scope: 'public_repo',
    });
    const preview = cmsBackend({ SITE_URL: 'https://preview.example.org', BASE_PATH: '/' });
    expect(preview).toMatchObject({ base_url: 'https://preview.example.org', auth_endpoint: 'cms-auth/auth' });
    expect(cmsBackend({ CMS_AUTH_URL: 'https://auth.example.org/start' })).toMatchObject({
      base_url: 'https://auth.example.org',
      auth_endpoint: 'start',
    });
    expect(signInRelayConfig({ CMS_AUTH_URL: 'https://auth.example.org/oauth/start' }).callbackUrl).toBe(
      'https://auth.example.org/oauth/callback',
    );
  });

  it('lets the admin page contact GitHub’s API only: the sign-in is a pop-up on the site’s origin', () => {
    expect(cmsConnectHosts({})).toEqual(['https://api.github.com']);
    expect(cmsBackend({})).not.toHaveProperty('api_root');
    expect(cmsBackend({ CMS_API_ROOT: 'http://127.0.0.1:9/' })).toMatchObject({ api_root: 'http://127.0.0.1:9' });
    expect(cmsConnectHosts({ CMS_API_ROOT: 'http://127.0.0.1:9/' })).toEqual(['http://127.0.0.1:9']);
    const headers = readFileSync(join(root, '.deploy/nginx/partner-cities-headers-cms.conf'), 'utf8');
    expect(/Content-Security-Policy "[^"]*connect-src ([^;]*);/.exec(headers)?.[1]).toBe(
      `'self' blob: ${cmsConnectHosts({}).join(' ')}`,
    );
  });

  it('is proxied by the site’s nginx at the path and port the relay uses', () => {
    const location = new RegExp(
      `location \\^~ ${homeTown.site.basePath}${relayPath} \\{[^}]*proxy_pass http://([\\d.:]+);`,
    );
    const proxied = location.exec(nginxSite)?.[1];
    expect(proxied).toBeDefined();
    expect(relay).toContain(`env.RELAY_LISTEN || '${proxied}'`);
  });

  it('runs on Debian 12’s Node 18: nothing in the relay needs a newer language', () => {
    const options = { format: 'esm', loader: 'js' } as const;
    const for18 = transformSync(relay, { ...options, target: 'node18' }).code;
    // esbuild rewrites what Node 18 lacks; a relay written for it needs no rewriting.
    expect(for18).toBe(transformSync(relay, { ...options, target: 'esnext' }).code);
    expect(
      transformSync('const x = [1].toSorted();\nusing y = null;\n', { ...options, target: 'esnext' }).code,
    ).not.toBe(transformSync('const x = [1].toSorted();\nusing y = null;\n', { ...options, target: 'node18' }).code);
  });
});
