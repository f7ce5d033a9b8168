// Dev tool for speed work: prints one hash per corpus letter and preset (and a few edge
// texts per format) of the full check() report, and one hash over all. Run it before and
// after a change that should not change behaviour, and diff the two outputs.
// Usage: pnpm build && node scripts/report-digest.mjs > before.txt   (letter text is never printed)
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { check } = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
const { loadCorpus } = await import(pathToFileURL(join(root, 'corpus/index.mjs')).href);

const EDGE = [
  '',
  '   ',
  'Dit is een zin.',
  'De gemeente heeft besloten dat het niet mogelijk is om, tenzij u een vergunning heeft, te parkeren.',
  'Geachte heer/mevrouw,\n\nHierbij deel ik u mede dat uw aanvraag, welke op 12-03-2026 is ontvangen, niet in behandeling wordt genomen. U dient de ontbrekende stukken zo spoedig mogelijk aan te leveren. Neem contact op met de gemeente.\n\nHoogachtend,\n\nHet college van burgemeester en wethouders',
];

const hash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const all = createHash('sha256');
const line = (name, report) => {
  const json = JSON.stringify(report);
  all.update(json);
  console.log(`${hash(json)}  ${name}`);
};
for (const l of loadCorpus()) for (const preset of ['b1', 'streng']) line(`${l.id} ${preset}`, check(l.text, { format: l.format, preset }));
EDGE.forEach((t, i) => { for (const format of ['text', 'markdown', 'html']) line(`edge-${i} ${format}`, check(t, { format })); });
console.log(`${all.digest('hex').slice(0, 16)}  all`);
