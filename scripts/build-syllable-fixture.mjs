// Builds test/fixtures/syllables-espeak.tsv: Dutch words with a syllable count that is
// independent of Helder's counter, taken from espeak-ng's phoneme output (each phoneme
// that holds a vowel, diphthongs included, is one syllable nucleus).
// Dev-time only (needs `apt-get install espeak-ng`); the output is committed.
//   node scripts/build-syllable-fixture.mjs [count]
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.argv[2] ?? 1200);
const words = readFileSync(join(root, 'packages/core/data/lexicon.txt'), 'utf8').split('\n');
const bin = readFileSync(join(root, 'packages/core/data/lexicon.bin'));

// Deterministic sample of forms with a Zipf of at least 2.5 (words a letter may use),
// so espeak's rules, not its guesses at rare loans, decide the reference.
let seed = 20261128;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pool = words.filter((w, i) => bin[i] >= 25 && /^[a-zà-ÿ]{2,}$/.test(w));
const picked = new Set();
while (picked.size < count && picked.size < pool.length) picked.add(pool[Math.floor(random() * pool.length)]);

const VOWEL = /[aeiouyɑɛɪɔʏəœøɵæɐʊʌɒɤɯɨ]/;
const rows = ['word\tsyllables'];
for (const word of [...picked].sort()) {
  const ipa = execFileSync('espeak-ng', ['-v', 'nl', '-q', '--ipa=1', word], { encoding: 'utf8' }).trim();
  const nuclei = ipa.split(/[_\s]+/).filter((p) => VOWEL.test(p)).length;
  if (nuclei > 0) rows.push(`${word}\t${nuclei}`);
}
writeFileSync(join(root, 'test/fixtures/syllables-espeak.tsv'), rows.join('\n') + '\n');
console.log(`test/fixtures/syllables-espeak.tsv: ${rows.length - 1} words`);
