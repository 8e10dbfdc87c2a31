/**
 * Which tests a pull request needs. The code's tests run on their own content (`tests/fixtures/content/`),
 * so a change of the editors' files alone cannot fail them: it gets the tests over the live content
 * (check, pages, validator, axe, links on the real pages; the `live` test project). Any other change gets
 * every test.
 */
import type { ChangedFile } from './touched-pages.ts';

export type TestScope = 'content' | 'all';

/**
 * `content` when every changed path (a rename's both) lies in the editors' folders (`editorFolders` in
 * `src/config/cms.ts`), else `all`. A change of nothing gets `all`: there is no reason to run less.
 */
export function testScope(files: readonly ChangedFile[], folders: readonly string[]): TestScope {
  const ours = (path: string) => folders.some((folder) => path.startsWith(folder));
  return files.length > 0 && files.every((f) => ours(f.path) && (f.from === undefined || ours(f.from)))
    ? 'content'
    : 'all';
}
