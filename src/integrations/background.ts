/**
 * Work an integration starts in `astro:build:done` and leaves running while the next integrations do
 * theirs (Astro runs the hooks one after another): Pagefind indexes in its own process while the sitemap
 * is written and the pages are compressed. The last integration waits for all of it, so a failure still
 * fails the build.
 */
const pending = new Map<string, Promise<unknown>>();

/** Starts `work` without waiting for it; `whenBackgroundDone` waits for it. */
export function inBackground(name: string, work: Promise<unknown>): void {
  // Handled here so a rejection is not reported as unhandled before someone awaits it.
  work.catch(() => {});
  pending.set(name, work);
}

/** Waits for everything started with `inBackground`; rejects with the first failure, named. */
export async function whenBackgroundDone(): Promise<void> {
  for (const [name, work] of pending) {
    try {
      await work;
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
    } finally {
      pending.delete(name);
    }
  }
}
