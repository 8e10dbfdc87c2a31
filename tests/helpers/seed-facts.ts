/**
 * The dates of the town's old page (`shared/seed/`), typed in by hand from the seed text and checked
 * against it, with how each must read in Polish (with "r.") and in English. Not copied from the site's output.
 * Spaces are compared as ordinary spaces (the Polish ones are non-breaking on the page).
 */
export const seedDates: Record<string, [iso: string, pl: string, en: string][]> = {
  unterhaching: [
    ['1995-07-15', '15 lipca 1995 r.', '15 July 1995'],
    ['1995-07-30', '30 lipca 1995 r.', '30 July 1995'],
  ],
  riom: [
    ['1995-08-06', '6 sierpnia 1995 r.', '6 August 1995'],
    ['1996-06-15', '15 czerwca 1996 r.', '15 June 1996'],
  ],
  cadca: [
    ['1997-08-10', '10 sierpnia 1997 r.', '10 August 1997'],
    ['1998-01-16', '16 stycznia 1998 r.', '16 January 1998'],
    ['2000-02-18', '18 lutego 2000 r.', '18 February 2000'],
  ],
  adur: [
    ['1998-08', 'sierpień 1998 r.', 'August 1998'],
    ['2000-08-06', '6 sierpnia 2000 r.', '6 August 2000'],
  ],
  godollo: [
    ['1999-11', 'listopad 1999 r.', 'November 1999'],
    ['2002-06-01', '1 czerwca 2002 r.', '1 June 2002'],
    ['2002-08-04', '4 sierpnia 2002 r.', '4 August 2002'],
  ],
  'liptovsky-mikulas': [
    ['2008-06-20', '20 czerwca 2008 r.', '20 June 2008'],
    ['2010-08-01', '1 sierpnia 2010 r.', '1 August 2010'],
  ],
  borjomi: [['2011-08-07', '7 sierpnia 2011 r.', '7 August 2011']],
  szczytno: [
    ['2004-11-08', '8 listopada 2004 r.', '8 November 2004'],
    ['2005-08-06', '6 sierpnia 2005 r.', '6 August 2005'],
  ],
};

/** Names each language must show, and the town's own name with its language. */
export const seedNames: Record<string, { pl: string; en: string; own: string; lang: string; country: string }> = {
  unterhaching: { pl: 'Unterhaching', en: 'Unterhaching', own: 'Unterhaching', lang: 'de', country: 'DE' },
  riom: { pl: 'Riom', en: 'Riom', own: 'Riom', lang: 'fr', country: 'FR' },
  cadca: { pl: 'Czadca', en: 'Čadca', own: 'Čadca', lang: 'sk', country: 'SK' },
  adur: { pl: 'Dystrykt Adur', en: 'Adur District', own: 'Adur District', lang: 'en', country: 'GB' },
  godollo: { pl: 'Gödöllő', en: 'Gödöllő', own: 'Gödöllő', lang: 'hu', country: 'HU' },
  'liptovsky-mikulas': {
    pl: 'Liptowski Mikułasz',
    en: 'Liptovský Mikuláš',
    own: 'Liptovský Mikuláš',
    lang: 'sk',
    country: 'SK',
  },
  borjomi: { pl: 'Bordżomi', en: 'Borjomi', own: 'ბორჯომი', lang: 'ka', country: 'GE' },
  szczytno: { pl: 'Szczytno', en: 'Szczytno', own: 'Szczytno', lang: 'pl', country: 'PL' },
};

export const domestic = ['szczytno'];
