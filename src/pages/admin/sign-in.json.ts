import type { APIRoute } from 'astro';
import { signInRelayConfig } from '../../config/cms.ts';

/** The sign-in relay's settings, from the home town's configuration (read by `.deploy/sign-in/relay.mjs`). */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(signInRelayConfig(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
