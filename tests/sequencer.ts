import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest runs the projects in alphabetical order (build, deploy, e2e, live, unit), so the longest file,
 * the CMS's in a browser, would start minutes late and finish alone. Here the projects whose files wait
 * longest on a browser run first, and within a project the larger files first (Vitest's own rule for
 * files it has not timed yet): the short ones fill the gaps at the end.
 */
const projectOrder = ['e2e', 'live', 'build', 'deploy', 'unit'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = projectOrder.indexOf(spec.project.name);
      return index === -1 ? projectOrder.length : index;
    };
    // Stable: within a project, Vitest's own order (failed first, then longest or largest first).
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.index - b.index)
      .map(({ spec }) => spec);
  }
}
