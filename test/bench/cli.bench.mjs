// Benchmark of the `helder` CLI: 1,000 one-page letters in one run (target < 10 s wall,
// goal 5 s, cold start included), one letter (target < 400 ms wall), and each hostile
// .docx (target: exit 2 within 2 s). Baselines measured in the same run: bare `node -e ''`
// start-up and a bare in-process check() loop over the same letters on one core.
// Set HELDER_BENCH_STRICT=1 to exit 1 when a target is missed.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(root, 'packages/cli/dist/cli.js');
const HOSTILE = join(root, 'test/fixtures/docx/hostile');
const N = Number(process.env.HELDER_BENCH_LETTERS ?? 1000);

// A small deterministic generator of one-page municipal letters (about 250-350 words).
let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];
const subjects = ['uw aanvraag voor een parkeervergunning', 'uw bezwaar tegen de WOZ-waarde', 'de afvalstoffenheffing', 'uw melding over de openbare verlichting', 'uw aanvraag bijzondere bijstand', 'de omgevingsvergunning voor uw dakkapel'];
const sentences = [
  'Wij hebben uw brief goed ontvangen en danken u daarvoor.',
  'Indien u vragen heeft, kunt u contact met ons opnemen.',
  'Wij verzoeken u het formulier te retourneren teneinde uw aanvraag in behandeling te nemen.',
  'U krijgt binnen zes weken een besluit van ons.',
  'In het kader van de wet zijn wij verplicht uw gegevens te controleren.',
  'Wij bellen u volgende week om een afspraak te maken.',
  'Het is mogelijk dat wij aanvullende informatie bij u opvragen.',
  'De kosten bedragen 45 euro en u betaalt dit via de bijgevoegde acceptgiro.',
  'Na ontvangst van de stukken zal een beoordeling plaatsvinden door een medewerker van het team Vergunningen.',
  'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.',
  'Wij zullen uw aanvraag zo spoedig mogelijk afhandelen.',
  'Op grond van artikel 4:5 van de Algemene wet bestuursrecht kunnen wij uw aanvraag buiten behandeling laten.',
  'U kunt ons bellen op werkdagen tussen 9.00 en 17.00 uur.',
  'Wij hopen u hiermee voldoende te hebben geïnformeerd.',
];
function letter(i) {
  const paras = [`Geachte heer of mevrouw ${pick(['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit'])},`, `Deze brief gaat over ${pick(subjects)}.`];
  for (let p = 0; p < 5; p++) {
    const n = 3 + Math.floor(rand() * 3);
    paras.push(Array.from({ length: n }, () => pick(sentences)).join(' '));
  }
  paras.push('Met vriendelijke groet,', `Team ${pick(['Vergunningen', 'Belastingen', 'Zorg', 'Afval'])}`, `Kenmerk ${2024000 + i}`);
  return paras.join('\n\n') + '\n';
}

function wall(cmd, args, options = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(0)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'helder-bench-'));
let strictFail = false;
try {
  mkdirSync(join(dir, 'brieven'));
  let words = 0;
  for (let i = 0; i < N; i++) {
    const text = letter(i);
    words += text.split(/\s+/).length;
    writeFileSync(join(dir, 'brieven', `brief-${String(i).padStart(4, '0')}.txt`), text);
  }
  const one = join(dir, 'brieven', 'brief-0000.txt');
  console.log(`helder CLI bench: ${N} letters, ${Math.round(words / N)} words each on average`);

  const node = median(Array.from({ length: 5 }, () => wall(process.execPath, ['-e', '']).ms));
  const single = Array.from({ length: 5 }, () => wall(process.execPath, [CLI, 'check', one, '-q', '-f', 'json']));
  const singleMs = median(single.map((r) => r.ms));
  if (![0, 1].includes(single[0].status)) throw new Error(`helder check failed: ${single[0].stderr}`);

  // Bare core loop in a child (one core), for the ratio: what the pool and CLI add or win.
  const loop = wall(process.execPath, ['--input-type=module', '-e', `
    import { readdirSync, readFileSync } from 'node:fs';
    import { check } from '@helder/core';
    const d = ${JSON.stringify(join(dir, 'brieven'))};
    for (const f of readdirSync(d)) check(readFileSync(d + '/' + f, 'utf8'));
  `], { cwd: join(root, 'packages/cli') });
  if (loop.status !== 0) throw new Error(`core loop failed: ${loop.stderr}`);

  const many = wall(process.execPath, [CLI, 'check', join(dir, 'brieven'), '-q', '-f', 'json']);
  if (![0, 1].includes(many.status)) throw new Error(`helder check (many) failed: ${many.stderr.slice(0, 500)}`);
  const checked = JSON.parse(many.stdout).length;
  const inProcess = wall(process.execPath, [CLI, 'check', join(dir, 'brieven'), '-q', '-f', 'json', '-j', '1']);
  const pooled = wall(process.execPath, [CLI, 'check', join(dir, 'brieven'), '-q', '-f', 'json', '-j', '2']);

  console.log(`  baseline node -e '' start-up        ${fmt(node)}`);
  console.log(`  baseline bare check() loop, 1 core   ${fmt(loop.ms)} for ${N} letters (${(loop.ms / N).toFixed(1)} ms/letter incl. start-up)`);
  console.log(`  helder check, one letter             ${fmt(singleMs)} (median of 5; target < 400 ms) = ${(singleMs / node).toFixed(1)}x node start-up`);
  console.log(`  helder check, ${N} letters          ${fmt(many.ms)} (${checked} checked; target < 10000 ms, goal 5000 ms) = ${(many.ms / loop.ms).toFixed(2)}x bare loop, ${(N / (many.ms / 1000)).toFixed(0)} letters/s`);
  console.log(`  helder check -j 1 (no pool), ${N}     ${fmt(inProcess.ms)}`);
  console.log(`  helder check -j 2 (pool of 2), ${N}   ${fmt(pooled.ms)} = pool is ${(inProcess.ms / pooled.ms).toFixed(2)}x as fast as -j 1 (${availableParallelism()} cores)`);
  if (singleMs >= 400 || many.ms >= 10_000 || checked !== N) strictFail = true;

  const hostile = readdirSync(HOSTILE).map((name) => ({ name, ...wall(process.execPath, [CLI, 'check', join(HOSTILE, name), '-q']) }));
  const worst = hostile.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`  hostile .docx (${hostile.length} files)        all exit 2: ${hostile.every((h) => h.status === 2)}; slowest ${worst.name} ${fmt(worst.ms)} (target < 2000 ms)`);
  if (!hostile.every((h) => h.status === 2) || worst.ms >= 2000) strictFail = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (strictFail) {
  console.log('  one or more targets missed');
  if (process.env.HELDER_BENCH_STRICT === '1') process.exitCode = 1;
}
