import { z } from 'astro/zod';
import { townNameIn, type HomeTown } from './home-town.ts';
import { described } from './field-meta.ts';

/**
 * Length of a description, in characters: it is the page's meta description, which search engines show
 * whole only within about 160 characters, and which says too little below about 70.
 */
export const descriptionLength = { min: 70, max: 160 } as const;

const descriptionSchema = (what: string) =>
  z
    .string()
    .trim()
    .min(
      descriptionLength.min,
      `Write a sentence or two (at least ${descriptionLength.min} characters) about the ${what}.`,
    )
    .max(
      descriptionLength.max,
      `Keep the description to ${descriptionLength.max} characters: search engines cut longer ones.`,
    );

/** The texts of one event in one language, beside its facts (Polish) or under its id (other languages). */
export const eventTextShape = () => ({
  title: described(z.string().trim().min(1).optional(), {
    label: { pl: 'Tytuł', en: 'Title' },
    help: {
      pl: 'Co się wydarzyło, w kilku słowach (nieobowiązkowe: inaczej nazwa rodzaju wydarzenia).',
      en: "What happened, in a few words (optional: otherwise the kind's label).",
    },
    form: {
      pl: 'Co się wydarzyło, w kilku słowach, np. Podpisanie umowy partnerskiej. Można zostawić puste: strona pokaże wtedy rodzaj wydarzenia.',
      en: 'What happened, in a few words, e.g. Partnership agreement signed. May be left empty: the page then shows the kind of event.',
    },
    example: { pl: 'Podpisanie aktu zbliźniaczenia', en: 'Twinning charter signed' },
  }),
  venue: described(z.string().trim().min(1).optional(), {
    label: { pl: 'Miejsce dokładniej', en: 'Venue' },
    help: {
      pl: 'Gdzie, dokładniej niż miasto (obowiązkowe przy place: elsewhere).',
      en: 'Where, more precisely than the town (required for place: elsewhere).',
    },
    form: {
      pl: 'Gdzie dokładnie, np. Rynek albo Worthing, Anglia. Obowiązkowe, gdy w polu „Miejsce” wybrano „gdzie indziej”.',
      en: 'Where exactly, e.g. Market Square or Worthing, England. Required when “Place” is “elsewhere”.',
    },
    example: { pl: 'Rynek', en: 'Market Square' },
  }),
  party: described(z.string().trim().min(1).optional(), {
    label: { pl: 'Strona porozumienia regionalnego', en: 'Party to a regional agreement' },
    help: {
      pl: 'Przy porozumieniu regionalnym (kind: regional-agreement): kto je zawarł, np. Euroregion „Beskidy”. Kalendarium pokaże je pod tą nazwą, nie jako porozumienie dwóch miast.',
      en: 'For a regional agreement (kind: regional-agreement): who concluded it, e.g. the Beskidy Euroregion. The timeline shows it under this name, not as an agreement between the two towns.',
    },
    form: {
      pl: 'Tylko przy porozumieniu regionalnym: kto je zawarł, np. Euroregion „Beskidy”. Kalendarium pokaże je pod tą nazwą.',
      en: 'Only for a regional agreement: who concluded it, e.g. Beskidy Euroregion. The timeline shows it under this name.',
    },
    example: { pl: 'Euroregion „Beskidy”', en: 'Beskidy Euroregion' },
  }),
});

/** The short texts of a partner in one language, in the Polish file beside the facts or in its own file. */
export const textShape = (town: HomeTown) => ({
  name: described(z.string().trim().min(1, "Write the town's name in this language."), {
    label: { pl: 'Nazwa miasta w tym języku', en: "Town's name in this language" },
    help: {
      pl: 'Nazwa miasta w języku tego pliku (np. Czadca po polsku, Čadca po angielsku).',
      en: "The town's name in this file's language (e.g. Czadca in Polish, Čadca in English).",
    },
    form: {
      pl: 'Nazwa miasta w tym języku, np. Czadca po polsku, Čadca po angielsku.',
      en: "The town's name in this language, e.g. Czadca in Polish, Čadca in English.",
    },
    example: { pl: 'Czadca', en: 'Čadca' },
  }),
  region: described(z.string().trim().min(1).optional(), {
    label: { pl: 'Region', en: 'Region' },
    help: {
      pl: 'Region lub część kraju, jeśli pomaga (pole nieobowiązkowe).',
      en: 'Region or part of the country, where it helps (optional).',
    },
    form: {
      pl: 'Region lub część kraju, jeśli pomaga go znaleźć, np. Anglia. Można zostawić puste.',
      en: 'Region or part of the country, where it helps, e.g. England. May be left empty.',
    },
    example: { pl: 'Anglia', en: 'England' },
  }),
  emblemAlt: described(z.string().trim().min(1).optional(), {
    label: { pl: 'Opis herbu lub głównego obrazu', en: 'Description of the main picture' },
    help: {
      pl: 'Co przedstawia główny obraz miasta (pole emblem w index.pl.md), w języku tego pliku — dla osób, które go nie widzą. Obowiązkowe, gdy jest emblem.',
      en: "What the town's main picture (emblem in index.pl.md) shows, in this file's language, for people who cannot see it. Required when there is an emblem.",
    },
    form: {
      pl: 'Co przedstawia herb lub główny obraz, dla osób, które go nie widzą, np. Herb miasta Riom. Obowiązkowe, gdy jest obraz.',
      en: 'What the coat of arms or main picture shows, for people who cannot see it, e.g. Coat of arms of Riom. Required when there is a picture.',
    },
    example: { pl: 'Herb miasta Riom', en: 'Coat of arms of Riom' },
  }),
  description: described(descriptionSchema('partnership'), {
    label: { pl: 'Krótki opis', en: 'Short description' },
    help: {
      pl: `Jedno lub dwa zdania o partnerstwie, od ${descriptionLength.min} do ${descriptionLength.max} znaków (pokazywane w wynikach wyszukiwania).`,
      en: `One or two sentences about the partnership, ${descriptionLength.min} to ${descriptionLength.max} characters (shown in search results).`,
    },
    form: {
      pl: `Jedno lub dwa zdania o partnerstwie, od ${descriptionLength.min} do ${descriptionLength.max} znaków; wyszukiwarki pokazują je pod tytułem strony.`,
      en: `One or two sentences about the partnership, ${descriptionLength.min} to ${descriptionLength.max} characters; search engines show them under the page's title.`,
    },
    example: {
      pl: `Riom we Francji jest miastem partnerskim ${townNameIn(town, 'pl', 'genitive')} od 1995 r. Współpraca obejmuje wymianę rodzin i młodzieży oraz współdziałanie szpitali.`,
      en: `Riom in France has been ${townNameIn(town, 'en')}'s partner town since 1995, with exchanges of families and young people and cooperation between hospitals.`,
    },
    multiline: true,
  }),
});

/** Event texts by event id, as the pages read them. */
export type EventTexts = Record<string, z.output<z.ZodObject<ReturnType<typeof eventTextShape>>>>;

/** A list of `{ id, …texts }` as a map by id (a repeated id is reported by the check; the last one wins). */
export function eventTextsById(list: readonly ({ id: string } & EventTexts[string])[]): EventTexts {
  return Object.fromEntries(list.map(({ id, ...texts }) => [id, texts]));
}

/**
 * The text of one partner in another language than Polish: `content/partners/<slug>/index.<lang>.md`.
 * The facts live only in the Polish file (`index.pl.md`); this file has the texts, and each event's texts
 * under the id of an event listed there. Frontmatter holds short texts; the Markdown body tells the story
 * of the partnership and lists what the cooperation covers.
 */
export const translationSchema = (town: HomeTown) =>
  z.strictObject({
    ...textShape(town),
    events: described(
      z
        .array(
          described(
            z.strictObject({
              id: described(z.string().trim().min(1, 'Write the id of the event in index.pl.md, e.g. "signed-home".'), {
                label: { pl: 'Id wydarzenia', en: 'Event id' },
                help: {
                  pl: 'Id wydarzenia z index.pl.md, którego dotyczy ten tekst.',
                  en: 'The id of the event in index.pl.md this text belongs to.',
                },
                form: {
                  pl: 'Wydarzenie, którego dotyczy ten tekst: jego identyfikator z kolumny po polsku, np. signed-home.',
                  en: 'The event this text belongs to: its identifier in the Polish column, e.g. signed-home.',
                },
                example: 'signed-home',
              }),
              ...eventTextShape(),
            }),
            {
              label: { pl: 'Teksty wydarzenia', en: 'Event texts' },
              help: {
                pl: 'Teksty jednego wydarzenia: id, title i venue.',
                en: 'Texts of one event: id, title and venue.',
              },
              form: {
                pl: 'Teksty jednego wydarzenia w tym języku.',
                en: 'The texts of one event in this language.',
              },
            },
          ),
        )
        .default([])
        .transform(eventTextsById),
      {
        label: { pl: 'Teksty wydarzeń', en: 'Event texts' },
        help: {
          pl: 'Teksty wydarzeń w języku tego pliku: lista, każdy zaczyna się od „- id: …” (id wydarzenia z index.pl.md) i ma title oraz (dla place: elsewhere) venue.',
          en: 'Event texts in this file\'s language: a list, each starting with "- id: …" (the id of an event in index.pl.md) with a title and (for place: elsewhere) a venue.',
        },
        form: {
          pl: 'Teksty wydarzeń w tym języku. Wydarzenia dodaje się i usuwa w kolumnie po polsku; tutaj tylko się je tłumaczy.',
          en: "The events' texts in this language. Events are added and deleted in the Polish column; here they are only translated.",
        },
      },
    ),
  });

export type Translation = z.output<ReturnType<typeof translationSchema>>;

/** Text pages such as the home page introduction: `content/pages/<lang>/<page>.md`. */
export const pageSchema = (town: HomeTown) =>
  z.strictObject({
    title: described(z.string().trim().min(1), {
      label: { pl: 'Tytuł strony', en: 'Page title' },
      help: { pl: 'Tytuł strony.', en: 'The page heading.' },
      form: {
        pl: `Tytuł strony, np. Miasta partnerskie ${townNameIn(town, 'pl', 'genitive')}.`,
        en: "The page's heading.",
      },
      example: {
        pl: `Miasta partnerskie ${townNameIn(town, 'pl', 'genitive')}`,
        en: `${townNameIn(town, 'en')}'s partner towns`,
      },
    }),
    description: described(descriptionSchema('page'), {
      label: { pl: 'Krótki opis', en: 'Short description' },
      help: {
        pl: `Jedno lub dwa zdania o stronie, od ${descriptionLength.min} do ${descriptionLength.max} znaków (pokazywane w wynikach wyszukiwania).`,
        en: `One or two sentences about the page, ${descriptionLength.min} to ${descriptionLength.max} characters (shown in search results).`,
      },
      multiline: true,
    }),
  });
