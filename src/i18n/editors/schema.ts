/**
 * What the editors read outside the site's pages: the summary of `npm run check` and of a failed build,
 * and the pull request's comment. Polish first, English second, whatever languages the site has: these
 * are the office's working languages, not the site's.
 */
export type EditorLang = 'pl' | 'en';
export const editorLangs = ['pl', 'en'] as const satisfies readonly EditorLang[];

export interface EditorWords {
  /** The last lines of the check's report in the terminal and the build's log. */
  check: {
    problems: (problems: number, files: number) => string;
    valid: (files: number) => string;
  };
  /** The pull request's comment and the run's summary. */
  pullRequest: {
    heading: string;
    preview: string;
    previewReady: (url: string) => string;
    fork: string;
    buildFailed: string;
    pages: string;
    everything: string;
    noPages: string;
    removed: (slugs: string) => string;
    check: string;
    checkMissing: string;
    clean: (files: number) => string;
    problems: (n: number) => string;
    field: string;
    value: string;
    warnings: string;
    build: string;
    buildIntro: string;
    more: (n: number) => string;
  };
  /** The tests' line in the same comment, replaced when the tests end. */
  tests: {
    label: string;
    /** Which tests ran: over the real content only, or all of them. */
    scope: { content: string; all: string };
    running: string;
    passed: (n: number) => string;
    failed: (n: number) => string;
    more: (n: number) => string;
    noResult: string;
  };
}
