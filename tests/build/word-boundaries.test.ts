import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { publicFiles } from '../helpers/html.ts';
import { plainText } from '../helpers/plain-text.ts';

const dist = inject('distDir');
const pages = publicFiles(dist).filter((f) => f.endsWith('.html'));

describe('every page’s text, taken without CSS', () => {
  it('runs no two words into one', () => {
    expect(pages.length).toBeGreaterThan(20);
    const found = pages.flatMap((file) => {
      const body = parse(readFileSync(join(dist, file), 'utf8')).querySelector('body')!;
      return plainText(body).runTogether.map((where) => `${file}: ${where}`);
    });
    expect(found).toEqual([]);
  });

  it('names each point of a map once: no label is read twice', () => {
    let points = 0;
    for (const file of pages) {
      for (const point of parse(readFileSync(join(dist, file), 'utf8')).querySelectorAll('figure.map .map-point')) {
        points++;
        const { text } = plainText(point);
        expect(text, `${file} ${point.getAttribute('data-id')}`).not.toMatch(/^(.+?)\s*\1$/su);
      }
    }
    expect(points).toBeGreaterThan(0);
  });
});

describe('the text of a page without CSS, as the test reads it', () => {
  it('sees words run together at inline boundaries, and not across blocks, spaces or <wbr>', () => {
    const read = (html: string) => plainText(parse(`<body>${html}</body>`).querySelector('body')!);
    expect(read('<a>Miasta partnerskie<small>Żywiec</small></a>').runTogether).toEqual(['…Miasta partnerskie|Żywiec…']);
    expect(read('<li>signed<span><span>Place: </span>Riom</span></li>').runTogether).toEqual(['…signed|Place: …']);
    expect(read('<svg><title>Map</title><g><text>Żywiec</text><text>Żywiec</text></g></svg>').runTogether).toHaveLength(
      1,
    );
    const fine = read(
      '<p>One</p><p>Two <b>bold</b>, <i>(x)</i></p><code>partners[].<wbr>slug</code><br>next <svg><title>T</title><text>A</text> <text>B</text></svg>',
    );
    expect(fine.runTogether).toEqual([]);
    expect(fine.text).toBe('One\nTwo bold, (x)\npartners[].slug\nnext A B');
  });
});
