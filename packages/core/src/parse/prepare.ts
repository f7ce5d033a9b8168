// helderPrepare: wraps the parser retext-dutch sets, so it parses prose of the same
// length as the input (all offsets stay true) with markup, directives and template
// placeholders blanked or masked.

import type { Plugin, Processor } from 'unified';
import type { Root } from 'nlcst';
import type { InputFormat } from '../types.js';
import { findDirectives } from './directives.js';
import type { Prepared } from './hints.js';
import { prepareHtml } from './html.js';
import { prepareMarkdown } from './markdown.js';
import { findPlaceholders } from './placeholders.js';
import { applyEdits, neutraliseInvisible } from './prose.js';

export interface PrepareOptions {
  /** Input format; default 'text'. */
  format?: InputFormat;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by helderPrepare, read by helderDutch. */
    helderPrepared: Prepared & { format: InputFormat };
  }
}

export function prepare(text: string, format: InputFormat = 'text'): Prepared {
  const directives = findDirectives(text);
  let blocks: Prepared['blocks'] = [];
  let prose = text;
  if (format === 'markdown') ({ prose, blocks } = prepareMarkdown(text));
  else if (format === 'html') ({ prose, blocks } = prepareHtml(text));
  prose = applyEdits(prose, directives.edits);
  const masks = findPlaceholders(prose);
  prose = neutraliseInvisible(applyEdits(prose, masks));
  return {
    prose,
    blocks,
    placeholders: masks.map((m) => [m.start, m.end]),
    ignores: directives.ignores,
  };
}

/** Wraps the parser set by retext-dutch so it sees prose with non-prose blanked out. */
export const helderPrepare: Plugin<[PrepareOptions?], string, Root> = function (options = {}) {
  const self = this as unknown as Processor<Root>;
  const inner = self.parser;
  if (!inner) throw new Error('helderPrepare: use retext-dutch before helderPrepare');
  const format = options.format ?? 'text';
  self.parser = (document, file) => {
    const prepared = prepare(document, format);
    file.data.helderPrepared = { ...prepared, format };
    file.data.helder = { ...file.data.helder, doc: undefined };
    return inner(prepared.prose, file);
  };
};
