import { describe, expect, inject, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { accessibility, telHref } from '../../src/config/accessibility';
import { siteAddress } from '../../src/config/site';
import { publicFiles, readPage } from '../helpers/html';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
const statementPath = { pl: 'deklaracja-dostepnosci/', en: 'en/accessibility-statement/' };
const langs = localeCodes;

describe('the accessibility statement', () => {
  it('is linked from the footer of every page, in the page’s language', () => {
    const pages = publicFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const page = readPage(dist, file);
      const lang = page.querySelector('html')!.getAttribute('lang') as Locale;
      const hrefs = page.querySelectorAll('footer a').map((a) => a.getAttribute('href'));
      expect(hrefs, file).toContain(`${base}${statementPath[lang]}`);
    }
  });

  for (const lang of langs) {
    it(`${lang}: names the body and the site, and carries the model statement's ids with the configured facts`, () => {
      const page = readPage(dist, statementPath[lang]);
      const text = (id: string) => page.querySelector(`#${id}`)?.textContent.trim();
      expect(page.querySelector('h1')!.textContent).toBe(
        lang === 'pl' ? 'Deklaracja dostępności' : 'Accessibility statement',
      );
      expect(text('a11y-podmiot')).toContain('Urząd Miejski w Żywcu');
      expect(page.querySelector('#a11y-url')!.getAttribute('href')).toBe(
        `${siteAddress().site}${base}${lang === 'pl' ? '' : 'en/'}`,
      );
      const dates = {
        'a11y-data-publikacja': accessibility.publishedOn,
        'a11y-data-aktualizacja': accessibility.updatedOn,
        'a11y-data-sporzadzenie': accessibility.preparedOn,
        'a11y-data-przeglad': accessibility.reviewedOn,
      };
      for (const [id, iso] of Object.entries(dates)) {
        const time = page.querySelector(`time#${id}`);
        expect(time?.getAttribute('datetime'), id).toBe(iso);
      }
      expect(text('a11y-status')).toBe(lang === 'pl' ? 'zgodna' : 'fully compliant');
      expect(text('a11y-osoba')).toBe(accessibility.contact.name);
      expect(page.querySelector('#a11y-email')!.getAttribute('href')).toBe(`mailto:${accessibility.contact.email}`);
      expect(page.querySelector('#a11y-telefon')!.getAttribute('href')).toBe(telHref(accessibility.contact.phone));
      for (const id of ['a11y-kontakt', 'a11y-procedura', 'a11y-architektura', 'a11y-audytor']) {
        expect(page.querySelector(`#${id}`), id).not.toBeNull();
      }
    });

    it(`${lang}: gives the request procedure's deadlines and the Commissioner for Human Rights`, () => {
      const page = readPage(dist, statementPath[lang]);
      const main = page.querySelector('main')!.textContent.replace(/\s+/g, ' ');
      expect(main).toMatch(lang === 'pl' ? /7 dni/ : /7 days/);
      expect(main).toMatch(lang === 'pl' ? /2 miesiące/ : /2 months/);
      expect(main).toContain('Rzecznik');
      expect(page.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(accessibility.ombudsmanUrl);
      expect(main).toContain(`${accessibility.body.street}, ${accessibility.body.postcode} ${accessibility.body.town}`);
    });
  }
});
