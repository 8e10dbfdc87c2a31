import { countryName } from '../../blocks/country-names.ts';
import { countryAt, testPlace } from '../../blocks/country-outline.ts';
import { isCountryCode } from '../../model/countries.ts';
import type { Problem } from '../../model/problem.ts';
import type { MarkdownSource } from './source-file.ts';

/** Codes people type for a country that ISO spells otherwise. */
const commonMistakes: Record<string, string> = { UK: 'GB', EN: 'GB', EL: 'GR', SW: 'SE', SP: 'ES' };

const named = (code: string) => `${countryName(code, 'pl')} (${code})`;
const namedEn = (code: string) => `${countryName(code, 'en')} (${code})`;

/**
 * The facts a schema cannot see are wrong because each looks fine alone: a country code no country has,
 * coordinates that put the town in another country (or the sea) than the one declared — often latitude and
 * longitude swapped or a sign lost — and a domestic partner abroad.
 */
export function placeProblems(source: MarkdownSource): Problem[] {
  const { data } = source;
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]) => {
    const where = source.locate(path);
    return where ? { line: where.line, column: where.column } : {};
  };
  const country = typeof data.country === 'string' ? data.country : undefined;
  const validCountry = country !== undefined && isCountryCode(country);

  if (country !== undefined && /^[A-Z]{2}$/.test(country) && !validCountry) {
    const suggestion = commonMistakes[country];
    problems.push({
      file: source.file,
      ...at(['country']),
      field: 'country',
      value: country,
      code: 'unknown-country',
      pl: `„${country}” nie jest kodem żadnego kraju w ISO 3166-1, więc strona nie umiałaby nazwać kraju.${suggestion ? ` Czy chodziło o ${suggestion} — ${named(suggestion)}?` : ''} Przykłady: DE (Niemcy), FR (Francja), GB (Wielka Brytania), SK (Słowacja), PL (Polska).`,
      en: `"${country}" is not the code of any country in ISO 3166-1, so the site could not name the country.${suggestion ? ` Did you mean ${suggestion}, ${namedEn(suggestion)}?` : ''} Examples: DE (Germany), FR (France), GB (United Kingdom), SK (Slovakia), PL (Poland).`,
    });
  }

  if (validCountry && (data.scope === 'domestic') !== (country === 'PL') && typeof data.scope === 'string') {
    const domestic = data.scope === 'domestic';
    problems.push({
      file: source.file,
      ...at(['scope']),
      field: 'scope',
      value: String(data.scope),
      code: 'scope-country',
      pl: domestic
        ? `Partner jest oznaczony jako krajowy (domestic), a leży w kraju ${named(country)}. Dla miasta za granicą wpisz scope: international; dla miasta w Polsce country: PL.`
        : `Partner jest oznaczony jako zagraniczny (international), a kraj to Polska (PL). Dla miasta w Polsce wpisz scope: domestic; dla miasta za granicą popraw kod kraju.`,
      en: domestic
        ? `The partner is marked domestic, but its country is ${namedEn(country)}. For a town abroad write scope: international; for a town in Poland country: PL.`
        : `The partner is marked international, but its country is Poland (PL). For a town in Poland write scope: domestic; for a town abroad correct the country code.`,
    });
  }

  const coordinates = data.coordinates as { latitude?: unknown; longitude?: unknown } | undefined;
  const lat = coordinates?.latitude;
  const lon = coordinates?.longitude;
  if (!validCountry || typeof lat !== 'number' || typeof lon !== 'number') return problems;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    // Out of range is the schema's message; a swap is the likely cause when the other order fits.
    if (Math.abs(lon) <= 90 && testPlace(country, { latitude: lon, longitude: lat }).known) {
      const swapped = testPlace(country, { latitude: lon, longitude: lat });
      if (swapped.known && swapped.inside) problems.push(swappedProblem(source, country, lat, lon, at));
    }
    return problems;
  }
  const test = testPlace(country, { latitude: lat, longitude: lon });
  if (!test.known || test.inside) return problems;

  const swapped = Math.abs(lon) <= 90 ? testPlace(country, { latitude: lon, longitude: lat }) : undefined;
  if (swapped?.known && swapped.inside) {
    problems.push(swappedProblem(source, country, lat, lon, at));
    return problems;
  }
  const signs: [number, number, string, string][] = [
    [
      lat,
      -lon,
      'długości geograficznej (wschód jest dodatni, zachód ujemny)',
      'the longitude (east is positive, west negative)',
    ],
    [
      -lat,
      lon,
      'szerokości geograficznej (północ jest dodatnia, południe ujemne)',
      'the latitude (north is positive, south negative)',
    ],
  ];
  const sign = signs.find(([la, lo]) => {
    const t = testPlace(country, { latitude: la, longitude: lo });
    return t.known && t.inside;
  });
  const actual = countryAt({ latitude: lat, longitude: lon });
  const wherePl = actual ? `w kraju ${named(actual)}` : 'poza lądem (na morzu)';
  const whereEn = actual ? `in ${namedEn(actual)}` : 'off land (at sea)';
  problems.push({
    file: source.file,
    ...at(['coordinates', 'latitude']),
    field: 'coordinates',
    value: `${lat}, ${lon}`,
    code: 'coordinates-not-in-country',
    pl: `Te współrzędne wskazują miejsce ${wherePl}, około ${Math.round(test.distanceKm)} km od granic kraju ${named(country)} z pola country — mapa narysowałaby miasto nie tam, gdzie leży.${sign ? ` Wygląda na zgubiony lub zbędny minus przy ${sign[2]}: spróbuj latitude: ${sign[0]}, longitude: ${sign[1]}.` : ''} Sprawdź położenie (np. w Wikipedii, w stopniach dziesiętnych) i kod kraju.`,
    en: `These coordinates point ${whereEn}, about ${Math.round(test.distanceKm)} km outside ${namedEn(country)}, the country in the country field — the map would draw the town where it is not.${sign ? ` It looks like a minus sign lost or added in ${sign[3]}: try latitude: ${sign[0]}, longitude: ${sign[1]}.` : ''} Check the position (e.g. on Wikipedia, in decimal degrees) and the country code.`,
  });
  return problems;
}

function swappedProblem(
  source: MarkdownSource,
  country: string,
  lat: number,
  lon: number,
  at: (path: PropertyKey[]) => { line?: number; column?: number },
): Problem {
  return {
    file: source.file,
    ...at(['coordinates', 'latitude']),
    field: 'coordinates',
    value: `${lat}, ${lon}`,
    code: 'coordinates-swapped',
    pl: `Szerokość i długość geograficzna wyglądają na zamienione: w tej kolejności miasto leżałoby daleko od kraju ${named(country)}, a po zamianie leży w nim. Wpisz latitude: ${lon} i longitude: ${lat}.`,
    en: `Latitude and longitude look swapped: in this order the town would lie far from ${namedEn(country)}, swapped it lies in it. Write latitude: ${lon} and longitude: ${lat}.`,
  };
}
