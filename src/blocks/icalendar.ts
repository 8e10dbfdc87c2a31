/**
 * The small part of iCalendar (RFC 5545) the site writes: content lines with parameters, TEXT escaping,
 * and folding at 75 octets with CRLF line ends.
 */

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one character (a code point), without encoding it. */
const octetsOf = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation lines begin
 * with one space, which counts towards their 75. Breaks fall between characters, never inside one.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= 75 && /^[\x00-\x7f]*$/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A property: name, value (already escaped where it is TEXT) and optional parameters. */
export type Property = [name: string, value: string, params?: Record<string, string>];

/** A component (`VEVENT`…) with its properties. */
export interface Component {
  name: string;
  properties: Property[];
}

function contentLine([name, value, params]: Property): string {
  const paramText = Object.entries(params ?? {})
    .map(([k, v]) => `;${k}=${/[;:,]/.test(v) ? `"${v}"` : v}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}

/** A whole VCALENDAR: its properties, then each component; CRLF after every line. */
export function writeCalendar(properties: Property[], components: Component[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    ...properties.map(contentLine),
    ...components.flatMap((c) => [`BEGIN:${c.name}`, ...c.properties.map(contentLine), `END:${c.name}`]),
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${l}\r\n`).join('');
}
