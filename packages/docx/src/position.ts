// Offsets in the extracted text -> Word paragraphs. Kept free of mammoth and fflate so
// the CLI's formatters can import it without loading the .docx reader.

export interface ParagraphSpan {
  start: number;
  end: number;
}

/** Index (into `paragraphs`, sorted by start) of the last paragraph starting at or before `offset`. */
export function paragraphIndexAt(paragraphs: readonly ParagraphSpan[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps an offset in `text` to a paragraph and an offset inside it (nearest paragraph if between). */
export function toDocxPosition(
  paragraphs: ReadonlyArray<ParagraphSpan & { index: number }>,
  offset: number,
): { paragraph: number; offset: number } {
  if (paragraphs.length === 0) return { paragraph: -1, offset: 0 };
  const p = paragraphs[paragraphIndexAt(paragraphs, offset)]!;
  return { paragraph: p.index, offset: Math.max(0, Math.min(offset, p.end) - p.start) };
}
