/**
 * `npm run new-partner -- <slug>`: creates content/partners/<slug>/ with index.pl.md (the facts and the
 * Polish text) and index.<lang>.md for every other language,
 * every field present and explained. The slug becomes the page's address (`/miasta/<slug>/`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../model/layout.ts';
import { placeholder, scaffoldPartner, slugPattern } from '../features/authoring/scaffold.ts';
import { homeTown } from '../config/home-town.ts';

const slug = process.argv[2] ?? '';
const partners = `${contentDir()}/partners`;
const folder = resolve(partners, slug);

if (!slugPattern.test(slug)) {
  console.error(
    `„${slug}” nie nadaje się na nazwę folderu: użyj małych liter bez polskich znaków, cyfr i łączników, np. npm run new-partner -- liptovsky-mikulas\n` +
      `"${slug}" will not do as a folder name: use lower-case letters without accents, digits and hyphens, e.g. npm run new-partner -- liptovsky-mikulas`,
  );
  process.exit(2);
}
if (existsSync(folder)) {
  console.error(
    `${partners}/${slug}/ już istnieje: wybierz inną nazwę albo popraw istniejące pliki.\n` +
      `${partners}/${slug}/ already exists: choose another name or edit the files that are there.`,
  );
  process.exit(2);
}

mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(scaffoldPartner(slug, homeTown))) {
  writeFileSync(join(folder, name), text, { flag: 'wx' });
  console.log(`${partners}/${slug}/${name}`);
}
console.log(
  `\nUzupełnij każde ${placeholder} w tych plikach i uruchom \`npm run check\`.\nFill in every ${placeholder} in these files and run \`npm run check\`.`,
);
