import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  contentPhrases,
  contentTexts,
  contentWords,
  fileText,
  isContent,
  isContentWord,
  occurrences,
  ordinaryPolishWord,
  plainForm,
} from '../helpers/town-traces.ts';

const found = (text: string) => occurrences(plainForm(text), 'zyw', ordinaryPolishWord).length;

describe('finding a town’s name in built files', () => {
  it.each([
    ['declined', 'od Żywca, w Żywcu, z Żywcem'],
    ['in an identifier', 'data-id="zywiec" href="#locator-zywiec" distanceFromZywiec'],
    ['in an address', 'mailto:bogdan.hebda@zywiec.pl https://www.zywiec.pl/ /umzywiec/skrytka'],
    ['percent-encoded', '/szukaj/?q=%C5%BBywiec'],
    ['as HTML entities', '&#379;ywiec &#x17c;ywca &Zdot;ywcu'],
    ['as JSON escapes', '"\\u017bywiec"'],
    ['folded to ASCII, in any case', 'Urzad Miejski w Zywcu ZYWIEC'],
    ['folded across an iCalendar line', 'SUMMARY:Rocznica: Ż\r\n ywiec'],
    ['as an adjective', 'Beskid Żywiecki, Żywiecczyzna'],
  ])('finds it %s', (_, text) => {
    expect(found(text)).toBeGreaterThan(0);
    expect(found(text)).toBe(plainForm(text).match(/zyw/gi)!.length);
  });

  it('passes over ordinary Polish words with the same letters inside them', () => {
    expect(found('Nazwa miasta używana w każdym języku; nawiązywanie kontaktów, pokazywać, nazywa się')).toBe(0);
    expect(found('Zobacz na żywo, Zobacz na zywo, Żywność')).toBe(0);
    // …but not over the name inside an identifier.
    expect(found('umzywiec distanceFromZywiec')).toBe(2);
  });

  it('reads precompressed files', () => {
    expect(fileText('a.html.gz', gzipSync('<p>Żywiec</p>'))).toBe('<p>Żywiec</p>');
    expect(fileText('a.html.br', brotliCompressSync('<p>Żywiec</p>'))).toBe('<p>Żywiec</p>');
  });
});

describe('telling the content’s own text from a trace', () => {
  const record =
    "---\nname: Riom\ndescription: Riom in France has been Żywiec's twin town since 1995.\nevents:\n  signed-zywiec:\n    title: Charter signed\n---\n\n## History\n\nThe agreement was signed in **Żywiec** and in Riom.\n\n![Pupils from Żywiec in Wales](a.jpg)\n";
  const partnerFacts = '---\nevents:\n  - id: signed-zywiec\n    place: zywiec\n---\n';
  const texts = [...contentTexts(record), ...contentTexts(partnerFacts)];
  const phrases = contentPhrases(texts, 'zyw', ordinaryPolishWord);
  const own = (built: string) => {
    const plain = plainForm(built);
    return occurrences(plain, 'zyw', ordinaryPolishWord).map((o) => isContent(plain, o.at, phrases));
  };

  it('takes frontmatter strings and keys, and the Markdown’s text, but not `place`', () => {
    expect(texts).toContain('signed-zywiec');
    expect(texts).toContain('The agreement was signed in Żywiec and in Riom.');
    expect(texts).toContain('Pupils from Żywiec in Wales');
    expect(texts).not.toContain('zywiec');
  });

  it('accepts the content’s phrases as the site writes them, and nothing else', () => {
    expect(own('<meta content="Riom in France has been Żywiec’s twin town since&nbsp;1995.">')).toEqual([true]);
    expect(own('<img alt="Pupils from Żywiec in Wales">')).toEqual([true]);
    expect(own('<p>The agreement was signed in <strong>Żywiec</strong> and in&nbsp;Riom.</p>')).toEqual([true]);
    expect(own('UID:anniversary-riom-signed-zywiec-pl@www.klodzko.pl')).toEqual([true]);
    // The same name elsewhere is a trace: in a sentence of the code, as a bare value, in an address.
    expect(own('<p>Distance from Żywiec</p>')).toEqual([false]);
    expect(own('"place":"zywiec"')).toEqual([false]);
    expect(own('@www.zywiec.pl')).toEqual([false]);
  });

  it('in a search index, accepts the words of the content and their stems', () => {
    const words = contentWords(texts, 'zyw', ordinaryPolishWord);
    expect([...words].sort()).toEqual(['zywiec']);
    // Words with the bytes of the index's encoding between them (a length may read as a letter).
    const plain = plainForm('\u0001fzywiec\u0001dzywc\u0001fzywca\u0001');
    const hits = occurrences(plain, 'zyw', ordinaryPolishWord).map((o) => isContentWord(plain, o.at, words));
    // The content never declines the name here, so "Żywca" and its stem are not its words.
    expect(hits).toEqual([true, false, false]);
  });
});
