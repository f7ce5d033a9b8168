// The corpus loader (corpus/index.mjs): header parsing, clear errors for broken headers,
// and pairing. Tests and benchmarks both rely on it, so a broken header must fail loudly.

import { describe, expect, it } from 'vitest';
import { corpusPairs, loadCorpus, parseCorpusFile, type CorpusLetter } from '../corpus/index.mjs';

const TXT_HEADER = [
  '# situatie: paspoort',
  '# versie: b1',
  '# paar: paspoort',
  '# sjabloon: nee',
  '# geschreven door: Helder-team, 2026',
  '# licentie: EUPL-1.2',
].join('\n');

describe('parseCorpusFile', () => {
  it('reads a .txt header and keeps the letter byte for byte', () => {
    const letter = 'Beste meneer Jansen,\n\nUw paspoort ligt klaar.\n';
    const { fields, text } = parseCorpusFile(`${TXT_HEADER}\n\n${letter}`);
    expect(fields).toEqual({
      situatie: 'paspoort',
      versie: 'b1',
      paar: 'paspoort',
      sjabloon: 'nee',
      'geschreven door': 'Helder-team, 2026',
      licentie: 'EUPL-1.2',
    });
    expect(text).toBe(letter);
  });

  it('reads markdown front matter', () => {
    const source = ['---', ...TXT_HEADER.split('\n').map((l) => l.slice(2)), '---', '', '## Kop', '', 'Tekst.'].join('\n');
    const { fields, text } = parseCorpusFile(source);
    expect(fields.versie).toBe('b1');
    expect(text).toBe('## Kop\n\nTekst.');
  });

  it.each([
    ['no blank line after the header', `${TXT_HEADER}\nBeste meneer,`, /blank line/],
    ['a missing field', TXT_HEADER.replace('# paar: paspoort\n', '') + '\n\nTekst.', /misses "paar"/],
    ['an unknown version', TXT_HEADER.replace('versie: b1', 'versie: goed') + '\n\nTekst.', /versie must be/],
    ['an unknown template syntax', TXT_HEADER.replace('sjabloon: nee', 'sjabloon: mustache') + '\n\nTekst.', /sjabloon must be/],
    ['front matter that is not closed', '---\nsituatie: paspoort\nversie: b1\n', /not closed/],
    ['a front matter line without a colon', '---\nsituatie paspoort\n---\n\nTekst.', /not "key: value"/],
  ])('rejects %s with an error naming the file', (_case, source, reason) => {
    expect(() => parseCorpusFile(source, 'corpus/x/b1.txt')).toThrow(reason);
    expect(() => parseCorpusFile(source, 'corpus/x/b1.txt')).toThrow(/corpus\/x\/b1\.txt/);
  });
});

describe('loadCorpus', () => {
  const letters = loadCorpus();

  it('loads every letter sorted by id, with text and without header', () => {
    const ids = letters.map((l) => l.id);
    expect(ids).toEqual([...ids].sort());
    for (const letter of letters) {
      expect(letter.text.startsWith('# situatie')).toBe(false);
      expect(letter.text.startsWith('---')).toBe(false);
      expect(letter.text.trim().length).toBeGreaterThan(0);
    }
  });

  it('maps .md to markdown and .txt to text, and "geen"/"nee" to null', () => {
    for (const letter of letters) {
      expect(letter.format).toBe(letter.path.endsWith('.md') ? 'markdown' : 'text');
      expect(letter.pair).not.toBe('geen');
      expect(letter.template).not.toBe('nee');
    }
  });

  it('does not load the README as a letter', () => {
    expect(letters.some((l) => l.path.endsWith('README.md'))).toBe(false);
  });
});

describe('corpusPairs', () => {
  const letter = (id: string, version: CorpusLetter['version'], pair: string | null): CorpusLetter => ({
    id,
    path: `/corpus/${id}.txt`,
    situation: id.split('/')[0]!,
    version,
    pair,
    template: null,
    author: 'Helder-team, 2026',
    licence: 'EUPL-1.2',
    format: 'text',
    text: 'Tekst.',
  });

  it('groups an ambtelijke, a B1 and an optional tussen version; letters without a pair stay out', () => {
    const pairs = corpusPairs([
      letter('a/ambtelijk', 'ambtelijk', 'a'),
      letter('a/b1', 'b1', 'a'),
      letter('b/tussen', 'tussen', 'b'),
      letter('b/ambtelijk', 'ambtelijk', 'b'),
      letter('b/b1', 'b1', 'b'),
      letter('c/b1', 'b1', null),
    ]);
    expect(pairs.map((p) => [p.pair, p.ambtelijk.id, p.b1.id, p.tussen?.id ?? null])).toEqual([
      ['a', 'a/ambtelijk', 'a/b1', null],
      ['b', 'b/ambtelijk', 'b/b1', 'b/tussen'],
    ]);
  });

  it('rejects a pair without its B1 version', () => {
    expect(() => corpusPairs([letter('a/ambtelijk', 'ambtelijk', 'a')])).toThrow(/needs both/);
  });

  it('rejects a pair with two versions of the same kind', () => {
    expect(() => corpusPairs([letter('a/b1', 'b1', 'a'), letter('a/b1-kort', 'b1', 'a')])).toThrow(/two b1 versions/);
  });
});
