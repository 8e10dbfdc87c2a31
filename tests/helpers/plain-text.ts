import { HTMLElement, TextNode, type Node } from 'node-html-parser';

/**
 * Elements that a client without CSS (a text browser, a reader mode, a copy of the text) runs on in the
 * same line as their neighbours: HTML's phrasing elements, and the drawing elements of inline SVG, whose
 * text `textContent` joins. Every other element starts and ends a block.
 */
const inline = new Set(
  (
    'a abbr b bdi bdo button cite code data del dfn em i img input ins kbd label mark meter output picture ' +
    'progress q ruby rp rt s samp select small source span strong sub sup textarea time u var ' +
    'svg g text tspan textpath use image circle rect line path polyline polygon ellipse'
  ).split(' '),
);

/** Never shown as text: the head, scripts, and the title and description of an SVG drawing. */
const unseen = new Set(['head', 'script', 'style', 'template', 'title', 'desc']);

export interface PlainText {
  /** The text, block elements on lines of their own. */
  text: string;
  /** Where two words meet at an element boundary with nothing between them: `…partnerskie|Żywiec…`. */
  runTogether: string[];
}

/**
 * The text of an element as a client without CSS gets it. Two texts meet without a space wherever an
 * inline element starts or ends between them; when a letter, digit or closing punctuation then touches a
 * letter or digit, two words have run into one (`Miasta partnerskie<small>Żywiec</small>`). A `<wbr>`
 * marks a place to break a long word, not a word boundary.
 */
export function plainText(root: HTMLElement): PlainText {
  let text = '';
  const runTogether: string[] = [];
  // What lies between the text written so far and the next: nothing, an inline tag, a <wbr>, a block.
  let between: 'nothing' | 'inline' | 'wbr' | 'block' = 'block';

  const emit = (piece: string) => {
    if (piece === '') return;
    if (between === 'inline' && /[\p{L}\p{N}.,;:!?)”]$/u.test(text) && /^[\p{L}\p{N}(„“]/u.test(piece)) {
      runTogether.push(
        `…${text.slice(-30).replace(/\s+/g, ' ').trimStart()}|${piece.slice(0, 30).replace(/\s+/g, ' ')}…`,
      );
    }
    text += piece;
    between = 'nothing';
  };
  const block = () => {
    if (!text.endsWith('\n')) text += '\n';
    between = 'block';
  };
  const walk = (node: Node) => {
    if (node instanceof TextNode) return emit(node.text);
    if (!(node instanceof HTMLElement)) return;
    const tag = node.rawTagName?.toLowerCase() ?? '';
    if (unseen.has(tag) || node.hasAttribute('hidden')) return;
    if (tag === 'br') return block();
    if (tag === 'wbr') {
      if (between === 'nothing') between = 'wbr';
      return;
    }
    const isInline = inline.has(tag);
    const edge = () => (isInline ? between === 'nothing' && (between = 'inline') : block());
    if (tag) edge();
    node.childNodes.forEach(walk);
    if (tag) edge();
  };
  walk(root);
  return {
    text: text
      .replace(/[ \t]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n+/g, '\n')
      .trim(),
    runTogether,
  };
}
