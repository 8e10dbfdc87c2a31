import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/config/site.ts';
import { canonicalAddress, isCopy, siteRoot } from '../../src/features/seo/site-copy.ts';

const production = { site: 'https://www.zywiec.pl', base: '/miasta-partnerskie/' };

describe('a copy of the site', () => {
  it('is any build whose origin or folder differs from the production address', () => {
    // The same address, however it is written: not a copy.
    for (const same of [
      production,
      { site: 'https://www.zywiec.pl/', base: 'miasta-partnerskie' },
      { site: 'https://www.zywiec.pl/anything', base: '/miasta-partnerskie' },
      { site: 'https://WWW.ZYWIEC.PL', base: '//miasta-partnerskie//' },
    ]) {
      expect(isCopy(same, production), JSON.stringify(same)).toBe(false);
    }
    for (const copy of [
      { site: 'https://town.github.io', base: '/partner-cities/pr-7/' },
      { site: 'https://town.github.io', base: '/partner-cities/' },
      { site: 'https://www.zywiec.pl', base: '/' },
      { site: 'https://www.zywiec.pl', base: '/miasta-partnerskie/pr-7/' },
      { site: 'http://www.zywiec.pl', base: '/miasta-partnerskie/' },
      { site: 'https://zywiec.pl', base: '/miasta-partnerskie/' },
      { site: 'https://www.zywiec.pl:8443', base: '/miasta-partnerskie/' },
    ]) {
      expect(isCopy(copy, production), JSON.stringify(copy)).toBe(true);
    }
  });

  it('takes its canonical address from production; the production site keeps its own', () => {
    const preview = { site: 'https://town.github.io/', base: '/partner-cities/pr-7/' };
    expect(canonicalAddress(preview, production)).toEqual({ ...production, copy: true });
    expect(canonicalAddress(production, production)).toEqual({ ...production, copy: false });
    expect(siteRoot(preview)).toBe('https://town.github.io/partner-cities/pr-7/');
    expect(siteRoot({ site: 'https://www.zywiec.pl', base: '/' })).toBe('https://www.zywiec.pl/');
  });

  it('is decided against the home town’s address, which a build without SITE_URL and BASE_PATH uses', () => {
    const home = siteAddress({});
    expect(isCopy(siteAddress({}), home)).toBe(false);
    expect(isCopy(siteAddress({ SITE_URL: 'https://town.github.io', BASE_PATH: '/repo/' }), home)).toBe(true);
  });
});
