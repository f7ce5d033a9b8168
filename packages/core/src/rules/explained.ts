// Jargon that the letter explains is no longer jargon to the reader. Writing guides ask
// to explain a legal or internal term where it must be used ("Dat heet een dwangsom",
// "Een beschikking is een besluit over u", "de dwangsom (een bedrag dat ...)"); flagging
// it there tells the writer to do what they just did. A word rule with option
// `explained: true` therefore skips a term (not a verb: "aangeleverd: een tekening" is
// no explanation) where the letter explains it, and the same term later in the letter;
// earlier uses stay flagged (explain at first use).
//
// The cues are read from tokens, in lower case:
// - before the word (articles, quotes, wij/dat/dit/ook skipped): heet, heten, noemen, noemt, noemde,
//   genoemd, zogenaamde, zogenoemde, zogeheten;
// - after it (closing quotes skipped): "(", betekent, betekenen, "wil zeggen",
//   "houdt in", oftewel, ofwel, "is/zijn een/de/het" when the word opens its clause,
//   ", dat/dit is/betekent", ": een/de/het" when the word opens its clause,
//   ", oftewel/ofwel";
// - the next sentence opening with "Dat/Dit is", "Dat/Dit betekent", "Dat/Dit wil
//   zeggen", "Daarmee/Hiermee bedoelen".

import type { Token } from '../doc.js';

const NAMING = new Set(['heet', 'heten', 'noemen', 'noemt', 'noemde', 'genoemd', 'zogenaamde', 'zogenoemde', 'zogeheten']);
const ARTICLES = new Set(['de', 'het', 'een']);
const QUOTES = new Set(["'", '"', '‘', '’', '“', '”', '«', '»']);
const MEANS = new Set(['betekent', 'betekenen', 'oftewel', 'ofwel']);
const THAT = new Set(['dat', 'dit']);

function lower(tokens: readonly Token[], i: number): string | undefined {
  return i >= 0 && i < tokens.length ? tokens[i]!.lower : undefined;
}

/**
 * The word opens its clause, after an article or not: "Een dwangsom is een …" defines,
 * "Uw bezwaarschrift is een week te laat" does not.
 */
function opensClause(tokens: readonly Token[], from: number): boolean {
  let i = from - 1;
  while (i >= 0 && QUOTES.has(tokens[i]!.value)) i--;
  if (i >= 0 && ARTICLES.has(tokens[i]!.lower)) i--;
  return i < 0 || tokens[i]!.kind === 'punctuation';
}

/** "X betekent", "Een X is een", "X (…", "X, dat is", "X oftewel" from token `at` on. */
function definedAfter(tokens: readonly Token[], from: number, at: number): boolean {
  let i = at;
  while (i < tokens.length && QUOTES.has(tokens[i]!.value)) i++;
  const a = lower(tokens, i);
  const b = lower(tokens, i + 1);
  const c = lower(tokens, i + 2);
  if (a === undefined) return false;
  if (a === '(' || MEANS.has(a)) return true;
  // "Dwangsom: een bedrag dat …" defines; "Kosten van de naheffingsaanslag: € 75,70" and
  // "Waardepeildatum: 1 januari 2025" are labels.
  if (a === ':' && b !== undefined && ARTICLES.has(b) && opensClause(tokens, from)) return true;
  if ((a === 'wil' && b === 'zeggen') || (a === 'houdt' && b === 'in')) return true;
  if ((a === 'is' || a === 'zijn') && b !== undefined && ARTICLES.has(b) && opensClause(tokens, from)) return true;
  if (a === ',' && b !== undefined && (MEANS.has(b) || (THAT.has(b) && (c === 'is' || c === 'betekent')))) return true;
  return false;
}

/** Words between a naming verb and the word: "noemen wij dat een 'X'". */
const BETWEEN = new Set(['de', 'het', 'een', 'wij', 'we', 'dat', 'dit', 'ook', 'wel', 'men']);

/** "heet een X", "de zogenaamde X", "noemen wij dat een 'X'" before token `at`. */
function namedBefore(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  for (let skipped = 0; i >= 0 && skipped < 5; skipped++) {
    const t = tokens[i]!;
    if (!QUOTES.has(t.value) && !BETWEEN.has(t.lower)) break;
    i--;
  }
  const word = lower(tokens, i);
  return word !== undefined && NAMING.has(word);
}

/** "Dat is …", "Dit betekent …", "Hiermee bedoelen …" opening the next sentence. */
function explainedNext(next: readonly Token[] | undefined): boolean {
  if (!next) return false;
  const a = lower(next, 0);
  const b = lower(next, 1);
  if (a !== undefined && THAT.has(a)) return b === 'is' || b === 'betekent' || (b === 'wil' && lower(next, 2) === 'zeggen');
  return (a === 'daarmee' || a === 'hiermee') && (b === 'bedoelen' || b === 'bedoelt' || b === 'wordt');
}

/**
 * Whether the word at tokens[from, to) of a sentence is explained where it stands:
 * named by an explanation before it, defined right after it, or in the next sentence.
 */
export function explainedAt(tokens: readonly Token[], from: number, to: number, next: readonly Token[] | undefined): boolean {
  return namedBefore(tokens, from) || definedAfter(tokens, from, to) || explainedNext(next);
}
