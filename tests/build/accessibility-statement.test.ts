import { describe, expect, inject, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/blocks/locales.ts';
import { accessibility, telHref } from '../../src/config/accessibility.ts';
import { siteAddress } from '../../src/config/site.ts';
import { isRequired, templateHeadings, templateIds } from '../../src/features/accessibility-statement/template.ts';
import { expectedDate } from '../helpers/expected-dates.ts';
import type { HTMLElement } from 'node-html-parser';
import { publicFiles, readPage } from '../helpers/html.ts';

const dist = inject('distDir');
const base = '/miasta-partnerskie/';
const statementPath = { pl: 'deklaracja-dostepnosci/', en: 'en/accessibility-statement/' };
const langs = localeCodes;

const notGiven = { pl: 'nie podano', en: 'not given' };
const mark = { pl: '[do potwierdzenia przez urząd]', en: '[to be confirmed by the office]' };

/**
 * A fact the office decides, on the page: its value checked by `given` when there is one, otherwise
 * "nie podano" in its place (keeping the id); and the mark right after it while it is unconfirmed.
 */
function expectFact(
  page: HTMLElement,
  id: string,
  fact: { value: unknown; confirmed: boolean },
  lang: Locale,
  given: (element: HTMLElement) => void,
) {
  const element = page.querySelector(`#${id}`);
  expect(element, id).not.toBeNull();
  if (fact.value !== null) given(element!);
  else expect(words(element!.textContent), id).toBe(notGiven[lang]);
  const next = element!.nextElementSibling;
  const marked = next?.hasAttribute('data-unconfirmed') === true && words(next.textContent) === mark[lang];
  expect(marked, `${id}: marked as unconfirmed`).toBe(!fact.confirmed);
}

/** Text with every kind of space as one ordinary space. */
const words = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const situation = { fullyCompliant: accessibility.status === 'full', reviewed: true };
const requiredIds = templateIds.filter((t) => isRequired(t.required, situation)).map((t) => t.id);
const requiredHeadings = templateHeadings.filter((h) => isRequired(h.required, situation));

describe('the accessibility statement', () => {
  it('is linked from the footer, and named in a deklaracja-dostępności meta tag, on every page in its language', () => {
    const pages = publicFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const page = readPage(dist, file);
      const lang = page.querySelector('html')!.getAttribute('lang') as Locale;
      const hrefs = page.querySelectorAll('footer a').map((a) => a.getAttribute('href'));
      expect(hrefs, file).toContain(`${base}${statementPath[lang]}`);
      const meta = page.querySelectorAll('meta[name="deklaracja-dostępności"]');
      expect(meta, file).toHaveLength(1);
      expect(meta[0]!.getAttribute('content'), file).toBe(`${siteAddress().site}${base}${statementPath[lang]}`);
    }
  });

  it('has, in Polish, every heading the 2.0 model requires, at its level and in its order', () => {
    const page = readPage(dist, statementPath.pl);
    const headings = page.querySelectorAll('main h1, main h2, main h3').map((h) => ({
      text: words(h.textContent),
      level: Number(h.tagName.slice(1)),
    }));
    const positions = requiredHeadings.map((required) => {
      const index = headings.findIndex((h) => h.text === required.text);
      expect(index, `heading „${required.text}”`).toBeGreaterThanOrEqual(0);
      expect(headings[index]!.level, `level of „${required.text}”`).toBe(required.level);
      return index;
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Every heading on the page is one of the model's: nothing renamed or invented.
    const known = new Set(templateHeadings.map((h) => h.text));
    for (const h of headings) expect(known, h.text).toContain(h.text);
  });

  it('has the same headings, levels and ids in English as in Polish', () => {
    const outline = (lang: 'pl' | 'en') =>
      readPage(dist, statementPath[lang])
        .querySelectorAll('main h1, main h2, main h3')
        .map((h) => `${h.tagName}#${h.id}`);
    expect(outline('en')).toEqual(outline('pl'));
    const ids = (lang: 'pl' | 'en') =>
      readPage(dist, statementPath[lang])
        .querySelectorAll('main [id^="a11y-"]')
        .map((e) => e.id);
    expect(ids('en')).toEqual(ids('pl'));
  });

  for (const lang of langs) {
    it(`${lang}: carries every id the 2.0 model requires, with the configured facts`, () => {
      const page = readPage(dist, statementPath[lang]);
      const text = (id: string) => words(page.querySelector(`#${id}`)?.textContent);
      for (const id of requiredIds) expect(page.querySelector(`#${id}`), id).not.toBeNull();
      expect(words(page.querySelector('h1')!.textContent)).toBe(
        lang === 'pl' ? 'Deklaracja dostępności' : 'Accessibility statement',
      );
      expect(text('a11y-podmiot')).toContain(accessibility.body.name);
      expect(text('a11y-zakres')).toBe(lang === 'pl' ? 'strony internetowej' : 'website');
      expect(page.querySelector('#a11y-wstep #a11y-url')!.getAttribute('href')).toBe(
        `${siteAddress().site}${base}${lang === 'pl' ? '' : 'en/'}`,
      );
      const status = {
        pl: { full: 'zgodna', partial: 'częściowo zgodna', none: 'niezgodna' },
        en: { full: 'fully compliant', partial: 'partially compliant', none: 'not compliant' },
      }[lang][accessibility.status];
      expect(text('a11y-status')).toMatch(new RegExp(`(jest|is) ${status} (z ustawą|with the Act)`));
      const { name, email, phone } = accessibility.contact;
      expectFact(page, 'a11y-osoba', name, lang, (el) => expect(words(el.textContent)).toBe(name.value));
      expectFact(page, 'a11y-email', email, lang, (el) =>
        expect(el.getAttribute('href')).toBe(`mailto:${email.value}`),
      );
      expectFact(page, 'a11y-telefon', phone, lang, (el) =>
        expect(el.getAttribute('href')).toBe(telHref(phone.value!)),
      );
      // Every section of the model has its id, mobile apps included.
      for (const id of ['a11y-aplikacje', 'a11y-architektura', 'a11y-komunikacja']) {
        expect(page.querySelector(`h3#${id}`), id).not.toBeNull();
      }
      // The auditor's id names an outside auditor, and only when there has been an audit.
      if (accessibility.audit) expect(text('a11y-audytor')).toBe(accessibility.audit.auditor);
      else expect(page.querySelector('#a11y-audytor')).toBeNull();
      if (accessibility.building.value?.descriptionUrl) {
        expect(page.querySelector('#a11y-architektura-url')!.getAttribute('href')).toBe(
          accessibility.building.value.descriptionUrl,
        );
      }
    });

    it(`${lang}: writes every date given out ("24 listopada 2026 r."), with the ISO date in datetime`, () => {
      const page = readPage(dist, statementPath[lang]);
      const dates = {
        'a11y-data-publikacja': accessibility.publishedOn,
        'a11y-data-aktualizacja': accessibility.updatedOn,
        'a11y-data-sporzadzenie': accessibility.preparedOn,
        'a11y-data-przeglad': accessibility.reviewedOn,
      };
      for (const [id, fact] of Object.entries(dates)) {
        expectFact(page, id, fact, lang, (time) => {
          expect(time.tagName, id).toBe('TIME');
          expect(time.getAttribute('datetime'), id).toBe(fact.value);
          expect(words(time.textContent), id).toBe(expectedDate(fact.value!, lang));
        });
      }
      // No date anywhere in the text left as YYYY-MM-DD.
      expect(words(page.querySelector('main')!.textContent)).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    });

    it(`${lang}: gives the request procedure's deadlines, who receives complaints and how, and the Commissioner`, () => {
      const page = readPage(dist, statementPath[lang]);
      const main = words(page.querySelector('main')!.textContent);
      expect(main).toMatch(lang === 'pl' ? /7 dni/ : /within 7 days/);
      expect(main).toMatch(lang === 'pl' ? /nie może być dłuższy niż 2 miesiące/ : /will be no later than 2 months/);
      const { recipient, email, epuap } = accessibility.complaints;
      const links = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(main).toContain(recipient.value ? recipient.value[lang] : notGiven[lang]);
      if (typeof email.value === 'string') expect(links).toContain(`mailto:${email.value}`);
      if (typeof epuap.value === 'string') expect(main).toContain(epuap.value);
      // A route the office has not given yet is named, "not given", with the mark.
      if (email.value === null)
        expect(main).toMatch(lang === 'pl' ? /e-mailem na adres: nie podano \[do/ : /by email to: not given \[to/);
      if (epuap.value === null)
        expect(main).toMatch(lang === 'pl' ? /ePUAP na adres skrytki: nie podano \[do/ : /to the box: not given \[to/);
      // Each unconfirmed fact of the complaints route carries its mark in the procedure's section.
      let marks = 0;
      for (let el = page.querySelector('#a11y-procedura')!.nextElementSibling; el && el.tagName !== 'H2';) {
        marks += el.querySelectorAll('[data-unconfirmed]').length;
        el = el.nextElementSibling;
      }
      expect(marks).toBe([recipient, email, epuap].filter((f) => !f.confirmed).length);
      expect(main).toContain('Rzecznik');
      expect(links).toContain(accessibility.ombudsmanUrl);
      expect(main).toContain(`${accessibility.body.street}, ${accessibility.body.postcode} ${accessibility.body.town}`);
    });
  }

  it('declares full compliance only on the strength of a recorded manual review', () => {
    const page = readPage(dist, statementPath.pl);
    const review = accessibility.manualReview;
    if (accessibility.status === 'full') {
      expect(review?.methods).toEqual(expect.arrayContaining(['keyboard', 'screen-reader', 'zoom']));
    } else {
      // A statement that is not "zgodna" says what is not accessible or not yet checked.
      expect(words(page.querySelector('main')!.textContent)).toContain('Niedostępne treści');
    }
  });
});
