import { describe, expect, it } from 'vitest';
import { languageOfContentFile } from '../../src/features/markdown/markdown-typography.ts';

describe('the language of a content file, for the typography of its Markdown body', () => {
  it('is the file name of a partner text and the folder of a page, in any content folder', () => {
    expect(languageOfContentFile('/repo/content/partners/riom/index.pl.md')).toBe('pl');
    expect(languageOfContentFile('/repo/tests/fixtures/content/partners/riom/index.en.md')).toBe('en');
    expect(languageOfContentFile('/repo/content/pages/en/home.md')).toBe('en');
    expect(languageOfContentFile('/repo/content/pages/pl/o-nas.md')).toBe('pl');
  });

  it('is none for files of the old layout, the guides and languages the site does not have', () => {
    expect(languageOfContentFile('/repo/content/partners/riom/pl.md')).toBeUndefined();
    expect(languageOfContentFile('/repo/content/README.md')).toBeUndefined();
    expect(languageOfContentFile('/repo/content/README.en.md')).toBeUndefined();
    expect(languageOfContentFile('/repo/content/partners/riom/index.de.md')).toBeUndefined();
  });
});
