/**
 * What the statutory model of the accessibility statement requires: its headings (in Polish, as they
 * must read) and the `a11y-…` ids that monitoring tools look for. Kept as data so that a test holds the
 * statement pages to it, and so that the next version of the model is one edit here.
 *
 * Source: „Warunki techniczne publikacji oraz struktura dokumentu elektronicznego deklaracji dostępności”,
 * wersja 2.0 z 31 lipca 2024 r., Minister Cyfryzacji, under art. 12 pkt 7 of the act of 4 April 2019 on
 * the digital accessibility of the websites and mobile applications of public bodies. Published on
 * gov.pl (https://www.gov.pl/web/dostepnosc-cyfrowa/jak-przygotowac-deklaracje-dostepnosci); a copy of
 * the text and the validator's list of ids: https://www.deklaracja-dostepnosci.info/dd-opis-2 and
 * https://www.deklaracja-dostepnosci.info/walidator.
 */
export const statementTemplate = {
  name: 'Warunki techniczne publikacji oraz struktura dokumentu elektronicznego deklaracji dostępności',
  version: '2.0',
  publishedOn: '2024-07-31',
  publisher: 'Minister Cyfryzacji',
  sources: [
    'https://www.gov.pl/web/dostepnosc-cyfrowa/jak-przygotowac-deklaracje-dostepnosci',
    'https://www.deklaracja-dostepnosci.info/dd-opis-2',
    'https://www.deklaracja-dostepnosci.info/walidator',
  ],
} as const;

/**
 * When a part of the model is required: always; only when the site is not fully compliant; once the
 * statement has been reviewed; or only in a situation this site is not in (own keyboard shortcuts,
 * mobile apps, an outside audit, a claim of disproportionate burden), where it may be left out.
 */
export type Requirement = 'always' | 'not-fully-compliant' | 'after-first-review' | 'optional';

export interface TemplateHeading {
  text: string;
  level: 1 | 2 | 3;
  required: Requirement;
}

/** The headings of the model, in their order. */
export const templateHeadings: readonly TemplateHeading[] = [
  { text: 'Deklaracja dostępności', level: 1, required: 'always' },
  { text: 'Stan dostępności cyfrowej', level: 2, required: 'always' },
  { text: 'Niedostępne treści', level: 2, required: 'not-fully-compliant' },
  { text: 'Przygotowanie deklaracji dostępności', level: 2, required: 'always' },
  { text: 'Udogodnienia, ograniczenia i inne informacje', level: 2, required: 'optional' },
  { text: 'Skróty klawiszowe', level: 2, required: 'optional' },
  { text: 'Informacje zwrotne i dane kontaktowe', level: 2, required: 'always' },
  { text: 'Obsługa wniosków i skarg związanych z dostępnością', level: 2, required: 'always' },
  { text: 'Pozostałe informacje', level: 2, required: 'always' },
  { text: 'Aplikacje mobilne', level: 3, required: 'optional' },
  { text: 'Dostępność architektoniczna', level: 3, required: 'always' },
  { text: 'Dostępność komunikacyjno-informacyjna', level: 3, required: 'always' },
];

export interface TemplateId {
  id: string;
  required: Requirement;
  /** What the element holds. */
  holds: string;
}

/** The `id`s of the model. */
export const templateIds: readonly TemplateId[] = [
  { id: 'a11y-wstep', required: 'always', holds: 'the whole opening statement' },
  { id: 'a11y-podmiot', required: 'always', holds: 'the name of the public body' },
  { id: 'a11y-zakres', required: 'always', holds: 'the kind of digital service (a website)' },
  { id: 'a11y-url', required: 'always', holds: 'the address of the website' },
  { id: 'a11y-data-publikacja', required: 'always', holds: 'the date the website was published' },
  { id: 'a11y-data-aktualizacja', required: 'always', holds: 'the date of its last significant update' },
  { id: 'a11y-status', required: 'always', holds: 'the paragraph with the compliance status' },
  { id: 'a11y-ocena', required: 'optional', holds: 'the assessment of disproportionate burden' },
  { id: 'a11y-data-sporzadzenie', required: 'always', holds: 'the date the statement was prepared' },
  { id: 'a11y-data-przeglad', required: 'after-first-review', holds: 'the date of its last review' },
  { id: 'a11y-audytor', required: 'optional', holds: 'the name of the outside auditor' },
  { id: 'a11y-kontakt', required: 'always', holds: 'the contact for accessibility' },
  { id: 'a11y-email', required: 'always', holds: 'the e-mail address for accessibility' },
  { id: 'a11y-telefon', required: 'always', holds: 'the telephone number for accessibility' },
  { id: 'a11y-procedura', required: 'always', holds: 'the requests and complaints procedure' },
  { id: 'a11y-aplikacje', required: 'optional', holds: 'the mobile apps' },
  { id: 'a11y-architektura', required: 'always', holds: 'the physical accessibility of the building' },
  { id: 'a11y-architektura-url', required: 'optional', holds: 'a link to a description of the building' },
  { id: 'a11y-komunikacja', required: 'always', holds: 'communication and information accessibility' },
];

/** Whether a part of the model applies to a statement in this situation. */
export function isRequired(
  requirement: Requirement,
  situation: { fullyCompliant: boolean; reviewed: boolean },
): boolean {
  switch (requirement) {
    case 'always':
      return true;
    case 'not-fully-compliant':
      return !situation.fullyCompliant;
    case 'after-first-review':
      return situation.reviewed;
    case 'optional':
      return false;
  }
}
