// Pasting from Word or a web mail: keep the letter's structure as plain text (paragraphs,
// headings, list items), drop every bit of formatting. DOMParser builds an inert document:
// scripts in the pasted HTML never run and nothing is fetched.

const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const LINE = new Set(['DIV', 'TR', 'LI', 'DT', 'DD', 'ADDRESS']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'HEAD', 'TITLE', 'META', 'LINK', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'OBJECT', 'IFRAME', 'XML']);

class Out {
  text = '';
  /** Make sure the output ends in at least `n` line breaks (never at the very start). */
  breaks(n: number): void {
    if (this.text === '') return;
    let have = 0;
    for (let i = this.text.length - 1; i >= 0 && this.text[i] === '\n'; i--) have++;
    if (have < n) this.text = this.text.replace(/[ \t]+$/, '') + '\n'.repeat(n - have);
  }
  add(s: string): void {
    const collapsed = s.replace(/[ \t\r\n\f]+/g, ' ');
    if (collapsed === ' ' && (this.text === '' || /[\n ]$/.test(this.text))) return;
    this.text += /\n$/.test(this.text) || this.text === '' ? collapsed.replace(/^ /, '') : collapsed;
  }
}

/** Word marks list paragraphs with a class (MsoListParagraph...) or an mso-list style. */
function wordListItem(el: Element): 'first' | 'next' | undefined {
  const cls = el.getAttribute('class') ?? '';
  const style = el.getAttribute('style') ?? '';
  if (!/MsoListParagraph/i.test(cls) && !/mso-list:\s*l\d/i.test(style)) return undefined;
  return /CxSpMiddle|CxSpLast/i.test(cls) ? 'next' : 'first';
}

function isWordBullet(el: Element): boolean {
  return /mso-list:\s*Ignore/i.test(el.getAttribute('style') ?? '');
}

function walk(node: Node, out: Out, listDepth: { ordered: boolean; n: number }[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.add(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isWordBullet(el)) continue;
    if (tag === 'BR') {
      out.text += '\n';
      continue;
    }
    const word = wordListItem(el);
    if (word) {
      out.breaks(word === 'first' ? 2 : 1);
      out.text += '- ';
      walk(el, out, listDepth);
      out.breaks(1);
      continue;
    }
    if (tag === 'UL' || tag === 'OL') {
      out.breaks(listDepth.length ? 1 : 2);
      listDepth.push({ ordered: tag === 'OL', n: 0 });
      walk(el, out, listDepth);
      listDepth.pop();
      out.breaks(listDepth.length ? 1 : 2);
      continue;
    }
    if (tag === 'LI') {
      out.breaks(1);
      const list = listDepth[listDepth.length - 1];
      const indent = '  '.repeat(Math.max(0, listDepth.length - 1));
      if (list) out.text += indent + (list.ordered ? `${++list.n}. ` : '- ');
      else out.text += '- ';
      walk(el, out, listDepth);
      out.breaks(1);
      continue;
    }
    if (tag === 'TD' || tag === 'TH') {
      walk(el, out, listDepth);
      out.add(' ');
      continue;
    }
    const n = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0;
    if (n) out.breaks(n);
    walk(el, out, listDepth);
    if (n) out.breaks(n);
  }
}

export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out = new Out();
  walk(doc.body, out, []);
  return out.text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}
