/**
 * Decap CMS's Polish phrases that it leaves in English or gets wrong, in correct Polish: registered over its
 * own Polish locale in the admin page (`CMS.registerLocale`). Keys follow Decap's locale files
 * (decap-cms-locales, `en/index.js`); `%{…}` are its placeholders, kept as they are.
 */
export type Phrases = { [key: string]: string | Phrases };

export const polishPhrases: Phrases = {
  auth: { loginWithForgejo: 'Zaloguj się przez Forgejo' },
  collection: {
    collectionTop: {
      viewAsList: 'Widok listy',
      viewAsGrid: 'Widok siatki',
      newButton: 'Dodaj: %{collectionLabel}',
    },
    entries: { unpublishedHeader: 'Nieopublikowane zmiany' },
  },
  editor: {
    editorControl: {
      field: { optional: 'nieobowiązkowe', widgetLabel: 'Pole formularza' },
    },
    editorControlPane: {
      widget: {
        // Decap puts the field's label first, whatever its grammatical gender: the sentence says "pole".
        required: 'Pole „%{fieldLabel}” jest wymagane.',
        regexPattern: 'Pole „%{fieldLabel}” nie pasuje do wymaganego zapisu: %{pattern}',
        processing: 'Pole „%{fieldLabel}” jest jeszcze przetwarzane.',
        range: 'Pole „%{fieldLabel}” musi mieć wartość od %{minValue} do %{maxValue}.',
        min: 'Pole „%{fieldLabel}” musi mieć wartość co najmniej %{minValue}.',
        max: 'Pole „%{fieldLabel}” może mieć wartość najwyżej %{maxValue}.',
        rangeCount: 'Lista „%{fieldLabel}” musi mieć od %{minCount} do %{maxCount} pozycji.',
        rangeCountExact: 'Lista „%{fieldLabel}” musi mieć dokładnie %{count} poz.',
        rangeMin: 'Lista „%{fieldLabel}” musi mieć co najmniej %{minCount} poz.',
        rangeMax: 'Lista „%{fieldLabel}” może mieć najwyżej %{maxCount} poz.',
      },
      i18n: {
        writingInLocale: 'Pisz w języku %{locale}',
        copyFromLocale: 'Wypełnij na podstawie innego języka',
        copyFromLocaleConfirm:
          'Wypełnić pola tekstem z języka %{locale}?\nWszystko, co jest teraz w tych polach, zostanie zastąpione.',
      },
    },
    editorInterface: {
      toggleI18n: 'Pokaż drugi język obok',
      togglePreview: 'Pokaż podgląd strony',
      toggleNotes: 'Pokaż notatki',
    },
    editorNotesPane: {
      title: 'Notatki',
      emptyState: 'Nie ma jeszcze notatek. Dodaj pierwszą poniżej.',
      addNote: 'Dodaj notatkę',
      addPlaceholder: 'Dodaj notatkę…',
      editPlaceholder: 'Popraw notatkę…',
      save: 'Zapisz',
      cancel: 'Anuluj',
      edit: 'Popraw',
      delete: 'Usuń',
      resolve: 'Oznacz jako załatwioną',
      unresolve: 'Oznacz jako niezałatwioną',
      confirmDelete: 'Na pewno usunąć tę notatkę?',
      shortcut: 'Podpowiedź: Ctrl+Enter dodaje notatkę',
    },
    editorToolbar: { status: 'Stan: %{status}' },
    editorWidgets: {
      markdown: {
        strikethrough: 'Przekreślenie',
        link: 'Odnośnik',
        markdown: 'Zapis tekstowy',
        toggleMode: { rich: 'Przełącz na edytor tekstu', markdown: 'Przełącz na zapis tekstowy' },
      },
      image: { chooseMultiple: 'Wybierz zdjęcia', addMore: 'Dodaj zdjęcia', removeAll: 'Usuń wszystkie zdjęcia' },
      file: { chooseMultiple: 'Wybierz pliki', addMore: 'Dodaj pliki', removeAll: 'Usuń wszystkie pliki' },
      datetime: { setToNow: 'Ustaw teraz' },
      object: { expand: 'Rozwiń', collapse: 'Zwiń' },
    },
  },
  mediaLibrary: {
    mediaLibraryModal: { close: 'Zamknij' },
    mediaLibrary: {
      fileTooLarge:
        'Plik jest za duży: najwyżej %{size} kB. Zmniejsz zdjęcie (np. w programie Paint: Zmień rozmiar, do ok. 2400 pikseli szerokości) i zapisz je jako JPEG.',
    },
  },
  ui: {
    settingsDropdown: { account: 'Konto' },
    toast: {
      onFailToPersist: 'Nie zapisano: %{details}',
      onFailToPublishEntry: 'Nie opublikowano: %{details}',
      noteAdded: 'Dodano notatkę',
      onFailToAddNote: 'Nie udało się dodać notatki: %{details}',
      noteUpdated: 'Poprawiono notatkę',
      onFailToUpdateNote: 'Nie udało się poprawić notatki: %{details}',
      noteDeleted: 'Usunięto notatkę',
      onFailToDeleteNote: 'Nie udało się usunąć notatki: %{details}',
      noteResolved: 'Notatka załatwiona',
      noteReopened: 'Notatka otwarta ponownie',
      onFailToToggleNote: 'Nie udało się zmienić stanu notatki: %{details}',
    },
  },
  workflow: {
    // Decap writes dates with this pattern in English month names; numbers read the same in Polish.
    workflow: { dateFormat: 'D.MM.YYYY' },
    workflowCard: { lastChangeNoAuthor: 'Zmieniono %{date}' },
  },
};

/** `base` with `over` laid on it, key by key. */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] =
      typeof value === 'object' && typeof below === 'object' ? mergePhrases(below, value) : (value as string);
  }
  return merged;
}
