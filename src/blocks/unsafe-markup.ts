/**
 * What may not reach a public page from staff-written Markdown. Shared by the check (which refuses it
 * with a message) and the renderer guard (which escapes it if the check was skipped).
 */

/** Elements that run code, embed other sites or restyle the page. */
export const hostileTags = [
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'frame',
  'frameset',
  'applet',
  'base',
  'form',
  'link',
  'meta',
  'svg',
  'math',
];

const hostileTag = new RegExp(`<\\s*/?\\s*(${hostileTags.join('|')})\\b`, 'i');
/** `onclick=`, `onerror =`… inside a tag. */
const eventHandler = /<[^>]*\s(on[a-z]+)\s*=/i;
const scriptUrlInHtml = /(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i;

/** URL schemes that run code or smuggle a document in a link. */
const unsafeSchemes = ['javascript', 'vbscript', 'data'];

/**
 * The scheme of a URL as a browser sees it: browsers drop ASCII whitespace and control characters
 * inside the scheme (`java\tscript:` runs), and compare it case-insensitively.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export function isUnsafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && unsafeSchemes.includes(scheme);
}

/** Why a piece of raw HTML is hostile (the tag or attribute to name), or undefined if it is merely HTML. */
export function hostileHtml(html: string): string | undefined {
  const tag = hostileTag.exec(html);
  if (tag) return `<${tag[1]!.toLowerCase()}>`;
  const handler = eventHandler.exec(html);
  if (handler) return `${handler[1]!.toLowerCase()}=`;
  const url = scriptUrlInHtml.exec(html);
  if (url) return url[0].replace(/\s+/g, '');
  return undefined;
}
