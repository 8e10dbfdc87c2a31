import { posix } from 'node:path';
import type { Problem } from './problem.ts';

/** Picture files the site publishes through Astro's image pipeline. */
export const imageExtensions = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;

/** Larger originals would slow every build and are never needed: the pages show at most ~1200 px. */
export const imageLimits = { bytes: 15 * 1024 * 1024, pixels: 6000 } as const;

export function isImageFile(name: string): boolean {
  const ext = name.toLowerCase().split('.').at(-1) ?? '';
  return (imageExtensions as readonly string[]).includes(ext);
}

/** What is known about a picture file beside the texts. */
export interface ImageFile {
  bytes: number;
  /** Pixel size, when the file could be read as a picture at all. */
  size?: { width: number; height: number } | undefined;
}

type Where = Pick<Problem, 'file' | 'line' | 'column' | 'field'>;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Checks one reference to a picture (a Markdown image or the `emblem` field) against the files beside
 * the text: a picture from another server, a missing file, a file that is not a picture the site can
 * publish, or an original too big to process. `images` maps project paths to what is known of them.
 */
export function imageReferenceProblems(
  where: Where,
  reference: string,
  fromFolder: string,
  images: ReadonlyMap<string, ImageFile>,
): Problem[] {
  const ref = reference.trim();
  const value = ref.length > 60 ? `${ref.slice(0, 57)}…` : ref;
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) {
    return [
      {
        ...where,
        value,
        code: 'remote-image',
        pl: 'Obraz z innego serwera nie zostanie pokazany: strona nie pobiera niczego z innych adresów (ochrona prywatności czytelników i reguły bezpieczeństwa). Zapisz plik obrazu w folderze miasta (na GitHubie: Add file → Upload files) i wpisz jego nazwę, np. ![Rynek w Riom](rynek.jpg).',
        en: "A picture from another server would not be shown: the site loads nothing from other addresses (the readers' privacy and the security rules). Save the picture file in the town's folder (on GitHub: Add file → Upload files) and give its name, e.g. ![Riom market square](rynek.jpg).",
      },
    ];
  }
  let path: string;
  try {
    path = posix.normalize(posix.join(fromFolder, decodeURI(ref.replace(/^\.\//, ''))));
  } catch {
    path = posix.normalize(posix.join(fromFolder, ref));
  }
  const name = posix.basename(path);
  if (!isImageFile(name)) {
    return [
      {
        ...where,
        value,
        code: 'unsupported-image',
        pl: `„${name}” nie jest obrazem, który strona umie opublikować. Użyj pliku PNG, JPEG, WebP lub AVIF (zdjęcie: .jpg, herb lub rysunek: .png).`,
        en: `"${name}" is not a picture the site can publish. Use a PNG, JPEG, WebP or AVIF file (a photo: .jpg, a coat of arms or drawing: .png).`,
      },
    ];
  }
  const file = images.get(path);
  if (!file) {
    const beside = [...images.keys()].filter((p) => posix.dirname(p) === fromFolder).map((p) => posix.basename(p));
    const caseOnly = [...images.keys()].find((p) => p.toLowerCase() === path.toLowerCase());
    return [
      {
        ...where,
        value,
        code: 'missing-image',
        pl: `Nie ma pliku ${path}.${caseOnly ? ` Jest ${caseOnly} — nazwa musi się zgadzać co do wielkości liter.` : ''} Dodaj obraz do folderu ${fromFolder}/ (na GitHubie: Add file → Upload files) albo popraw nazwę. ${beside.length ? `Obrazy w tym folderze: ${beside.join(', ')}.` : 'W tym folderze nie ma jeszcze żadnego obrazu.'}`,
        en: `There is no file ${path}.${caseOnly ? ` There is ${caseOnly}: the name must match, capitals included.` : ''} Add the picture to ${fromFolder}/ (on GitHub: Add file → Upload files) or correct the name. ${beside.length ? `Pictures in this folder: ${beside.join(', ')}.` : 'This folder has no pictures yet.'}`,
      },
    ];
  }
  return sizeProblems(where, value, path, file);
}

function sizeProblems(where: Where, value: string, path: string, file: ImageFile): Problem[] {
  if (!file.size) {
    return [
      {
        ...where,
        value,
        code: 'unsupported-image',
        pl: `Pliku ${path} nie da się odczytać jako obrazu (uszkodzony albo zapisany w innym formacie, niż mówi końcówka nazwy). Zapisz go ponownie jako JPEG lub PNG.`,
        en: `${path} cannot be read as a picture (damaged, or in another format than its name says). Save it again as JPEG or PNG.`,
      },
    ];
  }
  const { width, height } = file.size;
  if (file.bytes <= imageLimits.bytes && Math.max(width, height) <= imageLimits.pixels) return [];
  return [
    {
      ...where,
      value,
      code: 'huge-image',
      pl: `Obraz ${path} jest za duży (${width}×${height} px, ${mb(file.bytes)}): najwyżej ${imageLimits.pixels} px z dłuższego boku i ${mb(imageLimits.bytes)}. Strona pokazuje obrazy najwyżej ok. 1200 px szerokości; zmniejsz go do ok. 2400 px (np. w programie Paint: Zmień rozmiar) i zapisz jako JPEG.`,
      en: `The picture ${path} is too big (${width}×${height} px, ${mb(file.bytes)}): at most ${imageLimits.pixels} px on the long side and ${mb(imageLimits.bytes)}. The site shows pictures at most ~1200 px wide; shrink it to ~2400 px (e.g. in Paint: Resize) and save it as JPEG.`,
    },
  ];
}

/** A picture without a description: people who cannot see it would learn nothing. */
export function missingAlt(where: Where, value: string, example: { pl: string; en: string }): Problem {
  return {
    ...where,
    value,
    code: 'missing-alt',
    pl: `Obraz nie ma opisu dla osób, które go nie widzą (czytniki ekranu, wolne łącze). Opisz w kilku słowach, co przedstawia, np. ${example.pl}`,
    en: `The picture has no description for people who cannot see it (screen readers, slow connections). Say in a few words what it shows, e.g. ${example.en}`,
  };
}
