import { checkContentDir, type CheckReport } from '../features/check/index.ts';
import { contentDir } from '../model/layout.ts';
import { homeTown } from './home-town.ts';

/**
 * The one way into the content check, for the command line, the build and the preview server: the
 * site's content folder checked with the home town's configuration.
 */
export function checkSiteContent(
  root: string,
  env: Record<string, string | undefined> = process.env,
): Promise<CheckReport> {
  return checkContentDir(root, { town: homeTown, contentDir: contentDir(env) });
}
