/**
 * The admin page's own script, loaded after Decap CMS's bundle (bundled by `admin-bundle.ts`): the content
 * check before every save and publication, Decap's Polish corrected, the partner's page as the preview,
 * and the local backend able to reopen any draft.
 */
import { defaultLocale, localeCodes } from '../blocks/locales.ts';
import { formMessage, formProblems, type FormEntry } from '../features/cms/form-check.ts';
import { mergePhrases, polishPhrases, type Phrases } from '../features/cms/locale-pl.ts';
import { previewHtml } from '../features/cms/preview.ts';
import { eventsWidget } from '../features/cms/admin-page.ts';
import { registerEventsWidget, type CreateClass } from '../features/cms/admin/events-widget.ts';
import { homeTown } from '../config/home-town.ts';
import { dictionaries } from '../config/ui.ts';

/** Decap's Immutable values: only what is read here. */
interface Immutable {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}

interface Backend {
  unpublishedEntryDataFile(collection: string, slug: string, path: string, id: string): Promise<unknown>;
}

interface DecapCms {
  registerEventListener(listener: { name: string; handler: (data: { entry: Immutable }) => unknown }): void;
  registerLocale(locale: string, phrases: Phrases): void;
  getLocale(locale: string): Phrases | undefined;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  getWidget(name: string): { control: unknown; preview: unknown } | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  getBackend(name: string): { init: (...args: unknown[]) => Backend } | undefined;
}

declare const CMS: DecapCms;
declare const h: (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
declare const createClass: CreateClass;
/** The site's stylesheets and what the login page says, set when the script is bundled. */
declare const ADMIN_SETTINGS: { styles: string[]; whose: string };

const partners = 'partners';

/** A partner's form as the check reads it: the Polish fields, and every other language's. */
function formEntry(entry: Immutable): FormEntry {
  const plain = (v: unknown) => (v && typeof (v as Immutable).toJS === 'function' ? (v as Immutable).toJS() : v);
  const texts: FormEntry['texts'] = {};
  for (const lang of localeCodes) {
    if (lang === defaultLocale) continue;
    texts[lang] = plain(entry.getIn(['i18n', lang, 'data'])) as Record<string, unknown> | undefined;
  }
  // The partner's folder: Decap's slug of an entry in a folder of its own is `<folder>/index`.
  const path = entry.get('newRecord') ? undefined : (entry.get('slug') as string | undefined);
  return {
    slug: path?.split('/')[0] || undefined,
    data: (plain(entry.get('data')) ?? {}) as Record<string, unknown>,
    texts,
  };
}

/** An error whose text is the message alone: Decap shows it in its notice as `%{details}`. */
class Refusal extends Error {
  override toString() {
    return this.message;
  }
}

/**
 * Decap answers a refused save with its own failure action, rejected where nothing catches it: the refusal
 * is already on screen, so it is not reported again as a page error.
 */
window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason as { error?: unknown; payload?: { error?: unknown } } | null;
  const refused = (error: unknown) => error instanceof Refusal || (typeof error === 'string' && error === lastRefusal);
  if (reason && (refused(reason.error) || refused(reason.payload?.error))) event.preventDefault();
});

/** The message of the last refusal, as Decap passes it on in its own failure action. */
let lastRefusal: string | undefined;

/** Refuses a save or a publication that the pull request's check would refuse, with the check's words. */
async function check({ entry }: { entry: Immutable }) {
  if (entry.get('collection') !== partners) return undefined;
  let problems;
  try {
    problems = await formProblems(formEntry(entry), homeTown);
  } catch (error) {
    // What the form cannot judge here, the pull request's check still does.
    console.warn('The form could not run the content check:', error);
    return undefined;
  }
  if (problems.length === 0) return undefined;
  const message = formMessage(problems);
  showRefusal(message);
  lastRefusal = message;
  throw new Refusal(message);
}

/**
 * The refusal stays on screen until the editor closes it (Decap's own notice disappears after a few
 * seconds): a dialog over the form, read by screen readers as an alert.
 */
function showRefusal(message: string) {
  document.getElementById('cms-check')?.remove();
  const box = document.createElement('div');
  box.id = 'cms-check';
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-labelledby', 'cms-check-title');
  box.style.cssText =
    'position:fixed;z-index:1000;right:16px;bottom:16px;max-width:560px;max-height:60vh;overflow:auto;background:#fff;color:#222;border:3px solid #b00020;border-radius:6px;padding:16px;font:15px/1.45 system-ui,sans-serif;white-space:pre-wrap;box-shadow:0 4px 24px rgba(0,0,0,.25)';
  const title = document.createElement('strong');
  title.id = 'cms-check-title';
  title.textContent = 'Sprawdzenie treści';
  const text = document.createElement('p');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Zamknij';
  close.addEventListener('click', () => box.remove());
  box.append(title, text, close);
  document.body.append(box);
  close.focus();
}

CMS.registerEventListener({ name: 'preSave', handler: check });
CMS.registerEventListener({ name: 'prePublish', handler: check });

registerEventsWidget(CMS, eventsWidget, h, createClass);

CMS.registerLocale('pl', mergePhrases(CMS.getLocale('pl') ?? {}, polishPhrases));

/**
 * Decap asks the backend for every language's file of a draft, and for a file the draft did not change it
 * has no blob id and sends an empty one. GitHub then reads the file by its path; the local backend
 * (decap-server) refuses the empty id ("params.id" is not allowed to be empty), the language is dropped
 * and the draft can no longer be saved. It reads by path too, so the path stands in for the id.
 */
const proxy = CMS.getBackend('proxy');
if (proxy) {
  const init = proxy.init;
  proxy.init = (...args: unknown[]) => {
    const backend = init(...args);
    const read = backend.unpublishedEntryDataFile.bind(backend);
    backend.unpublishedEntryDataFile = (collection, slug, path, id) => read(collection, slug, path, id || path);
    return backend;
  };
}

for (const href of ADMIN_SETTINGS.styles) CMS.registerPreviewStyle(href);

/** The preview: the partner's page in each language, as residents will see it. */
interface PreviewState {
  html: string;
  message: string;
}
const PartnerPreview = createClass<
  { update(): Promise<void>; [method: string]: unknown },
  { entry: Immutable },
  PreviewState
>({
  getInitialState(): PreviewState {
    return { html: '', message: '' };
  },
  componentDidMount() {
    void this.update();
  },
  componentDidUpdate(previous: { entry: Immutable }) {
    if (previous.entry !== this.props.entry) void this.update();
  },
  async update() {
    try {
      const result = await previewHtml(formEntry(this.props.entry), { town: homeTown, ui: dictionaries });
      this.setState(result.ok ? { html: result.html, message: '' } : { html: '', message: result.message });
    } catch (error) {
      this.setState({ html: '', message: `Podglądu nie da się teraz pokazać: ${String(error)}` });
    }
  },
  render() {
    const { html, message } = this.state;
    if (message) return h('p', { className: 'notice' }, message);
    return h('div', { className: 'cms-preview', dangerouslySetInnerHTML: { __html: html } });
  },
});
CMS.registerPreviewTemplate(partners, PartnerPreview);

/**
 * The sign-in page says whose site this is and what it edits; the note goes once the editor is signed in.
 * The header's "Multimedia" library is hidden: it can only list one folder, while every partner's pictures
 * lie in the partner's own folder, where the picture field of the partner's form opens them.
 */
function pageChrome() {
  const note = document.createElement('p');
  note.id = 'cms-whose';
  // Above Decap's own sign-in box, which has no heading of its own.
  note.textContent = ADMIN_SETTINGS.whose;
  note.style.cssText =
    'position:fixed;top:24px;left:0;right:0;margin:0;text-align:center;font:600 20px/1.4 system-ui,sans-serif;color:#313d3e;z-index:10';
  document.body.append(note);
  const observer = new MutationObserver(() => {
    // A list item's buttons are icons alone: they get their names (for screen readers, and to be found).
    for (const handle of document.querySelectorAll('[aria-roledescription="sortable"]')) {
      const buttons = handle.parentElement?.querySelectorAll(':scope > button') ?? [];
      if (buttons.length !== 2 || buttons[1]!.hasAttribute('aria-label')) continue;
      buttons[0]!.setAttribute('aria-label', 'Zwiń lub rozwiń');
      buttons[1]!.setAttribute('aria-label', 'Usuń z listy');
    }
    const header = document.querySelector('header');
    if (!header) return;
    note.remove();
    for (const button of header.querySelectorAll('button'))
      // Decap's header styles its buttons with `display`, which the `hidden` attribute alone does not win over.
      if (button.textContent?.trim() === 'Multimedia') button.style.display = 'none';
  });
  observer.observe(document.body, { childList: true, subtree: true });
}
pageChrome();
