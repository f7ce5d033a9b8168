// Benchmark of @helder/core: check() against a bare retext-dutch parse of the same texts,
// measured in the same run, for the corpus letters, a 400-word letter and a synthetic
// 10,000-letter run; plus cold start (import + first check, in a fresh process) and heap.
// Budgets (issue 2): 400-word letter <= 3x bare parse (goal 2x), >= 100,000 words/s on one
// core, cold start < 300 ms. Run after `pnpm build`:  node test/bench/core.bench.mjs
// Letter text is never printed or written anywhere.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, dirname } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const coreEntry = join(root, 'packages/core/dist/index.js');
if (!existsSync(coreEntry)) {
  console.error('core.bench: packages/core/dist ontbreekt; draai eerst `pnpm build` (run `pnpm build` first).');
  process.exit(1);
}
const { check } = await import(pathToFileURL(coreEntry).href);
// The baseline uses the very same unified and retext-dutch that core uses.
const requireCore = createRequire(join(root, 'packages/core/package.json'));
const { unified } = await import(pathToFileURL(requireCore.resolve('unified')).href);
const retextDutch = (await import(pathToFileURL(requireCore.resolve('retext-dutch')).href)).default;
const bare = unified().use(retextDutch).freeze();

// ---- texts ---------------------------------------------------------------------------
const BUILT_IN = [
  `Geachte heer, mevrouw,

Wij hebben uw aanvraag voor een parkeervergunning ontvangen op 12 maart 2026. Indien u vragen heeft over deze brief, kunt u contact opnemen met de afdeling Burgerzaken via telefoonnummer 14 023.

Uw aanvraag wordt binnen acht weken in behandeling genomen. Wij verzoeken u om de ontbrekende gegevens voor 1 april aan te leveren. Gelet op de beschikbare parkeercapaciteit in het betreffende gebied kan het voorkomen dat u op een wachtlijst wordt geplaatst.

Met vriendelijke groet,

J. de Vries
Teamleider Vergunningen`,
  `Beste mevrouw Jansen,

U vroeg ons om hulp bij uw schulden. Dat is een goede stap. Wij willen u graag helpen.

Wat gebeurt er nu? Een medewerker belt u binnen twee weken. Samen maken we een plan. U hoeft daarvoor niets te betalen.

Heeft u vragen? Bel dan Sanne Bakker op 06 12345678. Of mail naar schuldhulp@gemeente.nl.

Met vriendelijke groet,

Sanne Bakker
Schuldhulpverlening`,
];

let letters = BUILT_IN.map((text, i) => ({ id: `ingebouwd-${i + 1}`, text, format: 'text' }));
let source = 'ingebouwde voorbeeldbrieven';
const corpusEntry = join(root, 'corpus/index.mjs');
if (existsSync(corpusEntry)) {
  try {
    const { loadCorpus } = await import(pathToFileURL(corpusEntry).href);
    const loaded = loadCorpus();
    if (loaded.length) {
      letters = loaded.map((l) => ({ id: l.id, text: l.text, format: l.format }));
      source = `corpus/ (${loaded.length} brieven)`;
    }
  } catch (error) {
    console.log(`corpus niet geladen (${error.message}); ingebouwde brieven gebruikt`);
  }
}

const wordCount = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// ---- helpers -------------------------------------------------------------------------
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n, d = 2) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Median time per call (ms) of fn over texts, interleaving rounds so drift hits both. */
function timeEach(texts, fn, rounds) {
  const times = [];
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      fn(t);
      times.push(performance.now() - t0);
    }
  }
  return median(times);
}

/**
 * Median times (ms) of two calls measured in alternation, the order swapped every round:
 * the machine's drift, the collector's rhythm and the heap the other call leaves behind
 * then weigh on both alike. (Measured one block after the other, the bare parse's median
 * moved by up to 20% with what ran before it, the ratio with it.)
 */
function timePair(a, b, rounds) {
  const ta = [];
  const tb = [];
  for (let r = 0; r < rounds; r++) {
    for (const first of r % 2 ? [false, true] : [true, false]) {
      const t0 = performance.now();
      first ? a() : b();
      (first ? ta : tb).push(performance.now() - t0);
    }
  }
  return [median(ta), median(tb)];
}

function timeTotal(texts, fn) {
  const t0 = performance.now();
  for (const t of texts) fn(t);
  return performance.now() - t0;
}

const runCheck = (l) => check(l.text, { format: l.format });
const runBare = (l) => bare.parse(l.text);

// Warm up both paths (JIT, caches) before measuring.
for (let i = 0; i < 3; i++) for (const l of letters) (runCheck(l), runBare(l));

console.log('== @helder/core benchmark');
console.log(`node ${process.version}, ${source}`);

// ---- corpus letters ------------------------------------------------------------------
{
  const words = letters.reduce((a, l) => a + wordCount(l.text), 0);
  const rounds = Math.max(3, Math.ceil(2000 / letters.length));
  const checkMs = timeEach(letters, runCheck, rounds);
  const bareMs = timeEach(letters, runBare, rounds);
  const totalCheck = timeTotal(letters, runCheck);
  const totalBare = timeTotal(letters, runBare);
  console.log(`\n-- corpus: ${letters.length} letters, ${words} words (mean ${Math.round(words / letters.length)} per letter)`);
  console.log(`check() median per letter:   ${fmt(checkMs, 3)} ms`);
  console.log(`bare parse median per letter: ${fmt(bareMs, 3)} ms`);
  console.log(`ratio check/bare (median):    ${fmt(checkMs / bareMs)}x`);
  console.log(`words/s check():              ${fmt((words / totalCheck) * 1000, 0)}  (bare parse ${fmt((words / totalBare) * 1000, 0)})`);
}

// ---- where the time goes (corpus letters) ----------------------------------------------
{
  // parse step (retext-dutch + Helder's Dutch fixes), measures step, and the rest
  // (rules, summary, grade), each as a median per letter, to show each step's share.
  const parseEntry = join(root, 'packages/core/dist/parse/index.js');
  const measuresEntry = join(root, 'packages/core/dist/measures/index.js');
  if (existsSync(parseEntry) && existsSync(measuresEntry)) {
    const { helderPrepare, helderDutch } = await import(pathToFileURL(parseEntry).href);
    const { VFile } = await import(pathToFileURL(requireCore.resolve('vfile')).href);
    // The parse step as check() runs it: no regrouped nlcst tree (parseLetter builds one).
    const parsers = new Map();
    const parseLetter = (text, format = 'text') => {
      let p = parsers.get(format);
      if (!p) parsers.set(format, (p = unified().use(retextDutch).use(helderPrepare, { format }).use(helderDutch, { tree: false }).freeze()));
      const file = new VFile({ value: text });
      p.runSync(p.parse(file), file);
      return file.data.helder.doc;
    };
    const { measureDoc, summarize } = await import(pathToFileURL(measuresEntry).href);
    const rounds = Math.max(3, Math.ceil(1000 / letters.length));
    const parseMs = timeEach(letters, (l) => parseLetter(l.text, l.format), rounds);
    const docs = letters.map((l) => parseLetter(l.text, l.format));
    const measureMs = timeEach(docs, (d) => summarize(d, measureDoc(d)), rounds);
    const checkMs = timeEach(letters, runCheck, rounds);
    const bareMs = timeEach(letters, runBare, rounds);
    console.log(`\n-- steps, median per corpus letter (x bare parse ${fmt(bareMs, 3)} ms)`);
    console.log(`parse (retext-dutch + Dutch fixes): ${fmt(parseMs, 3)} ms  (${fmt(parseMs / bareMs)}x)`);
    console.log(`measures + summarize:               ${fmt(measureMs, 3)} ms  (${fmt(measureMs / bareMs)}x)`);
    // Letter-level detectors (rule kind `check`) and grade() on fresh documents: the
    // letter view is cached per document, so each round parses anew (outside the timing).
    const checksEntry = join(root, 'packages/core/dist/checks/index.js');
    const scoreEntry = join(root, 'packages/core/dist/score.js');
    let checksMs = 0;
    let gradeMs = 0;
    if (existsSync(checksEntry) && existsSync(scoreEntry)) {
      const { letterChecks } = await import(pathToFileURL(checksEntry).href);
      const { grade } = await import(pathToFileURL(scoreEntry).href);
      const detectors = Object.values(letterChecks);
      const reports = letters.map((l) => check(l.text, { format: l.format }));
      const checkTimes = [];
      const gradeTimes = [];
      for (let r = 0; r < rounds; r++) {
        letters.forEach((l, i) => {
          const doc = parseLetter(l.text, l.format);
          const measures = measureDoc(doc);
          const t0 = performance.now();
          for (const detect of detectors) detect({ doc, measures, options: {} });
          const t1 = performance.now();
          const { stats, readability } = reports[i];
          grade({ doc, measures, stats, readability, messages: reports[i].messages });
          checkTimes.push(t1 - t0);
          gradeTimes.push(performance.now() - t1);
        });
      }
      checksMs = median(checkTimes);
      gradeMs = median(gradeTimes);
      console.log(`letter checks (kind check):         ${fmt(checksMs, 3)} ms  (${fmt(checksMs / bareMs)}x)`);
      console.log(`grade():                            ${fmt(gradeMs, 3)} ms  (${fmt(gradeMs / bareMs)}x)`);
    }
    const rest = Math.max(0, checkMs - parseMs - measureMs - checksMs - gradeMs);
    console.log(`rest of check() (word/pattern/metric rules, messages): ${fmt(rest, 3)} ms  (${fmt(rest / bareMs)}x)`);
  }
}

// ---- one 400-word letter ---------------------------------------------------------------
let letter400;
{
  // Paragraphs taken in turn from the letters until about 400 words.
  const paragraphs = letters.flatMap((l) => l.text.split(/\n\s*\n/)).filter((p) => wordCount(p) >= 8);
  const parts = [];
  let n = 0;
  for (let i = 0; n < 400; i++) {
    const p = paragraphs[i % paragraphs.length];
    parts.push(p);
    n += wordCount(p);
  }
  letter400 = { text: parts.join('\n\n'), format: 'text' };
  const words = wordCount(letter400.text);
  const rounds = 600;
  const [checkMs, bareMs] = timePair(() => runCheck(letter400), () => runBare(letter400), rounds);
  const ratio = checkMs / bareMs;
  const wps = (words / checkMs) * 1000;
  console.log(`\n-- letter of ${words} words (${rounds} runs each, check() and bare parse in turn)`);
  console.log(`check() median:     ${fmt(checkMs, 3)} ms`);
  console.log(`bare parse median:  ${fmt(bareMs, 3)} ms`);
  console.log(`ratio check/bare:   ${fmt(ratio)}x   budget <= 3x, goal 2x: ${ratio <= 2 ? 'goal met' : ratio <= 3 ? 'within budget' : 'OVER BUDGET'}`);
  console.log(`words/s check():    ${fmt(wps, 0)}   budget >= 100,000: ${wps >= 100_000 ? 'ok' : 'UNDER BUDGET'}`);
}

// ---- the longest corpus letters, one by one --------------------------------------------
{
  // The cost of check() grows with the findings: an ambtelijke letter of 400 words has
  // about 80, its B1 rewrite 2. The bench letter above mixes both; these show the range.
  // A markdown or html letter also pays for its markup parse (the bare parse does not).
  const long = letters.filter((l) => wordCount(l.text) >= 300).sort((a, b) => wordCount(b.text) - wordCount(a.text)).slice(0, 8);
  if (long.length) {
    console.log('\n-- corpus letters of 300 words or more (200 runs each, check() and bare parse in turn)');
    const ratios = [];
    for (const l of long) {
      const [c, b] = timePair(() => runCheck(l), () => runBare(l), 200);
      ratios.push(c / b);
      const findings = check(l.text, { format: l.format }).messages.length;
      const note = l.format === 'text' ? '' : `  (${l.format}: includes its ${l.format === 'markdown' ? 'remark' : 'rehype'} parse)`;
      console.log(`${l.id.padEnd(36)} ${String(wordCount(l.text)).padStart(4)} words ${String(findings).padStart(3)} findings  ${fmt(c / b)}x${note}`);
    }
    console.log(`highest: ${fmt(Math.max(...ratios))}x, median ${fmt(median(ratios))}x (budget <= 3x is for the 400-word letter above)`);
  }
}

// ---- letters seen for the first time ------------------------------------------------------
{
  // The figures above re-check letters whose words check()'s memos already hold. A letter
  // with new words costs more the first time: see first-sight.mjs (a fresh process).
  if (existsSync(corpusEntry)) {
    const out = execFileSync(process.execPath, [join(root, 'test/bench/first-sight.mjs')], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').pop());
    console.log(`\n-- ambtelijke letters checked for the first time (fresh process, ${r.letters} letters, see first-sight.mjs)`);
    console.log(`first check(): ${fmt(r.first)}x a bare parse (median; highest ${fmt(r.firstMax)}x)`);
    console.log(`the same letter again (15 times): ${fmt(r.again)}x`);
  }
}

// ---- synthetic 10,000-letter run ---------------------------------------------------------
{
  // Letters assembled from corpus paragraphs in a seeded random order, with a varying
  // name and date, so caches see new combinations as in real use.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const paragraphs = letters.flatMap((l) => l.text.split(/\n\s*\n/)).filter((p) => p.trim());
  const names = ['Jansen', 'De Vries', 'Bakker', 'El Amrani', 'Yılmaz', 'Van den Berg', 'Visser', 'Smit'];
  const synthetic = [];
  for (let i = 0; i < 10_000; i++) {
    const k = 3 + Math.floor(random() * 5);
    const body = [];
    for (let j = 0; j < k; j++) body.push(paragraphs[Math.floor(random() * paragraphs.length)]);
    const name = names[Math.floor(random() * names.length)];
    synthetic.push({
      text: `Geachte heer ${name},\n\n${body.join('\n\n')}\n\nMet vriendelijke groet,\n\nTeam ${1 + (i % 97)}\n${1 + (i % 28)} maart 2026`,
      format: 'text',
    });
  }
  const words = synthetic.reduce((a, l) => a + wordCount(l.text), 0);
  const perCheck = [];
  const t0 = performance.now();
  for (const l of synthetic) {
    const s = performance.now();
    runCheck(l);
    perCheck.push(performance.now() - s);
  }
  const checkTotal = performance.now() - t0;
  const perBare = [];
  const b0 = performance.now();
  for (const l of synthetic) {
    const s = performance.now();
    runBare(l);
    perBare.push(performance.now() - s);
  }
  const bareTotal = performance.now() - b0;
  console.log(`\n-- synthetic run: ${synthetic.length.toLocaleString('en-US')} letters, ${words.toLocaleString('en-US')} words`);
  console.log(`check() total ${fmt(checkTotal / 1000)} s, median per letter ${fmt(median(perCheck), 3)} ms`);
  console.log(`bare parse total ${fmt(bareTotal / 1000)} s, median per letter ${fmt(median(perBare), 3)} ms`);
  console.log(`ratio check/bare (total): ${fmt(checkTotal / bareTotal)}x`);
  console.log(`words/s check(): ${fmt((words / checkTotal) * 1000, 0)}  (bare parse ${fmt((words / bareTotal) * 1000, 0)})`);
}

// ---- long inputs without sentence ends ---------------------------------------------------
{
  // Hostile shapes that once were super-linear or overflowed the stack: prose without a
  // full stop (two sizes: the time per character must stay about the same) and a 300,000-
  // character run of "ab-" without white space. Time per input and per KB.
  const filler = ['wij', 'hebben', 'uw', 'aanvraag', 'ontvangen', 'en', 'gaan', 'deze', 'behandelen', 'binnen', 'acht', 'weken', 'indien', 'u', 'vragen', 'heeft'];
  const prose = (chars) => {
    const parts = [];
    let n = 0;
    for (let i = 0; n < chars; i++) {
      const w = filler[i % filler.length] + (i % 13 === 12 ? ',\n' : ' ');
      parts.push(w);
      n += w.length;
    }
    return parts.join('');
  };
  console.log('\n-- long inputs (one run each)');
  const perKb = [];
  for (const [label, text] of [
    ['240 KB prose without a full stop', prose(240_000)],
    ['960 KB prose without a full stop', prose(960_000)],
    ["'ab-' x 100,000 (300 KB, no white space)", 'ab-'.repeat(100_000)],
  ]) {
    const t0 = performance.now();
    let outcome = 'ok';
    try {
      check(text);
    } catch (error) {
      outcome = `FOUT: ${error.message}`;
    }
    const ms = performance.now() - t0;
    perKb.push(ms / (text.length / 1000));
    console.log(`${label}: ${fmt(ms, 0)} ms (${fmt(ms / (text.length / 1000), 2)} ms/KB) ${outcome}`);
  }
  const growth = perKb[1] / perKb[0];
  console.log(`time per KB, 960 KB vs 240 KB: ${fmt(growth)}x   ${growth < 2 ? 'linear' : 'SUPER-LINEAR'}`);
}

// ---- heap ----------------------------------------------------------------------------
globalThis.gc?.();
const heap = process.memoryUsage();
console.log(`\nheap used after the runs: ${fmt(heap.heapUsed / 1e6, 1)} MB (rss ${fmt(heap.rss / 1e6, 1)} MB)`);

// ---- cold start ------------------------------------------------------------------------
// What `import '@helder/core'` loads: the one-file bundle (package.json exports), when built.
const bundleEntry = join(root, 'packages/core/dist/bundle/index.js');
const coldEntry = existsSync(bundleEntry) ? bundleEntry : coreEntry;
{
  // A fresh node process: time from before `import('@helder/core')` to after the first
  // check() returns (data loaded), and the whole process wall time for reference.
  const probe = `
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const { check } = await import(${JSON.stringify(pathToFileURL(coldEntry).href)});
    const t1 = performance.now();
    check(process.env.HELDER_BENCH_TEXT ?? 'Wij hebben uw brief ontvangen. Wij bellen u volgende week.');
    const t2 = performance.now();
    const c = process.cpuUsage(c0);
    console.log(JSON.stringify({ importMs: t1 - t0, firstCheckMs: t2 - t1, cpuMs: (c.user + c.system) / 1000, heap: process.memoryUsage().heapUsed }));
  `;
  const coldRuns = (env) => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const w0 = performance.now();
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, ...env } });
      const wall = performance.now() - w0;
      runs.push({ ...JSON.parse(out), wall });
    }
    return runs;
  };
  const runs = coldRuns({});
  // The same with the 400-word letter as the first check (its words all new to the process).
  const runs400 = coldRuns({ HELDER_BENCH_TEXT: letter400.text });
  const cold = median(runs.map((r) => r.importMs + r.firstCheckMs));
  console.log(`\n-- cold start (fresh process, median of ${runs.length}, import of ${coldEntry === bundleEntry ? "dist/bundle/index.js, what @helder/core resolves to" : "dist/index.js"})`);
  console.log(`import:       ${fmt(median(runs.map((r) => r.importMs)), 1)} ms`);
  console.log(`first check:  ${fmt(median(runs.map((r) => r.firstCheckMs)), 1)} ms`);
  console.log(`import + first check: ${fmt(cold, 1)} ms   budget < 300 ms: ${cold < 300 ? 'ok' : 'OVER BUDGET'}`);
  console.log(`CPU time of import + first check: ${fmt(median(runs.map((r) => r.cpuMs)), 1)} ms (less sensitive to a busy machine than wall time)`);
  console.log(`process wall time (node start to exit): ${fmt(median(runs.map((r) => r.wall)), 1)} ms`);
  console.log(`heap used after first check: ${fmt(median(runs.map((r) => r.heap)) / 1e6, 1)} MB`);
  const cold400 = median(runs400.map((r) => r.importMs + r.firstCheckMs));
  console.log(`import + first check of the ${wordCount(letter400.text)}-word letter: ${fmt(cold400, 1)} ms (first check ${fmt(median(runs400.map((r) => r.firstCheckMs)), 1)} ms)`);
}
