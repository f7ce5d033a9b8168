// Dev-time calibration report for the readability measures (reads ../shared; never run
// in CI or at run time). Prints:
//   1. agreement with LiNT-II's own per-sentence scores and features
//      (../shared/data/lint-ii/reference-level*.json): Pearson r of the sentence scores
//      and of each component, and the document scores;
//   2. on the Amsterdam complex/simple sentence pairs (dev set, 945 pairs): how often
//      the simple side gets the easier score (strictly lower; a tie counts as wrong), for
//      Helder's document LiNT, for its per-sentence LiNT (mean over the side's sentences)
//      and for Flesch-Douma; per half of the documents (odd / even document id: weights
//      chosen on one half must hold on the other) and per document with >= 18 pairs.
// Usage: pnpm exec tsc -b && node scripts/calibrate.mjs [--verbose]
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data');
const verbose = process.argv.includes('--verbose');
const { parseLetter } = await import(join(root, 'packages/core/dist/parse/index.js'));
const { measureDoc, summarize } = await import(join(root, 'packages/core/dist/measures/index.js'));
const { documentLint } = await import(join(root, 'packages/core/dist/measures/lint.js'));
const { analyzeSentence } = await import(join(root, 'packages/core/dist/measures/analyze.js'));
/** LiNT-II's document formula alone (no plain-language correction) over a text's sentences. */
const lintIIOf = (text) => documentLint(parseLetter(text).sentences.filter((s) => s.words.length).map(analyzeSentence)).lintII;

function measure(text) {
  const doc = parseLetter(text);
  const measures = measureDoc(doc);
  return { doc, measures, summary: summarize(doc, measures) };
}

function pearson(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

// Rebuild a sentence's text from LiNT-II's tokens (lower-cased by its preprocessing).
function sentenceText(s) {
  let out = '';
  for (const w of s.word_features) {
    const t = w.text;
    if (/^[.,!?;:)…]$/.test(t) || out === '' || out.endsWith('(')) out += t;
    else out += ' ' + t;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

console.log('== LiNT-II reference texts');
const ours = [], theirs = [], fd = [], oursLintII = [];
const comp = { zipf: [[], []], sdl: [[], []], cpc: [[], []], conc: [[], []] };
const docs = [];
for (const name of ['reference-level1.json', 'reference-level3.json']) {
  const ref = JSON.parse(readFileSync(join(shared, 'lint-ii', name), 'utf8'));
  const texts = [];
  for (const s of ref.sentences) {
    const text = sentenceText(s);
    texts.push(text);
    if (s.lint_score == null) continue;
    const { measures, summary } = measure(text);
    const ms = measures.sentences;
    // One reference sentence may come out as more than one of ours: use the pooled score.
    const lint = ms.length === 1 ? ms[0].lint : summary.readability.lint;
    ours.push(lint);
    theirs.push(s.lint_score);
    oursLintII.push(lintIIOf(text));
    fd.push(100 - summary.readability.fleschDouma);
    if (ms.length === 1) {
      comp.zipf[0].push(ms[0].meanContentZipf); comp.zipf[1].push(s.mean_log_word_frequency);
      comp.sdl[0].push(ms[0].maxDependencyLength); comp.sdl[1].push(s.max_sdl);
      comp.cpc[0].push(ms[0].contentWords / ms[0].clauses); comp.cpc[1].push(s.content_words_per_clause);
      comp.conc[0].push(ms[0].concreteShare); comp.conc[1].push(s.proportion_of_concrete_nouns);
    }
    if (verbose) {
      const m = ms[0];
      console.log(`${s.lint_score.toFixed(1).padStart(5)} ${lint.toFixed(1).padStart(5)} | z ${s.mean_log_word_frequency.toFixed(2)}/${m.meanContentZipf.toFixed(2)} sdl ${s.max_sdl}/${m.maxDependencyLength} cpc ${s.content_words_per_clause.toFixed(1)}/${(m.contentWords / m.clauses).toFixed(1)} conc ${s.proportion_of_concrete_nouns.toFixed(2)}/${m.concreteShare} | ${text}`);
    }
  }
  const whole = measure(texts.join(' ')).summary.readability.lint;
  docs.push([name, ref.document_lint_score, whole]);
}
console.log(`sentences: ${ours.length}`);
console.log(`Pearson r, sentence LiNT vs LiNT-II: ${pearson(ours, theirs).toFixed(3)}   (LiNT-II formula alone, no plain-language correction: ${pearson(oursLintII, theirs).toFixed(3)}; 100 - Flesch-Douma: ${pearson(fd, theirs).toFixed(3)})`);
for (const [k, [a, b]] of Object.entries(comp)) console.log(`  component ${k.padEnd(5)} r = ${pearson(a, b).toFixed(3)} (n=${a.length})`);
for (const [name, theirsDoc, oursDoc] of docs) console.log(`document ${name}: LiNT-II ${theirsDoc.toFixed(1)}, Helder ${oursDoc.toFixed(1)}`);
console.log(`document order matches: ${(docs[0][1] < docs[1][1]) === (docs[0][2] < docs[1][2]) ? 'yes' : 'NO'}`);

console.log('\n== Amsterdam complex/simple pairs (dev)');
const lines = readFileSync(join(shared, 'amsterdam-simplification', 'complex-simple-dev.tsv'), 'utf8').split('\n').filter(Boolean);
let header = lines[0].split('\t');
const hasHeader = header.some((h) => /complex|simple/i.test(h));
const ci = hasHeader ? header.findIndex((h) => /complex/i.test(h)) : 0;
const si = hasHeader ? header.findIndex((h) => /simple/i.test(h)) : 1;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const rows = [];
for (const line of lines.slice(hasHeader ? 1 : 0)) {
  const cells = line.split('\t');
  const complex = cells[ci], simple = cells[si];
  if (!complex || !simple) continue;
  const a = measure(complex), b = measure(simple);
  const ra = a.summary.readability, rb = b.summary.readability;
  rows.push({
    doc: hasHeader ? cells[header.findIndex((h) => /document/i.test(h))] : '',
    lint: rb.lint < ra.lint,
    tie: rb.lint === ra.lint,
    sentence: mean(b.measures.sentences.map((m) => m.lint)) < mean(a.measures.sentences.map((m) => m.lint)),
    fd: rb.fleschDouma > ra.fleschDouma,
    lintII: lintIIOf(simple) < lintIIOf(complex),
    // Both sides one sentence: the held-out pairs are mostly of this kind.
    one: a.measures.sentences.filter((m) => m.words > 0).length === 1 && b.measures.sentences.filter((m) => m.words > 0).length === 1,
  });
}
const pct = (xs, k) => `${((100 * xs.filter((r) => r[k]).length) / xs.length).toFixed(1)}%`;
console.log(`pairs: ${rows.length} (a tie counts as wrong)`);
console.log(`simple side easier, Helder LiNT:  ${pct(rows, 'lint')}  (ties ${rows.filter((r) => r.tie).length})`);
console.log(`  per-sentence LiNT (mean over the side's sentences): ${pct(rows, 'sentence')}`);
console.log(`  (LiNT-II document formula alone, no plain-language correction: ${pct(rows, 'lintII')})`);
console.log(`simple side easier, Flesch-Douma: ${pct(rows, 'fd')}`);
const odd = rows.filter((r) => Number(r.doc) % 2 === 1), even = rows.filter((r) => Number(r.doc) % 2 === 0);
if (odd.length && even.length) {
  console.log(`halves by document id: odd ${pct(odd, 'lint')} (n=${odd.length}), even ${pct(even, 'lint')} (n=${even.length}); per-sentence odd ${pct(odd, 'sentence')}, even ${pct(even, 'sentence')}`);
}
const one = rows.filter((r) => r.one);
console.log(`both sides one sentence: ${pct(one, 'lint')} (n=${one.length}); halves by document id: odd ${pct(one.filter((r) => Number(r.doc) % 2 === 1), 'lint')}, even ${pct(one.filter((r) => Number(r.doc) % 2 === 0), 'lint')}`);
console.log(`halves by pair (odd / even line): ${pct(rows.filter((_, i) => i % 2 === 1), 'lint')}, ${pct(rows.filter((_, i) => i % 2 === 0), 'lint')}`);
const groups = new Map();
for (const r of rows) groups.set(r.doc, [...(groups.get(r.doc) ?? []), r]);
const big = [...groups].filter(([, xs]) => xs.length >= 18).map(([doc, xs]) => [doc, xs.filter((r) => r.lint).length / xs.length, xs.length]);
if (big.length) {
  const accs = big.map(([, a]) => a);
  console.log(`documents with >= 18 pairs: ${big.length}, accuracy ${Math.min(...accs).toFixed(2)}-${Math.max(...accs).toFixed(2)}`);
  if (verbose) console.log('  ' + big.map(([doc, a, n]) => `${doc}:${a.toFixed(2)}(${n})`).join(' '));
}
