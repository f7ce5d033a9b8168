// Parse step: prepare the input (format -> prose with the same offsets), let
// retext-dutch parse it, then correct its Dutch sentence and token decisions and derive
// the LetterDoc every later step reads.
// NOTE: first cut; the parse work (issue 2, item 3) replaces the internals.

import type { Plugin, Processor } from 'unified';
import type { Root, Sentence as NlcstSentence, Paragraph as NlcstParagraph } from 'nlcst';
import { unified } from 'unified';
import retextDutch from 'retext-dutch';
import { VFile } from 'vfile';
import type { InputFormat } from '../types.js';
import type { LetterDoc, Sentence, Paragraph, Token } from '../doc.js';

export interface PrepareOptions {
  format?: InputFormat;
}

/** Wraps the parser set by retext-dutch so it sees prose with non-prose blanked out. */
export const helderPrepare: Plugin<[PrepareOptions?], string, Root> = function (options = {}) {
  const self = this as unknown as Processor<Root>;
  const inner = self.parser;
  if (!inner) throw new Error('helderPrepare: use retext-dutch before helderPrepare');
  const format = options.format ?? 'text';
  self.parser = (document, file) => {
    file.data.helder = { ...file.data.helder, doc: undefined };
    (file.data as Record<string, unknown>).helderFormat = format;
    return inner(document, file);
  };
};

function tokenOf(node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } } }, text: string): Token | undefined {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? 0;
  if (node.type === 'WhiteSpaceNode') return undefined;
  const value = text.slice(start, end);
  const kind = node.type === 'WordNode' ? 'word' : node.type === 'PunctuationNode' ? 'punctuation' : 'symbol';
  return { kind, value, lower: value.toLowerCase(), start, end };
}

/** Builds the LetterDoc from the nlcst tree. */
export const helderDutch: Plugin<[], Root> = function () {
  return (tree, file) => {
    const text = String(file.value);
    const format = ((file.data as Record<string, unknown>).helderFormat as InputFormat) ?? 'text';
    const doc: LetterDoc = { text, format, paragraphs: [], sentences: [], opaque: [], ignores: [] };
    for (const para of tree.children) {
      if (para.type !== 'ParagraphNode') continue;
      const p: Paragraph = {
        index: doc.paragraphs.length,
        start: para.position?.start.offset ?? 0,
        end: para.position?.end.offset ?? 0,
        block: 'paragraph',
        sentences: [],
      };
      for (const s of (para as NlcstParagraph).children) {
        if (s.type !== 'SentenceNode') continue;
        const tokens: Token[] = [];
        for (const n of (s as NlcstSentence).children) {
          const t = tokenOf(n, text);
          if (t) tokens.push(t);
        }
        const sentence: Sentence = {
          index: doc.sentences.length,
          start: s.position?.start.offset ?? 0,
          end: s.position?.end.offset ?? 0,
          tokens,
          words: tokens.filter((t) => t.kind === 'word'),
          paragraph: p.index,
          block: 'paragraph',
        };
        p.sentences.push(sentence.index);
        doc.sentences.push(sentence);
      }
      doc.paragraphs.push(p);
    }
    file.data.helder = { ...file.data.helder, doc };
  };
};

const letterParser = unified().use(retextDutch).use(helderPrepare).use(helderDutch).freeze();
const parsers = new Map<InputFormat, typeof letterParser>();

/** The LetterDoc of a text, without measures or rules. */
export function parseLetter(text: string, format: InputFormat = 'text'): LetterDoc {
  let parser = parsers.get(format);
  if (!parser) {
    parser = unified().use(retextDutch).use(helderPrepare, { format }).use(helderDutch).freeze();
    parsers.set(format, parser);
  }
  void letterParser;
  const file = new VFile({ value: text });
  parser.runSync(parser.parse(file), file);
  return file.data.helder!.doc!;
}
