import type { Definition, Heading, Html, Image, Link, Paragraph, Root, Text } from 'mdast';
import { VFile } from 'vfile';
import { linter, parser } from './lint-rules.ts';
import type { Problem } from '../../model/problem.ts';
import { missingAlt } from '../../model/image-problems.ts';
import { isPlaceholder } from '../authoring/scaffold.ts';
import { hostileHtml, isUnsafeUrl, urlScheme } from '../../blocks/unsafe-markup.ts';

/** Polish for each lint rule; the English is remark-lint's own reason, which names the exact fix. */
const rulesPl: Record<string, string> = {
  'final-newline': 'Plik musi kończyć się pustą linią (znakiem nowej linii).',
  'list-item-bullet-indent': 'Punkt listy nie może być wcięty: zacznij „- ” od początku linii.',
  'list-item-indent': 'Po znaku punktu listy („-” lub „1.”) ma stać dokładnie jedna spacja.',
  'list-item-content-indent': 'Treść punktów listy musi być wcięta tak samo w całej liście.',
  'no-blockquote-without-marker': 'Każda linia cytatu musi zaczynać się od „>”.',
  'no-literal-urls':
    'Goły adres w tekście: zapisz go jako link w nawiasach ostrych <https://…> albo [opis](https://…).',
  'ordered-list-marker-style': 'Numeruj listę z kropką: „1.”, nie „1)”.',
  'ordered-list-marker-value': 'Numery listy muszą być spójne (1., 2., 3. albo wszędzie 1.).',
  'hard-break-spaces': 'Ręczne łamanie linii spacjami na końcu: zostaw jedną pustą linię między akapitami.',
  'no-duplicate-definitions': 'Ta sama definicja linku wpisana dwa razy.',
  'no-heading-content-indent': 'Po „#” w nagłówku ma stać dokładnie jedna spacja.',
  'no-shortcut-reference-image': 'Obraz w skróconej postaci: użyj ![opis](adres).',
  'no-shortcut-reference-link':
    'Link w skróconej postaci [tekst]: podaj adres, [tekst](https://…). Zwykłe nawiasy kwadratowe poprzedź ukośnikiem: \\[.',
  'no-undefined-references':
    'Odwołanie do linku, który nie ma definicji: podaj adres, [tekst](https://…). Zwykłe nawiasy kwadratowe poprzedź ukośnikiem: \\[.',
  'no-unused-definitions': 'Definicja linku, z której nic nie korzysta: usuń ją.',
  'blockquote-indentation': 'Cytaty muszą mieć spójne wcięcie po „>”.',
  'checkbox-character-style': 'Pola wyboru w listach muszą być zapisane spójnie.',
  'code-block-style': 'Bloki kodu muszą być zapisane spójnie.',
  'emphasis-marker': 'Kursywę zaznaczaj w całym pliku tak samo: *tekst* albo _tekst_.',
  'fenced-code-marker': 'Bloki kodu muszą używać tych samych znaczników (``` albo ~~~).',
  'heading-style': 'Nagłówki zapisuj w całym pliku tak samo, ze znakami „#” na początku linii (## Tytuł).',
  'heading-increment': 'Poziomy nagłówków rosną o jeden: po „##” może być „###”, nie „####”.',
  'link-title-style': 'Tytuły linków muszą być w tych samych cudzysłowach.',
  'rule-style': 'Linie poziome muszą być zapisane spójnie.',
  'strong-marker': 'Pogrubienie zaznaczaj w całym pliku tak samo: **tekst** albo __tekst__.',
  'table-cell-padding': 'Komórki tabel muszą mieć spójne odstępy.',
  'unordered-list-marker-style': 'Punkty list zaczynaj w całym pliku tym samym znakiem: „-” (zalecany) albo „*”.',
  'no-empty-url': 'Link bez adresu: wpisz adres w nawiasach, [tekst](https://…).',
};

/**
 * Lints one Markdown file and refuses what must not reach a public page: raw HTML (hostile elements
 * and event handlers named as such), links to `javascript:`, `data:` and `vbscript:` addresses, and a
 * level-1 heading (the page's title is its only `#` heading).
 */
export async function markdownProblems(
  file: string,
  source: string,
  options: {
    checkImage?: (url: string) => Omit<Problem, 'line' | 'column'>[];
    /** A full address the messages give as an example of a link (the town office's site). */
    exampleUrl: string;
  },
): Promise<Problem[]> {
  const { checkImage, exampleUrl } = options;
  // A byte-order mark (which some Windows editors write) hides the frontmatter from the Markdown parser;
  // Astro reads the file the same with or without it, so it is simply not looked at.
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const vfile = new VFile({ path: file, value: text });
  const tree = parser.parse(vfile) as Root;
  // remark-lint creates an Error (a VFileMessage) for every list item and heading its "consistent" rules
  // compare, problem or not; nobody reads their stack traces, which were a third of the lint's time.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    linter.runSync(tree, vfile);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // One problem per rule and file, listing the other lines: a list with the other marker is one mistake.
  const byRule = new Map<string, { first: (typeof vfile.messages)[number]; lines: number[] }>();
  for (const m of vfile.messages) {
    const rule = m.ruleId ?? m.reason;
    const seen = byRule.get(rule);
    if (seen) seen.lines.push(m.line ?? 0);
    else byRule.set(rule, { first: m, lines: [] });
  }
  const problems: Problem[] = [...byRule.values()].map(({ first: m, lines }) => ({
    file,
    ...(m.line ? { line: m.line, column: m.column ?? 1 } : {}),
    code: 'markdown-style' as const,
    pl: `${rulesPl[m.ruleId ?? ''] ?? 'Popraw zapis Markdown zgodnie z opisem po angielsku.'}${lines.length ? ` Również w liniach: ${lines.join(', ')}.` : ''} (${m.ruleId})`,
    en: `${m.reason}.${lines.length ? ` Also on lines ${lines.join(', ')}.` : ''} (${m.ruleId})`,
  }));

  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) =>
    node.position ? { line: node.position.start.line, column: node.position.start.column } : {};

  const htmlLines = new Set<number | undefined>();
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'html') {
      const html = (node as Html).value;
      const line = (node as Html).position?.start.line;
      // `<b>…</b>` in a paragraph is two HTML nodes: one message, at the opening tag, is enough.
      if (/^<\/[a-z][a-z0-9-]*\s*>$/i.test(html.trim()) && htmlLines.has(line)) return;
      htmlLines.add(line);
      const hostile = hostileHtml(html);
      const shown = html.length > 60 ? `${html.slice(0, 57)}…` : html;
      problems.push(
        hostile
          ? {
              file,
              ...at(node as Html),
              value: shown,
              code: 'hostile-markup',
              pl: `Niedozwolony kod HTML (${hostile}): strona nie może uruchamiać skryptów, osadzać innych stron ani zmieniać wyglądu. Usuń go; tekst zapisz w Markdown, a link jako [tekst](https://…).`,
              en: `Markup that is not allowed (${hostile}): a page may not run scripts, embed other sites or restyle itself. Remove it; write the text in Markdown and a link as [text](https://…).`,
            }
          : {
              file,
              ...at(node as Html),
              value: shown,
              code: 'raw-html',
              pl: 'Kod HTML w tekście nie zostanie wyświetlony jako formatowanie. Użyj Markdown: **pogrubienie**, *kursywa*, [link](https://…), „- ” dla list, pusta linia między akapitami.',
              en: 'HTML in the text is not shown as formatting. Use Markdown: **bold**, *italic*, [link](https://…), "- " for lists, an empty line between paragraphs.',
            },
      );
    }
    if (node.type === 'link' || node.type === 'definition') {
      const relative = schemelessLink((node as Link | Definition).url, exampleUrl);
      if (relative) problems.push({ file, ...at(node as Link), ...relative });
    }
    if (node.type === 'image') {
      const image = node as Image;
      if (!isUnsafeUrl(image.url)) {
        if (!image.alt?.trim()) {
          problems.push(
            missingAlt({ file, ...at(image) }, image.url, {
              pl: '![Rynek w Riom w dniu podpisania porozumienia](rynek.jpg).',
              en: '![Riom market square on the day of the signing](rynek.jpg).',
            }),
          );
        }
        for (const problem of checkImage?.(image.url) ?? []) problems.push({ ...problem, ...at(image) });
      }
    }
    if (node.type === 'paragraph') {
      const problem = plainTextFormatting(node as Paragraph, lines);
      if (problem) problems.push({ file, ...at(node as Paragraph), ...problem });
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as Link | Image | Definition).url;
      if (isUnsafeUrl(url)) {
        problems.push({
          file,
          ...at(node as Link),
          value: url.length > 60 ? `${url.slice(0, 57)}…` : url,
          code: 'unsafe-link',
          pl: `Link do adresu „${urlScheme(url)}:” jest niedozwolony (może uruchomić kod w przeglądarce czytelnika). Linkuj tylko do stron https://… lub adresów mailto:.`,
          en: `A link to a "${urlScheme(url)}:" address is not allowed (it can run code in the reader's browser). Link only to https://… pages or mailto: addresses.`,
        });
      }
    }
    if (node.type === 'text' && isPlaceholder((node as Text).value)) {
      problems.push({
        file,
        ...at(node as Text),
        code: 'placeholder',
        pl: 'Zastąp TODO właściwym tekstem.',
        en: 'Replace TODO with the real text.',
      });
    }
    if (node.type === 'heading' && (node as Heading).depth === 1) {
      problems.push({
        file,
        ...at(node as Heading),
        code: 'heading-level-1',
        pl: 'Nagłówek „# …” jest zarezerwowany dla tytułu strony. Zacznij od „## …”.',
        en: 'A "# …" heading is reserved for the page title. Start with "## …".',
      });
    }
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return problems;
}

const shorten = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);

/**
 * A link without a scheme (`[strona](www.riom.net)`) is relative to the page it is on, so the reader
 * lands on a missing page of this site. Says what the full address is, when that is clear.
 */
export function schemelessLink(
  url: string,
  exampleUrl: string,
): Pick<Problem, 'code' | 'value' | 'pl' | 'en'> | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  const email = /^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(trimmed);
  const host = /^(\/\/)?[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}([/:?#]|$)/u.test(trimmed);
  const fixed = email ? `mailto:${trimmed}` : host ? `https://${trimmed.replace(/^\/\//, '')}` : undefined;
  return {
    code: 'link-without-scheme',
    value: shorten(url),
    pl: fixed
      ? `Adres linku nie zaczyna się od ${email ? 'mailto:' : 'https://'}, więc przeglądarka szukałaby go na tej stronie i czytelnik trafiłby na błąd „nie ma takiej strony”. Wpisz: (${fixed})`
      : `Link prowadzi do adresu bez https://, względnego wobec tej strony, więc po opublikowaniu nigdzie by nie prowadził. Podaj pełny adres, np. [tekst](${exampleUrl}…).`,
    en: fixed
      ? `The link's address does not start with ${email ? 'mailto:' : 'https://'}, so the browser would look for it on this site and the reader would get "page not found". Write: (${fixed})`
      : `The link points to an address without https://, relative to this page, so once published it would lead nowhere. Give the full address, e.g. [text](${exampleUrl}…).`,
  };
}

const bulletLike = /^\s*[–—•·▪●◦‣]\s/;

/**
 * Text that looks formatted in the file but would not be: `##Historia` (no space, so not a heading) and
 * lines begun with a dash or bullet from a word processor (joined into one paragraph, not a list).
 */
function plainTextFormatting(
  node: Paragraph,
  lines: string[],
): Pick<Problem, 'code' | 'value' | 'pl' | 'en'> | undefined {
  if (!node.position) return undefined;
  const own = lines.slice(node.position.start.line - 1, node.position.end.line);
  const first = own[0]?.trim() ?? '';
  const heading = /^(#{1,6})([^\s#].*)$/.exec(first);
  if (heading && node.children[0]?.type === 'text') {
    return {
      code: 'heading-without-space',
      value: first,
      pl: `Bez spacji po „${heading[1]}” linia nie jest nagłówkiem i zostałaby pokazana ze znakami #. Wpisz: ${heading[1]} ${heading[2]}`,
      en: `Without a space after "${heading[1]}" the line is not a heading and would be shown with the # signs. Write: ${heading[1]} ${heading[2]}`,
    };
  }
  const bullets = own.filter((line) => bulletLike.test(line));
  if (bullets.length >= 2) {
    return {
      code: 'plain-text-list',
      value: bullets[0]!.trim(),
      pl: `Linie zaczęte od „${bullets[0]!.trim()[0]}” (znak z edytora tekstu) nie tworzą listy: zostałyby złączone w jeden akapit. Każdy punkt listy zacznij od „- ” (łącznik i spacja), np. „- ${bullets[0]!.trim().slice(1).trim()}”.`,
      en: `Lines begun with "${bullets[0]!.trim()[0]}" (a word processor's bullet) do not make a list: they would be joined into one paragraph. Start each item with "- " (a hyphen and a space), e.g. "- ${bullets[0]!.trim().slice(1).trim()}".`,
    };
  }
  return undefined;
}
