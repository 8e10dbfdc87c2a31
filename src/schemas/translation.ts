import { z } from 'astro/zod';
import { described } from './field-meta';

/**
 * The text of one partner in one language: `content/partners/<slug>/<lang>.md`. Frontmatter holds short
 * texts; the Markdown body tells the story of the partnership and lists what the cooperation covers.
 */
export const translationSchema = () =>
  z.strictObject({
    name: described(z.string().trim().min(1, "Write the town's name in this language."), {
      label: { pl: 'Nazwa miasta w tym języku', en: "Town's name in this language" },
      help: {
        pl: 'Nazwa miasta w języku tego pliku (np. Czadca po polsku, Čadca po angielsku).',
        en: "The town's name in this file's language (e.g. Czadca in Polish, Čadca in English).",
      },
      example: 'Czadca',
    }),
    region: described(z.string().trim().min(1).optional(), {
      label: { pl: 'Region', en: 'Region' },
      help: {
        pl: 'Region lub część kraju, jeśli pomaga (pole nieobowiązkowe).',
        en: 'Region or part of the country, where it helps (optional).',
      },
      example: 'Anglia',
    }),
    description: described(
      z
        .string()
        .trim()
        .min(20, 'Write a sentence or two (at least 20 characters) about the partnership.')
        .max(200, 'Keep the description under 200 characters: search engines cut longer ones.'),
      {
        label: { pl: 'Krótki opis', en: 'Short description' },
        help: {
          pl: 'Jedno lub dwa zdania o partnerstwie, od 20 do 200 znaków (pokazywane w wynikach wyszukiwania).',
          en: 'One or two sentences about the partnership, 20 to 200 characters (shown in search results).',
        },
        example: 'Riom we Francji jest miastem partnerskim Żywca od 1995 roku.',
        multiline: true,
      },
    ),
    events: described(
      z
        .record(
          z.string(),
          described(
            z.strictObject({
              title: described(z.string().trim().min(1).optional(), {
                label: { pl: 'Tytuł', en: 'Title' },
                help: {
                  pl: 'Co się wydarzyło, w kilku słowach (nieobowiązkowe: inaczej nazwa rodzaju wydarzenia).',
                  en: "What happened, in a few words (optional: otherwise the kind's label).",
                },
                example: 'Podpisanie aktu zbliźniaczenia',
              }),
              venue: described(z.string().trim().min(1).optional(), {
                label: { pl: 'Miejsce dokładniej', en: 'Venue' },
                help: {
                  pl: 'Gdzie, dokładniej niż miasto (obowiązkowe przy place: elsewhere).',
                  en: 'Where, more precisely than the town (required for place: elsewhere).',
                },
                example: 'Rynek',
              }),
            }),
            {
              label: { pl: 'Teksty wydarzenia', en: 'Event texts' },
              help: { pl: 'Teksty jednego wydarzenia: title i venue.', en: 'Texts of one event: title and venue.' },
            },
          ),
        )
        .default({}),
      {
        label: { pl: 'Teksty wydarzeń', en: 'Event texts' },
        help: {
          pl: 'Teksty wydarzeń: pod identyfikatorem wydarzenia z partner.md — title i (dla place: elsewhere) venue.',
          en: 'Event texts: under the event id from partner.md, a title and (for place: elsewhere) a venue.',
        },
      },
    ),
  });

export type Translation = z.output<ReturnType<typeof translationSchema>>;

/** Text pages such as the home page introduction: `content/pages/<lang>/<page>.md`. */
export const pageSchema = () =>
  z.strictObject({
    title: described(z.string().trim().min(1), {
      label: { pl: 'Tytuł strony', en: 'Page title' },
      help: { pl: 'Tytuł strony.', en: 'The page heading.' },
      example: 'Miasta partnerskie Żywca',
    }),
    description: described(z.string().trim().min(20).max(200), {
      label: { pl: 'Krótki opis', en: 'Short description' },
      help: {
        pl: 'Jedno lub dwa zdania o stronie, od 20 do 200 znaków (pokazywane w wynikach wyszukiwania).',
        en: 'One or two sentences about the page, 20 to 200 characters (shown in search results).',
      },
      multiline: true,
    }),
  });
