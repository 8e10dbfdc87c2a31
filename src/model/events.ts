import { z } from 'astro/zod';
import { parsePartialDate } from '../blocks/dates.ts';
import { townNameIn, type HomeTown } from './home-town.ts';
import { slugPattern } from '../blocks/slug.ts';
import { described } from './field-meta.ts';
import { breakRule, type RuleWords } from './rule-words.ts';

/** What happened: the label of each kind comes from the UI dictionaries. */
export const eventKinds = [
  'first-contact',
  'declaration-of-intent',
  'agreement-signed',
  'regional-agreement',
  'visit',
  'anniversary',
  'joint-project',
  'other',
] as const;

export type EventKind = (typeof eventKinds)[number];

/**
 * The kinds whose yearly return is an anniversary of the partnership: its agreements and the declaration
 * that led to them. A regional agreement is concluded by others (a euroregion), not by the two towns, so
 * it is no anniversary of theirs; it, visits, celebrations, projects and other events are on the timeline only.
 */
export const anniversaryKinds: readonly EventKind[] = ['declaration-of-intent', 'agreement-signed'];

/**
 * Where an event took place, as a fact that does not depend on language: in the home town (the town of
 * `src/config/home-town.ts`), in the partner town, or elsewhere (then each translation names the place
 * in its `events.<id>.venue`).
 */
export const eventPlaces = ['home', 'partner', 'elsewhere'] as const;

export type EventPlace = (typeof eventPlaces)[number];

/**
 * What an editor may write in `place`: the places above, and the home town's identifier (`zywiec`) as
 * another word for `home`, so records written with it keep their meaning.
 */
export const writtenEventPlaces = (town: Pick<HomeTown, 'id'>): readonly string[] => [...eventPlaces, town.id];

/** `place` as written → the place it means. */
export const eventPlaceSchema = (town: Pick<HomeTown, 'id'>) =>
  z
    .enum(writtenEventPlaces(town) as [string, ...string[]], {
      error: () => `Use one of: ${eventPlaces.join(', ')}.`,
    })
    .transform((place): EventPlace => (place === town.id ? 'home' : (place as EventPlace)));

/** A date that no calendar has (1996-02-30), however it was typed. */
export const impossibleDate: RuleWords = {
  code: 'impossible-date',
  pl: '„{value}” nie jest prawdziwą datą: nie ma takiego dnia lub miesiąca w kalendarzu. Sprawdź dzień i miesiąc (RRRR-MM-DD, np. 1995-07-15).',
  en: '"{value}" is not a real calendar date: there is no such day or month. Check the day and the month (YYYY-MM-DD, e.g. 1995-07-15).',
};

/** A date in another form than the three the site reads. */
export const badDate: RuleWords = {
  code: 'bad-date',
  pl: '„{value}” nie jest datą w wymaganej postaci: dzień RRRR-MM-DD (np. 1995-07-15), miesiąc RRRR-MM (np. 1998-08) albo rok RRRR (np. 1998).',
  en: '"{value}" is not a date in the required form: a day YYYY-MM-DD (e.g. 1995-07-15), a month YYYY-MM (e.g. 1998-08) or a year YYYY (e.g. 1998).',
};

/**
 * A date in frontmatter: `1995-07-15` (a day), `1998-08` (a month) or `1998` (a year). Read into a
 * PartialDate that keeps the precision; anything else is refused with an example of the right form.
 */
export const partialDateSchema = () =>
  z.unknown().transform((value, ctx) => {
    const result = parsePartialDate(value);
    if (result.ok) return result.date;
    breakRule(ctx, result.reason.kind === 'impossible' ? impossibleDate : badDate, { value: result.reason.value });
    return z.NEVER;
  });

export const eventSchema = (town: HomeTown) => {
  /** The home town as the place labels name it ("w Żywcu", "in Żywiec"). */
  const townIn = { pl: townNameIn(town, 'pl', 'locative'), en: townNameIn(town, 'en') };
  return described(
    z.strictObject({
      id: described(z.string().regex(slugPattern, 'Use lower-case letters, digits and hyphens, e.g. "signed-home".'), {
        label: { pl: 'Identyfikator', en: 'Identifier' },
        help: {
          pl: 'Krótki identyfikator wydarzenia, niepowtarzalny w tym pliku: małe litery, cyfry i łączniki. Teksty w innych językach odwołują się do niego.',
          en: 'A short identifier of the event, unique in this file: lower-case letters, digits and hyphens. The texts in other languages refer to it.',
        },
        form: {
          pl: 'Krótka nazwa wydarzenia do odwołań, inna dla każdego wydarzenia: małe litery bez polskich znaków, cyfry i łączniki, np. signed-home.',
          en: 'A short name of the event for references, different for each event: lower-case letters, digits and hyphens, e.g. signed-home.',
        },
        example: 'signed-home',
      }),
      kind: described(z.enum(eventKinds, { error: () => `Use one of: ${eventKinds.join(', ')}.` }), {
        label: { pl: 'Rodzaj', en: 'Kind' },
        help: { pl: 'Rodzaj wydarzenia.', en: 'What happened.' },
        form: { pl: 'Co się wydarzyło: wybierz z listy.', en: 'What happened: choose from the list.' },
        example: 'agreement-signed',
        choices: 'eventKinds',
      }),
      date: described(partialDateSchema(), {
        label: { pl: 'Data', en: 'Date' },
        help: {
          pl: "Data: dzień RRRR-MM-DD (np. 1995-07-15), miesiąc RRRR-MM w cudzysłowie (np. '1998-08') albo sam rok RRRR (np. 1998).",
          en: "Date: a day YYYY-MM-DD (e.g. 1995-07-15), a month YYYY-MM in quotes (e.g. '1998-08') or just a year YYYY (e.g. 1998).",
        },
        form: {
          pl: 'Dzień, miesiąc albo sam rok, tak jak w dokumentach: 2000-08-06 (dzień), 1998-08 (miesiąc) albo 1998 (rok). Data po dniu dzisiejszym oznacza wydarzenie planowane.',
          en: 'A day, a month or just a year, as the documents say: 2000-08-06 (a day), 1998-08 (a month) or 1998 (a year). A date after today means a planned event.',
        },
        example: '1995-07-15',
        input: {
          anyOf: [
            { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
            { type: 'integer', minimum: 1000, maximum: 9999 },
          ],
        },
      }),
      place: described(eventPlaceSchema(town).optional(), {
        label: { pl: 'Miejsce', en: 'Place' },
        help: {
          pl: `Miejsce: home (w ${townIn.pl}; dawny zapis ${town.id} znaczy to samo), partner (w mieście partnerskim) albo elsewhere (gdzie indziej — wtedy nazwij je w polu venue w każdym języku). Pomiń, jeśli nieznane.`,
          en: `Where: home (in ${townIn.en}; the older ${town.id} means the same), partner (in the partner town) or elsewhere (then name it in venue in every language). Leave out if unknown.`,
        },
        form: {
          pl: 'Gdzie się odbyło: wybierz z listy. Przy „gdzie indziej” nazwij miejsce w polu „Miejsce dokładniej”. Można zostawić puste, jeśli nie wiadomo.',
          en: 'Where it took place: choose from the list. For “elsewhere” name the place in “Venue”. May be left empty if unknown.',
        },
        example: 'home',
        choices: {
          home: { pl: `w ${townIn.pl}`, en: `in ${townIn.en}` },
          partner: { pl: 'w mieście partnerskim', en: 'in the partner town' },
          elsewhere: { pl: 'gdzie indziej — nazwij je w tekstach', en: 'elsewhere — name it in the texts' },
        },
      }),
    }),
    {
      label: { pl: 'Wydarzenie', en: 'Event' },
      help: {
        pl: 'Jedno wydarzenie: pola id, kind, date i (nieobowiązkowo) place.',
        en: 'One event: the fields id, kind, date and (optionally) place.',
      },
      form: {
        pl: 'Jedno wydarzenie: rodzaj, data, miejsce i opis po polsku.',
        en: 'One event: kind, date, place and its Polish text.',
      },
    },
  );
};

export type PartnerEvent = z.output<ReturnType<typeof eventSchema>>;
