// The highlight layer behind the textarea. The textarea stays a plain textarea (native
// caret, undo, IME, screen readers); a backdrop with the same text layout draws the marks.
// Letter text only ever enters the DOM as text nodes.

import type { Message } from './types.ts';

/** Split the text at every finding boundary; each covered piece becomes one <mark>. */
export function renderBackdrop(target: HTMLElement, text: string, messages: Message[]): void {
  const cuts = new Set<number>([0, text.length]);
  for (const m of messages) {
    if (m.end <= m.start || m.end > text.length) continue;
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Messages by start; a sweep keeps the ones covering the current piece.
  const order = messages
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.end > m.start && m.end <= text.length)
    .sort((a, b) => a.m.start - b.m.start);
  const frag = document.createDocumentFragment();
  let next = 0;
  let open: { m: Message; i: number }[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p]!;
    const to = points[p + 1]!;
    while (next < order.length && order[next]!.m.start <= from) open.push(order[next++]!);
    open = open.filter(({ m }) => m.end > from);
    const piece = text.slice(from, to);
    if (open.length === 0) {
      frag.append(piece);
      continue;
    }
    // The narrowest finding decides the colour; a wider one (a whole sentence) shows as an underline.
    let best = open[0]!;
    for (const o of open) if (o.m.end - o.m.start < best.m.end - best.m.start) best = o;
    const mark = document.createElement('mark');
    mark.dataset.rule = best.m.ruleId;
    mark.dataset.ids = open.map((o) => o.i).join(',');
    mark.className = `cat-${best.m.category} sev-${best.m.severity}`;
    if (open.length > 1) mark.classList.add('nested');
    mark.textContent = piece;
    frag.append(mark);
  }
  // A trailing newline needs something after it, or the backdrop is one line short.
  frag.append('\u200b');
  target.replaceChildren(frag);
}

/**
 * Keep marks in place while typing, before the new check answers: findings after the edit
 * shift, findings the edit touches disappear.
 */
export function shiftMessages(before: string, after: string, messages: Message[]): Message[] {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const out: Message[] = [];
  for (const m of messages) {
    if (m.end <= prefix) out.push(m);
    else if (m.start >= editEnd) {
      const fix = m.fix ? { ...m.fix, start: m.fix.start + delta, end: m.fix.end + delta } : undefined;
      out.push({ ...m, start: m.start + delta, end: m.end + delta, ...(fix ? { fix } : {}) });
    }
  }
  return out;
}

/** Screen rectangle of a text offset, measured in the backdrop (same layout as the textarea). */
export function rectAt(backdrop: HTMLElement, offset: number): DOMRect | undefined {
  const walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    // Strictly inside: an offset at a node's end belongs to the next node (a collapsed
    // range at a node's end has no rectangle).
    if (offset < at + len) {
      const range = document.createRange();
      const local = Math.min(offset - at, len);
      range.setStart(node, local);
      range.setEnd(node, Math.min(local + 1, len));
      const rects = range.getClientRects();
      return rects[0] ?? range.getBoundingClientRect();
    }
    at += len;
  }
  return undefined;
}
