import { defaultLocale, localeCodes, type Locale } from '../../blocks/locales.ts';
import { fill } from '../../i18n/ui/index.ts';
import type { UiDictionary } from '../../i18n/ui/schema.ts';
import type { HomeTown } from '../../model/home-town.ts';
import { partnerSchema, polishText } from '../../model/partner.ts';
import { translationSchema } from '../../model/translation.ts';
import { buildPartnerView, type PartnerView, type Text } from '../partners/partner-view.ts';
import { formFile, type FormEntry } from './form-check.ts';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Text in another language than the page's, marked with `lang` as the page marks it. */
const named = (t: Text, pageLang: string) =>
  t.lang === pageLang ? escape(t.text) : `<span lang="${escape(t.lang)}">${escape(t.text)}</span>`;

const inline = (s: string) =>
  escape(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');

/**
 * The story below the fields, in the few forms the form's editor writes (headings, lists, quotes,
 * paragraphs): enough to read it as the page lays it out.
 */
export function storyHtml(markdown: string): string {
  const blocks = markdown.trim().split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      const heading = /^(#{2,3})\s+(.*)$/.exec(block);
      if (heading && lines.length === 1)
        return `<h${heading[1]!.length}>${inline(heading[2]!)}</h${heading[1]!.length}>`;
      if (lines.every((l) => /^\s*[-*]\s+/.test(l)))
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`;
      if (lines.every((l) => /^\s*\d+\.\s+/.test(l)))
        return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+\.\s+/, ''))}</li>`).join('')}</ol>`;
      if (lines.every((l) => l.startsWith('>')))
        return `<blockquote><p>${inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '))}</p></blockquote>`;
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
}

/** The partner's page in one language, as `PartnerPage.astro` lays it out (without the locator map). */
export function pageHtml(view: PartnerView, story: string, ui: UiDictionary): string {
  const lang = view.locale;
  const facts = [
    `<dt>${escape(ui.country)}</dt><dd>${escape(view.country.name)}${view.region ? ` (${named(view.region, lang)})` : ''}</dd>`,
    view.website
      ? `<dt>${escape(view.websiteKind ? ui.websiteKinds[view.websiteKind] : ui.website)}</dt><dd><a href="${escape(view.website)}">${escape(view.website.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a></dd>`
      : '',
  ].join('');
  const events = view.events
    .map((e) => {
      const party = e.party ? `${named(e.party, lang)}: ` : '';
      const place = e.place
        ? ` <span class="place"><span class="label">${escape(ui.place)}: </span>${e.place.map((p) => named(p, lang)).join(', ')}</span>`
        : '';
      const planned = e.planned ? `<strong class="planned">${escape(ui.planned)}: </strong>` : '';
      return `<li><time datetime="${e.date.iso}">${escape(e.dateText)}</time> ${planned}${party}${named(e.title, lang)}${place}</li>`;
    })
    .join('');
  const areas = view.areas.map((a) => `<li><a href="#">${escape(a.label)}</a></li>`).join('');
  return `<main id="main" lang="${lang}">
<p class="back-link"><a href="#">${escape(ui.allPartners)}</a></p>
<div class="partner-title"><h1>${named(view.name, lang)}</h1></div>
${view.ownName.text !== view.name.text ? `<p class="own-name">${escape(ui.ownName)}: <span lang="${escape(view.ownName.lang)}">${escape(view.ownName.text)}</span></p>` : ''}
<dl class="facts">${facts}</dl>
${view.text.fallback ? `<p class="notice">${escape(ui.untranslated)}</p>` : ''}
<section><h2>${escape(ui.events)}</h2><ol class="events">${events}</ol></section>
<section><h2>${escape(ui.areas)}</h2><ul class="areas">${areas}</ul></section>
<div class="prose"${view.text.fallback ? ` lang="${view.text.lang}"` : ''}>${storyHtml(story)}</div>
</main>`;
}

/** Frontmatter fields as the build reads them: through YAML, as written to the file. */
const asRead = async (fields: Record<string, unknown>) => {
  const { readMarkdown } = await import('../check/source-file.ts');
  const result = readMarkdown('preview.md', formFile(fields));
  return result.ok ? result.source : undefined;
};

export type PreviewResult = { ok: true; html: string } | { ok: false; message: string };

/**
 * The partner's page in every language it has a text in, from the form's values, built by the same
 * functions as the site's pages; or, while the form cannot yet make a page, what is missing.
 */
export async function previewHtml(
  entry: FormEntry,
  site: { town: HomeTown; ui: Record<Locale, UiDictionary> },
): Promise<PreviewResult> {
  const facts = await asRead(entry.data);
  const parsed = facts && partnerSchema(site.town).safeParse(facts.data);
  if (!parsed?.success) {
    const issues = parsed?.error.issues.map((i) => i.path.join('.')).filter(Boolean) ?? [];
    return {
      ok: false,
      message: `Podgląd strony pojawi się, gdy pola po polsku będą wypełnione tak, jak przyjmie je strona${issues.length ? ` (do poprawy: ${[...new Set(issues)].join(', ')})` : ''}.`,
    };
  }
  const { events, ...rest } = parsed.data;
  const partner = { ...rest, events: events.map(({ id, kind, date, place }) => ({ id, kind, date, place })) };
  const texts: Partial<Record<Locale, { data: ReturnType<typeof polishText> }>> = {
    [defaultLocale]: { data: polishText(parsed.data) },
  };
  const stories: Partial<Record<Locale, string>> = { [defaultLocale]: String(entry.data.body ?? '') };
  for (const lang of localeCodes) {
    const fields = entry.texts[lang];
    if (lang === defaultLocale || !fields) continue;
    const read = await asRead(fields);
    const text = read && translationSchema(site.town).safeParse(read.data);
    if (text?.success) {
      texts[lang] = { data: text.data };
      stories[lang] = String(fields.body ?? '');
    }
  }
  const pages = localeCodes.map((lang) => {
    const ui = site.ui[lang];
    const view = buildPartnerView(entry.slug ?? '', partner as never, texts, lang, ui, {
      name: ui.townName,
      country: site.town.country,
    });
    const story = stories[view.text.lang] ?? '';
    const heading = fill(lang === defaultLocale ? 'Strona po polsku' : 'Page in {lang}', { lang: lang.toUpperCase() });
    return `<section class="cms-preview-page" aria-label="${escape(heading)}">${pageHtml(view, story, ui)}</section>`;
  });
  return { ok: true, html: pages.join('\n<hr class="cms-preview-divider">\n') };
}
