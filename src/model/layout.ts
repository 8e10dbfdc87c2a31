/**
 * Where the content lives, relative to the project root: `content/` unless `CONTENT_DIR` names another
 * folder. The tests build and check their own fixture content (`tests/fixtures/content`) this way, so the
 * code's tests never depend on what the editors have written today.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR?.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  return dir || 'content';
}
