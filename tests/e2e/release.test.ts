/**
 * The real build as a release: published by the repository's script, taken by the server's script and
 * checked through the real nginx with the checks the project's routes give (home page, a partner's page and
 * a missing address in each language), so a change of the routes, the 404 pages or the headers that would
 * fail the server's check fails here first.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { get } from '../helpers/http.ts';
import { startNginx } from '../helpers/nginx.ts';
import {
  bareRemote,
  base,
  deploymentFolder,
  publish,
  publishedId,
  releaseChecks,
  runDeploy,
  serverFor,
  sourceCommit,
} from '../helpers/releases.ts';

const dist = inject('distDir');
const remote = bareRemote();
const deployDir = deploymentFolder();
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

afterAll(async () => {
  await nginx?.stop();
  rmSync(remote, { recursive: true, force: true });
  rmSync(deployDir, { recursive: true, force: true });
});

it('deploys the built site, which passes every check the server makes through nginx', async () => {
  nginx = await startNginx(undefined, { deployDir });
  const checks = releaseChecks(dist);
  const lines = readFileSync(checks, 'utf8').trim().split('\n');
  // Each language: its home page, a partner's page, a missing address.
  expect(lines).toEqual([
    `200 ${base} pl`,
    expect.stringMatching(new RegExp(`^200 ${base}miasta/[\\w-]+/ pl$`)),
    `404 ${base}nie-ma-takiej-strony-sprawdzenie-wydania/ pl`,
    `200 ${base}en/ en`,
    expect.stringMatching(new RegExp(`^200 ${base}en/towns/[\\w-]+/ en$`)),
    `404 ${base}en/nie-ma-takiej-strony-sprawdzenie-wydania/ en`,
  ]);
  const published = publish(dist, remote, sourceCommit(1), checks);
  expect(published.status, published.stderr).toBe(0);
  const run = runDeploy(serverFor(remote, nginx.origin, deployDir));
  expect(run.code, run.output).toBe(0);
  expect(run.stdout).toContain(`Release ${publishedId(remote)} is live`);
  const home = await get(`${nginx.origin}${base}`);
  expect(home.body).toEqual(readFileSync(join(dist, 'index.html')));
});
