// Dev tool for speed work: compares the full check() reports of two builds of core, to
// prove a change meant to keep behaviour did. Texts: every corpus letter in both presets,
// the Amsterdam development sentences (when ../shared is there), corpus paragraphs joined
// in all three formats, and edge texts. Letter text is printed only around a difference.
// Usage: cp -r packages/core/dist packages/core/data /tmp/base/   (before the change)
//        pnpm build && node scripts/perf/compare-reports.mjs /tmp/base [packages/core]
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [baseDir, newDir = join(root, 'packages/core')] = process.argv.slice(2);
if (!baseDir) {
  console.error('usage: node scripts/perf/compare-reports.mjs <base core dir with dist/> [<new core dir>]');
  process.exit(2);
}
const load = (dir) => import(pathToFileURL(join(resolve(dir), 'dist/index.js')).href);
const A = await load(baseDir);
const B = await load(newDir);
const { loadCorpus } = await import(pathToFileURL(join(root, 'corpus/index.mjs')).href);

const texts = [];
const corpus = loadCorpus();
for (const l of corpus) for (const preset of ['b1', 'streng']) texts.push([`${l.id} ${preset}`, l.text, { format: l.format, preset }]);
const pairs = join(root, '..', 'shared/data/amsterdam-simplification/complex-simple-dev.tsv');
if (existsSync(pairs)) {
  readFileSync(pairs, 'utf8').split('\n').slice(1).forEach((row, i) => row.split('\t').slice(0, 2).forEach((s, k) => s && texts.push([`amsterdam ${i}.${k}`, s, {}])));
}
for (let i = 0; i + 3 < corpus.length; i += 3) {
  for (const format of ['text', 'markdown', 'html']) texts.push([`joined ${i} ${format}`, corpus.slice(i, i + 3).map((l) => l.text).join('\n\n'), { format }]);
}
const EDGE = ['', '   ', 'Dit is een zin.', 'u.', 'Bel 06-12345678 of mail a@b.nl. Bedrag € 1.250,00 voor 1 april.',
  'Geachte {{ naam }},\n\nU krijgt [Bedrag] terug.\n\nMet vriendelijke groet,\n\n«afzender»', 'a. a. a. a.',
  'IJsselmeer ĳs café\u0301 \u00ad\u00a0x\r\nnieuwe regel 😀', '# Kop\n\nTekst met `code` en [link](http://x.nl).',
  '<p>Geachte heer,</p><p>Wij <b>hebben</b> besloten.</p>'];
EDGE.forEach((t, i) => { for (const format of ['text', 'markdown', 'html']) texts.push([`edge ${i} ${format}`, t, { format }]); });

let differ = 0;
for (const [name, text, options] of texts) {
  const a = JSON.stringify(A.check(text, options));
  const b = JSON.stringify(B.check(text, options));
  if (a === b) continue;
  if (differ++ < 10) {
    let k = 0;
    while (a[k] === b[k]) k++;
    console.log(`DIFF ${name}\n  base: ${a.slice(Math.max(0, k - 80), k + 80)}\n  new:  ${b.slice(Math.max(0, k - 80), k + 80)}`);
  }
}
console.log(`${texts.length} reports compared, ${differ} differ`);
process.exit(differ ? 1 : 0);
