import { plural } from '../../blocks/plural.ts';
import type { EditorWords } from './schema.ts';

export default {
  check: {
    problems: (problems, files) =>
      `Treść ma ${plural(problems, 'błąd', 'błędy', 'błędów')} w ${plural(files, 'pliku', 'plikach', 'plikach')}. Popraw je i uruchom \`npm run check\` ponownie; content/README.md opisuje każdy komunikat.`,
    valid: (files) => `✓ Treść jest poprawna (${plural(files, 'plik', 'pliki', 'plików')}).`,
  },
  pullRequest: {
    heading: 'Podgląd i sprawdzenie zmian',
    preview: 'Podgląd',
    previewReady: (url) => `Strona z tą zmianą: ${url}`,
    fork: 'Brak podglądu: zmiana pochodzi z kopii repozytorium (fork), a GitHub nie daje jej prawa do publikowania. Zbudowana strona jest w artefakcie `site` tego przebiegu.',
    buildFailed: 'Brak podglądu: strony nie udało się zbudować (szczegóły niżej).',
    pages: 'Zmienione strony',
    everything:
      'Zmiana dotyczy kodu lub wyglądu: każda strona może wyglądać inaczej. Przejrzyj przynajmniej stronę główną i stronę jednego miasta.',
    noPages: 'Zmiana nie dotyczy żadnej strony.',
    removed: (slugs) => `Usunięte: ${slugs} (te strony znikną).`,
    check: 'Sprawdzenie treści',
    checkMissing: 'Sprawdzenie treści nie zakończyło się; zobacz dziennik przebiegu.',
    clean: (files) => `✓ Bez błędów (${plural(files, 'plik', 'pliki', 'plików')}).`,
    problems: (n) =>
      `✗ ${plural(n, 'błąd', 'błędy', 'błędów')}. Popraw każdy w pliku i wierszu podanym niżej, a sprawdzenie uruchomi się ponownie. Każdy kod jest opisany w content/README.md.`,
    field: 'pole',
    value: 'wartość',
    warnings: 'Uwagi (nie blokują tej zmiany)',
    build: 'Błąd budowania',
    buildIntro:
      'Treść jest poprawna, ale budowanie strony się nie powiodło. To zwykle nie jest błąd w tekście: poproś o pomoc opiekuna strony i przekaż mu poniższy komunikat.',
    more: (n) =>
      `…i ${plural(n, 'dalszy błąd', 'dalsze błędy', 'dalszych błędów')}: pełna lista jest w podsumowaniu przebiegu (zakładka Actions).`,
  },
  tests: {
    label: 'Testy',
    scope: {
      content: ' (zmiana dotyczy tylko treści: testy na prawdziwej treści — strony, walidator HTML, dostępność, linki)',
      all: ' (wszystkie testy)',
    },
    running: '⏳ w toku; wynik pojawi się tutaj.',
    passed: (n) => `✓ przeszły (${plural(n, 'test', 'testy', 'testów')}).`,
    failed: (n) =>
      `✗ ${plural(n, 'test nie przeszedł', 'testy nie przeszły', 'testów nie przeszło')}. Zmiany nie można opublikować, dopóki nie przejdą.`,
    more: (n) => `…i ${n} dalszych: pełna lista w dzienniku przebiegu (zakładka Actions).`,
    noResult: '✗ nie zakończyły się (zobacz dziennik przebiegu w zakładce Actions).',
  },
} satisfies EditorWords;
