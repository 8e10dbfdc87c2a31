#!/usr/bin/env node
// @ts-check
/**
 * The town's sign-in relay for the CMS under /admin/ (Decap CMS's GitHub backend): the one piece that
 * holds the GitHub OAuth app's client secret, so that a staff member's browser gets a GitHub token
 * without ever seeing the secret. Decap opens `<site>cms-auth/auth` in a pop-up; the relay sends the
 * editor to GitHub with a fresh `state`; GitHub sends them back to `<site>cms-auth/callback` with a code;
 * the relay checks the state (known, unused, unexpired, started in this browser), exchanges the code for a
 * token with the secret, and hands the token to the CMS window by Decap's handshake
 * ("authorizing:github", then "authorization:github:success:{token, provider}"), to the site's origin only.
 * Anything else gets a page saying what went wrong, in Polish and English.
 *
 * No dependencies: Debian 12's nodejs (18) runs it, as the systemd unit partner-cities-sign-in.service,
 * behind the site's nginx (`location ^~ /miasta-partnerskie/cms-auth/`).
 *
 * Environment:
 *   GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET  the OAuth app's, from a file only root can read
 *   RELAY_CONFIG   the settings the build writes from src/config/home-town.ts (admin/sign-in.json of the
 *                  live release): the site's origin, the path it starts on, the callback, the scope
 *   RELAY_LISTEN   address to listen on (default 127.0.0.1:8787, as the nginx configuration says)
 *   GITHUB_URL     GitHub's address (default https://github.com; the tests' stand-in)
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

const env = process.env;
const githubUrl = (env.GITHUB_URL || 'https://github.com').replace(/\/+$/, '');
const [listenHost, listenPort] = (env.RELAY_LISTEN || '127.0.0.1:8787').split(/:(?=\d+$)/);
/** How long a sign-in may take between the pop-up opening and GitHub sending the editor back. */
const stateLifetimeMs = 10 * 60 * 1000;
/** Sign-ins in progress at most: more are refused rather than filling the memory. */
const maxStates = 1000;
const cookieName = 'partner_cities_sign_in';

/**
 * @typedef {{ siteOrigin: string, authPath: string, callbackUrl: string, scope: string }} RelayConfig
 * @typedef {{ pl: string, en: string }} Text
 */

/** Read on every request: the live release's settings, so a change of the configuration needs no restart. */
function readConfig() {
  const file = env.RELAY_CONFIG;
  if (!file) throw new Error('RELAY_CONFIG is not set');
  /** @type {RelayConfig} */
  const config = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of ['siteOrigin', 'authPath', 'callbackUrl', 'scope']) {
    if (typeof config[/** @type {keyof RelayConfig} */ (key)] !== 'string') throw new Error(`${file}: no ${key}`);
  }
  return config;
}

/** @type {Map<string, { nonce: string, expires: number, used: boolean }>} */
const states = new Map();

function forgetExpired(now = Date.now()) {
  for (const [state, entry] of states) if (entry.expires < now) states.delete(state);
}

const token = () => randomBytes(32).toString('base64url');

/** @param {string} a @param {string} b */
function sameSecret(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] || c);

/** A value written into an inline script: JSON, with nothing that could end the script element. */
const scriptValue = (/** @type {unknown} */ value) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} html
 * @param {Record<string, string | string[]>} [headers]
 * @param {string} [nonce] the one inline script's, on the page that hands over the token
 */
function send(res, status, html, headers = {}, nonce) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; script-src ${nonce ? `'nonce-${nonce}'` : "'none'"}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : html);
}

const again = {
  pl: 'Zamknij to okno, wróć do formularza i kliknij „Zaloguj się przez GitHub” jeszcze raz.',
  en: 'Close this window, go back to the form and click “Login with GitHub” again.',
};

/**
 * The page of a refused or failed sign-in: what happened and what to do, Polish first.
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} reason logged, in English, for the town's IT
 * @param {Text} text for the editor
 * @param {Text} [next] what to do (default: start again)
 */
function refuse(res, status, reason, text, next = again) {
  console.log(`sign-in refused (${status}): ${reason}`);
  const clearCookie = `${cookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;
  send(
    res,
    status,
    `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Logowanie nie powiodło się — Sign-in failed</title>
</head>
<body>
<main>
<h1>Logowanie nie powiodło się</h1>
<p>${escapeHtml(text.pl)}</p>
<p>${escapeHtml(next.pl)}</p>
<section lang="en">
<h2>Sign-in failed</h2>
<p>${escapeHtml(text.en)}</p>
<p>${escapeHtml(next.en)}</p>
</section>
</main>
</body>
</html>
`,
    { 'Set-Cookie': clearCookie },
  );
}

/** @param {string | undefined} header @param {string} name */
function cookie(header, name) {
  for (const part of (header || '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** @param {string | undefined} url */
function originOf(url) {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return 'invalid';
  }
}

/**
 * The CMS page asked for this sign-in: its window opened the pop-up from the site's origin. A browser says
 * where a navigation came from (`Referer`, which the admin page's policy sends to its own origin, and
 * `Sec-Fetch-Site`); a page of another site cannot make it say otherwise.
 * @param {import('node:http').IncomingMessage} req
 * @param {RelayConfig} config
 */
function fromTheSite(req, config) {
  const referer = originOf(req.headers.referer);
  if (referer) return referer === config.siteOrigin;
  const relayOrigin = new URL(config.callbackUrl).origin;
  return req.headers['sec-fetch-site'] === 'same-origin' && relayOrigin === config.siteOrigin;
}

/**
 * Sends the editor to GitHub to grant the OAuth app access, with a new single-use `state` bound to this
 * browser by a cookie.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {RelayConfig} config
 */
function start(req, res, url, config) {
  if (!fromTheSite(req, config)) {
    return refuse(res, 403, `not opened from ${config.siteOrigin} (Referer ${req.headers.referer || 'none'})`, {
      pl: `Logowanie można zacząć tylko z formularza na ${config.siteOrigin}.`,
      en: `Signing in can only start from the form on ${config.siteOrigin}.`,
    });
  }
  if (url.searchParams.get('provider') !== 'github') {
    return refuse(res, 400, `provider ${url.searchParams.get('provider')}`, {
      pl: 'Ta usługa loguje tylko przez GitHub.',
      en: 'This service signs in with GitHub only.',
    });
  }
  if (!env.GITHUB_CLIENT_ID || !env.GITHUB_CLIENT_SECRET) {
    return refuse(
      res,
      503,
      'GITHUB_CLIENT_ID or GITHUB_CLIENT_SECRET is not set',
      {
        pl: 'Logowanie nie jest jeszcze skonfigurowane na serwerze.',
        en: 'Signing in is not set up on the server yet.',
      },
      { pl: 'Prosimy zgłosić to informatykom urzędu.', en: "Please tell the town hall's IT." },
    );
  }
  forgetExpired();
  if (states.size >= maxStates) {
    return refuse(res, 503, 'too many sign-ins in progress', {
      pl: 'Zbyt wiele logowań naraz.',
      en: 'Too many sign-ins at once.',
    });
  }
  const state = token();
  const nonce = token();
  states.set(state, { nonce, expires: Date.now() + stateLifetimeMs, used: false });
  const authorize = new URL(`${githubUrl}/login/oauth/authorize`);
  authorize.search = new URLSearchParams({
    client_id: env.GITHUB_CLIENT_ID,
    redirect_uri: config.callbackUrl,
    scope: config.scope,
    state,
    allow_signup: 'false',
  }).toString();
  const secure = config.siteOrigin.startsWith('https:') ? '; Secure' : '';
  const path = new URL(config.callbackUrl).pathname.replace(/[^/]*$/, '');
  console.log('sign-in started');
  res.writeHead(302, {
    Location: authorize.href,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'Set-Cookie': `${cookieName}=${nonce}; Path=${path}; Max-Age=${stateLifetimeMs / 1000}; HttpOnly; SameSite=Lax${secure}`,
  });
  res.end();
}

/**
 * GitHub's token for a code, with the secret: `{ token }` or `{ error }`.
 * @param {string} code
 * @param {RelayConfig} config
 * @returns {Promise<{ token?: string, error?: string }>}
 */
function exchange(code, config) {
  const body = new URLSearchParams({
    client_id: env.GITHUB_CLIENT_ID || '',
    client_secret: env.GITHUB_CLIENT_SECRET || '',
    code,
    redirect_uri: config.callbackUrl,
  }).toString();
  const target = new URL(`${githubUrl}/login/oauth/access_token`);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = send(
      target,
      {
        method: 'POST',
        timeout: 15_000,
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          'User-Agent': 'partner-cities-sign-in',
        },
      },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          try {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (typeof answer.access_token === 'string' && answer.access_token) resolve({ token: answer.access_token });
            else resolve({ error: `${answer.error || `HTTP ${res.statusCode}`}: ${answer.error_description || ''}` });
          } catch {
            resolve({ error: `HTTP ${res.statusCode}, not JSON` });
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) => resolve({ error: `unreachable: ${error.message}` }));
    req.end(body);
  });
}

/**
 * GitHub sent the editor back: check the state, exchange the code, hand the token to the CMS window.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 * @param {RelayConfig} config
 */
async function callback(req, res, url, config) {
  const params = url.searchParams;
  const state = params.get('state');
  if (!state) {
    return refuse(res, 400, 'no state', {
      pl: 'Odpowiedź GitHuba nie ma parametru „state”: to nie jest dalszy ciąg logowania z formularza.',
      en: 'GitHub’s answer has no “state”: this is not the continuation of a sign-in from the form.',
    });
  }
  const entry = states.get(state);
  if (!entry || entry.expires < Date.now()) {
    return refuse(res, 400, entry ? 'state expired' : 'unknown state', {
      pl: 'To logowanie jest nieznane albo minęło więcej niż 10 minut od jego rozpoczęcia.',
      en: 'This sign-in is unknown, or more than 10 minutes have passed since it started.',
    });
  }
  if (entry.used) {
    return refuse(res, 400, 'state used again (replay)', {
      pl: 'Ten adres logowania został już raz użyty; każdy działa tylko raz.',
      en: 'This sign-in address has already been used; each works only once.',
    });
  }
  entry.used = true;
  const nonce = cookie(req.headers.cookie, cookieName);
  if (!nonce || !sameSecret(nonce, entry.nonce)) {
    return refuse(res, 400, 'state from another browser (no matching cookie)', {
      pl: 'To logowanie zaczęto w innej przeglądarce albo w innym oknie.',
      en: 'This sign-in was started in another browser or window.',
    });
  }
  const error = params.get('error');
  if (error) {
    return refuse(res, 400, `GitHub answered ${error}`, {
      pl: `GitHub nie udzielił dostępu (${error}). Jeśli odmówiono go przez pomyłkę, można spróbować jeszcze raz.`,
      en: `GitHub did not grant access (${error}). If it was refused by mistake, you can try again.`,
    });
  }
  const code = params.get('code');
  if (!code) {
    return refuse(res, 400, 'no code', {
      pl: 'Odpowiedź GitHuba nie ma kodu logowania.',
      en: 'GitHub’s answer has no sign-in code.',
    });
  }
  const result = await exchange(code, config);
  if (!result.token) {
    return refuse(res, 502, `token exchange failed: ${result.error}`, {
      pl: 'GitHub nie wydał tokenu dla tego logowania.',
      en: 'GitHub did not issue a token for this sign-in.',
    });
  }
  console.log('sign-in completed: token handed to the CMS window');
  const scriptNonce = token();
  const message = `authorization:github:success:${JSON.stringify({ token: result.token, provider: 'github' })}`;
  send(
    res,
    200,
    `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>Logowanie — Signing in</title>
</head>
<body>
<p>Logowanie zakończone: to okno zamknie się samo.</p>
<p lang="en">Signed in: this window closes by itself.</p>
<script nonce="${scriptNonce}">
(function () {
  var origin = ${scriptValue(config.siteOrigin)};
  var message = ${scriptValue(message)};
  if (!window.opener) return;
  // Decap answers "authorizing:github" from its window; only then, and only to the site's origin, the token.
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data === 'authorizing:github') window.opener.postMessage(message, origin);
  });
  window.opener.postMessage('authorizing:github', origin);
})();
</script>
</body>
</html>
`,
    { 'Set-Cookie': `${cookieName}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax` },
    scriptNonce,
  );
}

const server = createServer((req, res) => {
  /** @type {RelayConfig} */
  let config;
  try {
    config = readConfig();
  } catch (error) {
    return refuse(
      res,
      503,
      `no settings: ${/** @type {Error} */ (error).message}`,
      {
        pl: 'Logowanie nie jest jeszcze skonfigurowane na serwerze.',
        en: 'Signing in is not set up on the server yet.',
      },
      { pl: 'Prosimy zgłosić to informatykom urzędu.', en: "Please tell the town hall's IT." },
    );
  }
  const url = new URL(req.url || '/', config.siteOrigin);
  const callbackPath = new URL(config.callbackUrl).pathname;
  if (url.pathname !== config.authPath && url.pathname !== callbackPath) {
    return refuse(res, 404, `no such address ${url.pathname}`, {
      pl: 'Pod tym adresem nic nie ma.',
      en: 'There is nothing at this address.',
    });
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return refuse(res, 405, `method ${req.method}`, {
      pl: 'Ten adres przyjmuje tylko zwykłe otwarcie w przeglądarce.',
      en: 'This address only takes being opened in a browser.',
    });
  }
  if (url.pathname === config.authPath) return start(req, res, url, config);
  callback(req, res, url, config).catch((error) => {
    console.error(error);
    refuse(res, 500, `error: ${error.message}`, { pl: 'Błąd usługi logowania.', en: 'The sign-in service failed.' });
  });
});

server.listen(Number(listenPort), listenHost, () => {
  console.log(`sign-in relay listening on ${listenHost}:${listenPort}`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
