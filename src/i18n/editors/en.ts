import { englishPlural as count } from '../../blocks/plural.ts';
import type { EditorWords } from './schema.ts';

export default {
  check: {
    problems: (problems, files) =>
      `Content has ${count(problems, 'problem', 'problems')} in ${count(files, 'file', 'files')}. Fix them and run \`npm run check\` again; content/README.md explains each message.`,
    valid: (files) => `Content is valid (${count(files, 'file', 'files')}).`,
  },
  pullRequest: {
    heading: 'Preview and check of this change',
    preview: 'Preview',
    previewReady: (url) => `The site with this change: ${url}`,
    fork: 'No preview: this change comes from a fork, and GitHub gives it no permission to publish. The built site is in this run’s `site` artifact.',
    buildFailed: 'No preview: the site could not be built (details below).',
    pages: 'Pages changed',
    everything:
      'This change touches code or styles: any page may look different. Look at least at the home page and one town’s page.',
    noPages: 'This change touches no page.',
    removed: (slugs) => `Removed: ${slugs} (these pages will disappear).`,
    check: 'Content check',
    checkMissing: 'The content check did not finish; see the run’s log.',
    clean: (files) => `✓ No problems (${count(files, 'file', 'files')}).`,
    problems: (n) =>
      `✗ ${count(n, 'problem', 'problems')}. Fix each in the file and line given below, and the check runs again. Every code is explained in content/README.en.md.`,
    field: 'field',
    value: 'value',
    warnings: 'Warnings (they do not block this change)',
    build: 'Build error',
    buildIntro:
      'The content is valid, but the site failed to build. This is usually not a mistake in the text: ask the site’s maintainer for help and pass on the message below.',
    more: (n) =>
      `…and ${count(n, 'more problem', 'more problems')}: the whole list is in the run’s summary (the Actions tab).`,
  },
  tests: {
    label: 'Tests',
    scope: {
      content:
        ' (this change touches only content: the tests over the real content — pages, HTML validator, accessibility, links)',
      all: ' (every test)',
    },
    running: '⏳ running; the result will appear here.',
    passed: (n) => `✓ passed (${count(n, 'test', 'tests')}).`,
    failed: (n) => `✗ ${count(n, 'test', 'tests')} failed. The change cannot be published until they pass.`,
    more: (n) => `…and ${n} more: the whole list is in the run’s log (the Actions tab).`,
    noResult: '✗ did not finish (see the run’s log in the Actions tab).',
  },
} satisfies EditorWords;
