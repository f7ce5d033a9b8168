// Derives the compact lexicon that @helder/core ships (packages/core/data/lexicon.json)
// from the LiNT-II data in ../shared/data/lint-ii. Run by hand when that data changes:
//   node scripts/build-data.mjs [path/to/lint-ii]
// The output is committed; nothing at run time or in CI reads ../shared.
//
// What is kept, and why:
// - Zipf frequency (SUBTLEX-NL, already log-scaled) for lower-case alphabetic forms only
//   (names, numbers and multi-word entries never reach a lookup), rounded to 1 decimal
//   (LiNT-II's formula weighs Zipf by 17.3, so 0.05 rounding moves a score < 1 point).
//   Forms seen once in the corpus (Zipf 1.66) are dropped: they are 60% of the list and
//   only 0.3 above the value for unknown words (1.36), which the engine uses instead.
// - As LiNT-II does, a compound noun from the noun list gets the frequency of its head
//   ("gezondheidszorg" counts as "zorg"): the value stored for it is the head's Zipf.
// - Noun semantic type (super_sem_type concrete / abstract / undefined) for every
//   alphabetic noun in the list.
// - The frequency skiplist (forms LiNT-II leaves out of the mean) and manner adverbs
//   (the only adverbs LiNT-II counts as content words).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2] ?? join(root, '..', 'shared', 'data', 'lint-ii');
const outDir = join(root, 'packages', 'core', 'data');

function table(name) {
  const text = gunzipSync(readFileSync(join(source, name))).toString('utf8');
  const [head, ...rows] = text.split('\n').filter((l) => l.length > 0);
  const cols = head.split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').trim()]));
  });
}

// Lower-case letters (with Dutch diacritics), inner apostrophe or hyphen allowed.
const WORD = /^[a-zà-öø-ÿ]+(?:['-][a-zà-öø-ÿ]+)*$/;
const MIN_ZIPF = 1.7;

const freq = new Map();
for (const row of table('subtlex_wordfreq.tsv.gz')) {
  const word = row.word;
  const zipf = Number(row.word_count);
  if (!WORD.test(word) || !Number.isFinite(zipf)) continue;
  if (!freq.has(word)) freq.set(word, zipf);
}

const nounType = new Map();
const nounHead = new Map();
for (const row of table('nouns_sem_types_20260420.tsv.gz')) {
  const word = row.word;
  if (!WORD.test(word)) continue;
  const type = row.super_sem_type;
  if (type !== 'concrete' && type !== 'abstract' && type !== 'undefined') continue;
  if (!nounType.has(word)) nounType.set(word, type);
  if (row.head && row.head !== word && !nounHead.has(word)) nounHead.set(word, row.head);
}

// Effective Zipf per form: the head's for listed compound nouns, else the form's own.
const zipfOf = new Map();
for (const [word, zipf] of freq) if (zipf >= MIN_ZIPF) zipfOf.set(word, zipf);
for (const [word, head] of nounHead) {
  const z = freq.get(head);
  if (z !== undefined && z >= MIN_ZIPF) zipfOf.set(word, z);
  else zipfOf.delete(word); // head unknown: LiNT-II uses the unknown-word value
}

// Binary-search layout, so loading is three file reads (no Map of 300k entries):
// lexicon.txt holds the forms, sorted by UTF-16 code units (= UTF-8 byte order for these
// letters), one per line; lexicon.idx their byte offsets (uint32 LE); lexicon.bin
// holds two bytes per form, in the same order: byte 1 = Zipf x 10 (0 = no frequency),
// byte 2 = flags (see FLAG_* in packages/core/src/measures/lexicon.ts), byte 3 = syllables
// by the hybrid counter (hyphen's Dutch patterns, then vowel groups per part; the rules
// are core's own, from packages/core/dist/measures/syllable-rules.js: build core first).
const FLAG_CONCRETE = 1;
const FLAG_ABSTRACT = 2;
const FLAG_UNDEFINED = 3; // bits 0-1: noun type
const FLAG_SKIP = 4;
const FLAG_MANNER = 8;

const skip = table('subtlex_wordfreq_skiplist.tsv.gz').map((r) => r.word).filter((w) => WORD.test(w));
const manner = table('manner_adverbs_20251017.tsv.gz').map((r) => r.adverb).filter((w) => WORD.test(w));

const forms = new Set([...zipfOf.keys(), ...nounType.keys(), ...skip, ...manner]);
const sorted = [...forms].sort();
const bin = new Uint8Array(sorted.length * 3);
const requireCore = createRequire(join(root, 'packages', 'core', 'package.json'));
const { hyphenateSync } = requireCore('hyphen/nl');
const { syllablesOfParts, chunksOf } = await import(join(root, 'packages', 'core', 'dist', 'measures', 'syllable-rules.js'));
const HYPHEN = { hyphenChar: '\u2027', minWordLength: 1 };
const syllables = (word) =>
  Math.max(1, chunksOf(word).reduce((n, chunk) => n + syllablesOfParts(hyphenateSync(chunk, HYPHEN).split(HYPHEN.hyphenChar)), 0));
const typeFlag = { concrete: FLAG_CONCRETE, abstract: FLAG_ABSTRACT, undefined: FLAG_UNDEFINED };
const skipSet = new Set(skip);
const mannerSet = new Set(manner);
sorted.forEach((word, i) => {
  const z = zipfOf.get(word);
  bin[i] = z === undefined ? 0 : Math.max(1, Math.min(255, Math.round(z * 10)));
  let flags = 0;
  const type = nounType.get(word);
  if (type) flags |= typeFlag[type];
  if (skipSet.has(word)) flags |= FLAG_SKIP;
  if (mannerSet.has(word)) flags |= FLAG_MANNER;
  bin[sorted.length + i] = flags;
  bin[2 * sorted.length + i] = Math.min(255, syllables(word));
});

mkdirSync(outDir, { recursive: true });
const textOut = Buffer.from(sorted.join('\n'), 'utf8');
writeFileSync(join(outDir, 'lexicon.txt'), textOut);
// Start offset (bytes) of each form, plus one past the end, so loading needs no scan.
const idx = Buffer.alloc(4 * (sorted.length + 1));
let offset = 0;
sorted.forEach((word, i) => {
  idx.writeUInt32LE(offset, 4 * i);
  offset += Buffer.byteLength(word, 'utf8') + 1;
});
idx.writeUInt32LE(offset, 4 * sorted.length);
writeFileSync(join(outDir, 'lexicon.idx'), idx);
writeFileSync(join(outDir, 'lexicon.bin'), bin);
writeFileSync(join(outDir, 'LICENSE-EUPL-1.2.txt'), readFileSync(join(source, 'LICENSE-EUPL-1.2.txt')));
const count = (t) => [...nounType.values()].filter((v) => v === t).length;
console.log(
  `lexicon: ${sorted.length} forms, ${zipfOf.size} with Zipf, ${nounType.size} nouns ` +
    `(${count('concrete')} concrete, ${count('abstract')} abstract, ${count('undefined')} undefined), ` +
    `${skip.length} skipped, ${manner.length} manner adverbs`,
);
