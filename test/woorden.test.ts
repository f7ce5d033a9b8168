// The word and phrase lists in rules/woorden: their size and hygiene (counts, no
// duplicates, every entry says what to do) and their behaviour through check(): inflected
// uses are found with the right suggestion, B1 letters stay (nearly) clean and the
// bureaucratic letters of the corpus are flagged. The per-rule examples are run by
// rules-examples.test.ts; this file looks at the lists as a whole.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check, type Message } from '@helder/core';
import { loadCorpus } from '../corpus/index.mjs';

interface Entry {
  word: string;
  alternatives?: string[];
  note?: string;
  message?: string;
  fix?: boolean;
  pos?: string;
}

interface WordRule {
  id: string;
  message: string;
  severity: string;
  words: Entry[];
}

const dir = join(import.meta.dirname, '..', 'rules', 'woorden');
const rules: WordRule[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yml'))
  .sort()
  .map((f) => ({ id: f.slice(0, -4), ...(parse(readFileSync(join(dir, f), 'utf8')) as Omit<WordRule, 'id'> & { kind: string }) }))
  .filter((r) => (r as unknown as { kind: string }).kind === 'words');
const ids = new Set(rules.map((r) => r.id));
const entries = rules.flatMap((r) => r.words.map((e) => ({ rule: r.id, ruleMessage: r.message, ...e })));

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
/** A plain word: letters (and hyphens), not an abbreviation such as i.v.m. or BRP. */
const isPlainWord = (w: string) => /^[\p{L}-]+$/u.test(w) && w !== w.toUpperCase();

describe('rules/woorden word lists', () => {
  it('hold at least 600 single words and 150 multi-word phrases', () => {
    const single = entries.filter((e) => isPlainWord(e.word));
    const phrases = entries.filter((e) => /\s/.test(e.word.trim()));
    expect(single.length).toBeGreaterThanOrEqual(600);
    expect(phrases.length).toBeGreaterThanOrEqual(150);
  });

  it('list every word or phrase only once across all files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of entries) {
      const key = norm(e.word);
      const prior = seen.get(key);
      if (prior) dups.push(`${e.word} (${prior}, ${e.rule})`);
      else seen.set(key, e.rule);
    }
    expect(dups).toEqual([]);
  });

  it('give every entry an alternative or a note, and a message that reads well without one', () => {
    const bad: string[] = [];
    for (const e of entries) {
      const alts = e.alternatives ?? [];
      if (alts.length === 0 && !e.note) bad.push(`${e.rule}: ${e.word} has neither alternatives nor note`);
      if (alts.length === 0 && e.fix !== false) bad.push(`${e.rule}: ${e.word} without alternative must have fix: false`);
      if (alts.length === 0 && (e.message ?? e.ruleMessage).includes('{expected}')) {
        bad.push(`${e.rule}: ${e.word} has no alternative but its message uses {expected}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never suggest a word that is itself on a list', () => {
    const listed = new Set(entries.map((e) => norm(e.word)));
    const bad = entries.flatMap((e) =>
      (e.alternatives ?? []).filter((a) => listed.has(norm(a))).map((a) => `${e.rule}: ${e.word} -> ${a}`),
    );
    expect(bad).toEqual([]);
  });

  it('keep error severity for the old-fashioned list only', () => {
    expect(rules.filter((r) => r.severity === 'error').map((r) => r.id)).toEqual(['ouderwets-woord']);
  });
});

// [sentence, rule, reported text, one of the suggestions]
const inflected: Array<[string, string, string, string]> = [
  ['Indien u vragen heeft, belt u ons.', 'ambtelijk-woord', 'Indien', 'Als'],
  ['De gemeente verstrekt u een nieuwe pas.', 'ambtelijk-woord', 'verstrekt', 'geeft'],
  ['De gemeente verstrekte u vorig jaar een vergoeding.', 'ambtelijk-woord', 'verstrekte', 'gaf'],
  ['Wij verstrekken u een nieuwe pas.', 'ambtelijk-woord', 'verstrekken', 'geven'],
  ['Wij hebben de kosten reeds betaald.', 'ambtelijk-woord', 'reeds', 'al'],
  ['U kunt het formulier retourneren in de envelop.', 'ambtelijk-woord', 'retourneren', 'terugsturen'],
  ['Wij hebben geconstateerd dat de container vol is.', 'ambtelijk-woord', 'geconstateerd', 'gezien'],
  ['De desbetreffende medewerker belt u terug.', 'ambtelijk-woord', 'desbetreffende', 'die'],
  ['Wij zijn genoodzaakt uw pas in te trekken.', 'ambtelijk-woord', 'genoodzaakt', 'gedwongen'],
  ['De aanvang van de werkzaamheden is 3 maart.', 'ambtelijk-woord', 'aanvang', 'begin'],
  ['Hiertoe sturen wij u een formulier.', 'ambtelijk-woord', 'Hiertoe', 'Hiervoor'],
  ['Het onderhavige besluit geldt vanaf 1 mei.', 'ouderwets-woord', 'onderhavige', 'dit'],
  ['Gaarne ontvangen wij uw reactie.', 'ouderwets-woord', 'Gaarne', 'Graag'],
  ['U kunt zich middels dit formulier aanmelden.', 'ouderwets-woord', 'middels', 'met'],
  ['Wij hebben thans geen plaats.', 'ouderwets-woord', 'thans', 'nu'],
  ['Met ingang van 1 januari stijgt de huur.', 'ambtelijke-uitdrukking', 'Met ingang van', 'Vanaf'],
  ['Wij schrijven u met betrekking tot uw aanvraag.', 'ambtelijke-uitdrukking', 'met betrekking tot', 'over'],
  ['Het bedrag dient te worden betaald voor 1 juni.', 'ambtelijke-uitdrukking', 'dient te', 'moet'],
  ['De weg is dicht in verband met werkzaamheden.', 'ambtelijke-uitdrukking', 'in verband met', 'door'],
  ['Wij zullen u de pas doen toekomen.', 'ambtelijke-uitdrukking', 'doen toekomen', 'sturen'],
  ['Wij bekijken uw aanvraag in het kader van de nieuwe regels.', 'modewoord', 'in het kader van', 'voor'],
  ['De gemeente wil hier woningen realiseren.', 'modewoord', 'realiseren', 'bouwen'],
  ['Uw bezwaar is ongegrond.', 'juridisch-jargon', 'ongegrond', 'niet terecht'],
  ['Tegen deze beschikking kunt u bezwaar maken.', 'juridisch-jargon', 'beschikking', 'besluit'],
  ['De deadline is 1 juni.', 'anglicisme', 'deadline', 'uiterste datum'],
  ['Wij checken of uw gegevens kloppen.', 'anglicisme', 'checken', 'controleren'],
  ['De weg is dicht i.v.m. werkzaamheden.', 'afkorting', 'i.v.m.', 'omdat'],
  ['U kunt o.a. een paspoort laten zien.', 'afkorting', 'o.a.', 'onder andere'],
  ['Wij hebben circa 40 meldingen gekregen.', 'moeilijk-woord', 'circa', 'ongeveer'],
  ['Dit heeft consequenties voor uw uitkering.', 'moeilijk-woord', 'consequenties', 'gevolgen'],
  ['Na de intake krijgt u een plan.', 'intern-jargon', 'intake', 'eerste gesprek'],
  ['Uw casemanager belt u volgende week.', 'intern-jargon', 'casemanager', 'vaste contactpersoon'],
  ['Wij hebben dit plan vorig jaar gerealiseerd.', 'modewoord', 'gerealiseerd', 'gemaakt'],
  ['Wij informeerden u eerder over de werkzaamheden.', 'formeel-woord', 'informeerden', 'vertelden'],
  ['Wij informeren u over de werkzaamheden.', 'formeel-woord', 'informeren', 'vertellen'],
];

function found(text: string, rule: string): Message[] {
  return check(text).messages.filter((m) => m.ruleId === rule);
}

describe('rules/woorden through check()', () => {
  for (const [text, rule, actual, suggestion] of inflected) {
    it(`${rule}: ${text}`, () => {
      expect(ids.has(rule)).toBe(true);
      const hit = found(text, rule).find((m) => m.actual === actual);
      expect(hit, `no ${rule} message on '${actual}'`).toBeDefined();
      expect(hit!.expected).toContain(suggestion);
    });
  }

  it('offers a safe fix for a one-to-one swap and none where context matters', () => {
    const text = 'Indien u vragen heeft, belt u ons. Het onderhavige besluit geldt vanaf 1 mei.';
    const messages = check(text).messages;
    const indien = messages.find((m) => m.actual === 'Indien');
    const onderhavig = messages.find((m) => m.actual === 'onderhavige');
    expect(indien?.fix?.replacement).toBe('Als');
    expect(onderhavig).toBeDefined();
    expect(onderhavig!.fix).toBeUndefined();
  });

  it('leaves plain B1 sentences alone', () => {
    const plain = [
      'Als u vragen heeft, belt u ons.',
      'Wij hebben u al een brief gestuurd.',
      'Uw verzoek is binnen. Wij laten u binnen twee weken weten wat wij besluiten.',
      'Er is genoeg licht in de kamer.',
      'Geef uw nieuwe adres voor 1 juni aan ons door.',
      'Heeft u een vraag? Bel dan mevrouw De Vries op 023 511 51 15.',
      'U krijgt 300 euro. Wij betalen dit voor 15 mei op uw rekening.',
      // Separable verbs must not match across ordinary words (stemmen ... in, draagt ... aan).
      'U kunt stemmen bij een stembureau in uw buurt.',
      'Dit draagt bij aan een schone buurt.',
      'De school besteedt veel aandacht aan lezen.',
      'Uw aanvraag is binnen. Hierna leest u wat er gebeurt.',
    ];
    for (const text of plain) {
      const hits = check(text).messages.filter((m) => ids.has(m.ruleId));
      expect(hits.map((m) => `${m.ruleId}: ${m.actual}`), text).toEqual([]);
    }
  });
});

describe('rules/woorden on the letter corpus', () => {
  const letters = loadCorpus();
  const per100 = (version: string, severity?: string) => {
    let words = 0;
    let hits = 0;
    let worst = 0;
    for (const l of letters.filter((x) => x.version === version)) {
      const r = check(l.text, { format: l.format });
      const n = r.messages.filter((m) => ids.has(m.ruleId) && (!severity || m.severity === severity)).length;
      words += r.stats.words;
      hits += n;
      worst = Math.max(worst, (100 * n) / r.stats.words);
    }
    return { overall: (100 * hits) / words, worst };
  };

  it('finds no error-level word in any B1 letter and few warnings', () => {
    expect(per100('b1', 'error').worst).toBe(0);
    expect(per100('b1').worst).toBeLessThanOrEqual(3);
  });

  it('flags many words in the bureaucratic letters', () => {
    expect(per100('ambtelijk').overall).toBeGreaterThanOrEqual(5);
  });
});
