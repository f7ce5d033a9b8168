// The parse step, table-driven: input -> sentences, block kinds, opaque tokens and the
// offsets they slice to. Every case also checks the offset invariants (token values and
// sentences slice out of the original input, nothing overlaps).

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createProcessor, parseLetter, type BlockKind, type InputFormat, type LetterDoc, type OpaqueKind } from '@helder/core';

interface Case {
  name: string;
  text: string;
  format?: InputFormat;
  /** Every sentence, as text.slice(start, end). */
  sentences?: string[];
  /** Block kind per sentence. */
  blocks?: BlockKind[];
  /** Every opaque token, in order, as [kind, text]. */
  opaque?: Array<[OpaqueKind, string]>;
  /** Lower-cased forms of all word tokens, in order. */
  words?: string[];
  /** Number of paragraphs. */
  paragraphs?: number;
}

function invariants(text: string, doc: LetterDoc): void {
  let last = 0;
  for (const s of doc.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    last = s.end;
    let at = s.start;
    for (const t of s.tokens) {
      expect(t.value).toBe(text.slice(t.start, t.end));
      expect(t.start).toBeGreaterThanOrEqual(at);
      expect(t.end).toBeGreaterThan(t.start);
      at = t.end;
    }
    expect(s.tokens[0]!.start).toBe(s.start);
    expect(s.tokens[s.tokens.length - 1]!.end).toBe(s.end);
    expect(doc.paragraphs[s.paragraph]!.sentences).toContain(s.index);
  }
  for (const o of doc.opaque) expect(o.end).toBeGreaterThan(o.start);
  for (const p of doc.paragraphs) {
    expect(p.sentences.length).toBeGreaterThan(0);
    expect(p.start).toBe(doc.sentences[p.sentences[0]!]!.start);
    expect(p.end).toBe(doc.sentences[p.sentences[p.sentences.length - 1]!]!.end);
  }
}

function run(c: Case): LetterDoc {
  const doc = parseLetter(c.text, c.format ?? 'text');
  invariants(c.text, doc);
  if (c.sentences) expect(doc.sentences.map((s) => c.text.slice(s.start, s.end))).toEqual(c.sentences);
  if (c.blocks) expect(doc.sentences.map((s) => s.block)).toEqual(c.blocks);
  if (c.opaque) expect(doc.opaque.map((o) => [o.kind, c.text.slice(o.start, o.end)])).toEqual(c.opaque);
  if (c.words) expect(doc.sentences.flatMap((s) => s.words.map((w) => w.lower))).toEqual(c.words);
  if (c.paragraphs !== undefined) expect(doc.paragraphs.length).toBe(c.paragraphs);
  return doc;
}

const sentenceCases: Case[] = [
  { name: 'two plain sentences', text: 'Wij hebben uw brief ontvangen. Wij bellen u.', sentences: ['Wij hebben uw brief ontvangen.', 'Wij bellen u.'] },
  { name: 'ends after u.', text: 'Wij helpen u. Bel ons.', sentences: ['Wij helpen u.', 'Bel ons.'] },
  { name: 'u. before lower case still ends', text: 'Dat sturen wij u. daarna bellen wij.', sentences: ['Dat sturen wij u.', 'daarna bellen wij.'] },
  { name: 'ends after a number', text: 'Zie art. 3. Daarna leest u verder.', sentences: ['Zie art. 3.', 'Daarna leest u verder.'] },
  { name: 'ends after a three-digit number', text: 'Het gaat om 125. Dat is veel.', sentences: ['Het gaat om 125.', 'Dat is veel.'] },
  { name: 'ends after a single letter', text: 'Zie bijlage B. Daarin staat alles.', sentences: ['Zie bijlage B.', 'Daarin staat alles.'] },
  { name: 'initial after a title', text: 'Mevr. J. Jansen belt u.', sentences: ['Mevr. J. Jansen belt u.'] },
  { name: 'initial before a particle', text: 'Wij spraken met J. de Vries. Hij belt u.', sentences: ['Wij spraken met J. de Vries.', 'Hij belt u.'] },
  { name: 'double initials', text: 'De heer A.B. Jansen belt u.', sentences: ['De heer A.B. Jansen belt u.'] },
  { name: 'no split after mevr.', text: 'Mevr. De Vries belt u.', sentences: ['Mevr. De Vries belt u.'] },
  { name: 'no split after mw.', text: 'Mw. Bakker is er niet.', sentences: ['Mw. Bakker is er niet.'] },
  { name: 'no split after dhr.', text: 'Dhr. Jansen is er niet.', sentences: ['Dhr. Jansen is er niet.'] },
  { name: 'no split after tel.', text: 'Bel tel. 023-5115115 voor hulp.', sentences: ['Bel tel. 023-5115115 voor hulp.'] },
  { name: 'no split after incl.', text: 'U betaalt € 10 incl. BTW per maand.', sentences: ['U betaalt € 10 incl. BTW per maand.'] },
  { name: 'no split after excl.', text: 'De prijs is excl. verzendkosten.', sentences: ['De prijs is excl. verzendkosten.'] },
  { name: 'no split after o.b.v.', text: 'Wij besluiten o.b.v. de wet.', sentences: ['Wij besluiten o.b.v. de wet.'] },
  { name: 'no split after nr.', text: 'Zie besluit nr. 12 van de raad.', sentences: ['Zie besluit nr. 12 van de raad.'] },
  { name: 'no split after blz.', text: 'Lees blz. 4 van de folder.', sentences: ['Lees blz. 4 van de folder.'] },
  { name: 'no split after art. with capital', text: 'Volgens art. 4:8 Awb mag u reageren.', sentences: ['Volgens art. 4:8 Awb mag u reageren.'] },
  { name: 'no split after i.v.m.', text: 'Wij bellen i.v.m. Uw aanvraag.', sentences: ['Wij bellen i.v.m. Uw aanvraag.'] },
  { name: 'no split after m.b.t.', text: 'Een vraag m.b.t. de kosten.', sentences: ['Een vraag m.b.t. de kosten.'] },
  { name: 'no split after t.a.v.', text: 'Stuur het t.a.v. Team Vergunningen.', sentences: ['Stuur het t.a.v. Team Vergunningen.'] },
  { name: 'no split after bijv.', text: 'Neem bijv. Uw paspoort mee.', sentences: ['Neem bijv. Uw paspoort mee.'] },
  { name: 'split after enz. before a capital', text: 'U kunt papier, glas enz. inleveren. Daarna niet meer. Ook blik enz. Daarna klaar.', sentences: ['U kunt papier, glas enz. inleveren.', 'Daarna niet meer.', 'Ook blik enz.', 'Daarna klaar.'] },
  { name: 'split after z.s.m. before a capital', text: 'Reageer z.s.m. Wij wachten op u.', sentences: ['Reageer z.s.m.', 'Wij wachten op u.'] },
  { name: 'z.s.m. mid-sentence', text: 'Wij bellen u z.s.m. terug.', sentences: ['Wij bellen u z.s.m. terug.'] },
  { name: 'question and exclamation', text: 'Heeft u vragen? Bel ons! Wij helpen graag.', sentences: ['Heeft u vragen?', 'Bel ons!', 'Wij helpen graag.'] },
  { name: 'closing quote after stop', text: 'Hij zei: "Kom langs." Toen ging hij.', sentences: ['Hij zei: "Kom langs."', 'Toen ging hij.'] },
  { name: 'closing bracket after stop', text: 'Dat mag (zie de regels.) Daarna niet.', sentences: ['Dat mag (zie de regels.)', 'Daarna niet.'] },
  { name: 'ellipsis before lower case', text: 'Wij wachten… en wachten. Klaar.', sentences: ['Wij wachten… en wachten.', 'Klaar.'] },
  { name: 'decimal number is not a stop', text: 'Het kost 12.5 procent meer. Dat is veel.', sentences: ['Het kost 12.5 procent meer.', 'Dat is veel.'] },
  { name: 'no stop at the end', text: 'Wij bellen u', sentences: ['Wij bellen u'] },
  { name: 'ordinary abbreviation word split', text: 'Dat is niet vol. Wij bellen.', sentences: ['Dat is niet vol.', 'Wij bellen.'] },
  { name: 'bel. is a word, not an abbreviation', text: 'Heeft u vragen, bel. Wij helpen.', sentences: ['Heeft u vragen, bel.', 'Wij helpen.'] },
  { name: 'URL full stop ends the sentence', text: 'Kijk op www.haarlem.nl. Daar staat het.', sentences: ['Kijk op www.haarlem.nl.', 'Daar staat het.'] },
  { name: 'e-mail full stop ends the sentence', text: 'Mail info@haarlem.nl. Wij antwoorden snel.', sentences: ['Mail info@haarlem.nl.', 'Wij antwoorden snel.'] },
  { name: 'date with month abbreviation', text: 'Op 3 jan. 2026 kreeg u een brief.', sentences: ['Op 3 jan. 2026 kreeg u een brief.'] },
  { name: 'no split after d.d.', text: 'Uw brief d.d. 3 mei is binnen.', sentences: ['Uw brief d.d. 3 mei is binnen.'] },
  { name: 'no split after St.', text: 'Het adres is St. Jansstraat 4.', sentences: ['Het adres is St. Jansstraat 4.'] },
  { name: 'abbreviation with its period split off by retext', text: 'Bel tel. 14 023 of mail.', sentences: ['Bel tel. 14 023 of mail.'] },
  { name: 'single quotes close a sentence', text: "Hij zei: 'Kom.' Toen ging hij.", sentences: ["Hij zei: 'Kom.'", 'Toen ging hij.'] },
  { name: 'question mark then exclamation', text: 'Echt?! Ja.', sentences: ['Echt?!', 'Ja.'] },
  { name: 'tabs between words', text: 'Wij\tbellen u.\tDag.', sentences: ['Wij\tbellen u.', 'Dag.'] },
  { name: 'abbreviation keeps its period in the token', text: 'Wij bellen i.v.m. de brief.', words: ['wij', 'bellen', 'i.v.m.', 'de', 'brief'] },
  { name: 'u. is split into word and full stop', text: 'Wij helpen u. Dag.', words: ['wij', 'helpen', 'u', 'dag'] },
];

const lineCases: Case[] = [
  {
    name: 'hard-wrapped prose is not split',
    text: 'Wij hebben uw aanvraag voor een parkeervergunning\nontvangen en gaan die nu bekijken. Dat duurt\nongeveer twee weken.',
    sentences: ['Wij hebben uw aanvraag voor een parkeervergunning\nontvangen en gaan die nu bekijken.', 'Dat duurt\nongeveer twee weken.'],
    blocks: ['paragraph', 'paragraph'],
  },
  {
    name: 'wrapped line before a capital name stays joined',
    text: 'Uw aanvraag is doorgestuurd naar de afdeling van de gemeente\nHaarlem die erover beslist.',
    sentences: ['Uw aanvraag is doorgestuurd naar de afdeling van de gemeente\nHaarlem die erover beslist.'],
  },
  {
    name: 'salutation ends at the line break',
    text: 'Geachte heer Jansen,\nWij schrijven u over uw aanvraag.',
    sentences: ['Geachte heer Jansen,', 'Wij schrijven u over uw aanvraag.'],
    blocks: ['salutation', 'paragraph'],
  },
  {
    name: 'salutation with a placeholder',
    text: 'Beste [Voornaam],\n\nDank voor uw brief.',
    sentences: ['Beste [Voornaam],', 'Dank voor uw brief.'],
    blocks: ['salutation', 'paragraph'],
    opaque: [['placeholder', '[Voornaam]']],
  },
  {
    name: 'closing and signature',
    text: 'Bel ons gerust.\n\nMet vriendelijke groet,\n\nJ. de Vries\nTeamleider Burgerzaken',
    sentences: ['Bel ons gerust.', 'Met vriendelijke groet,', 'J. de Vries', 'Teamleider Burgerzaken'],
    blocks: ['paragraph', 'closing', 'closing', 'closing'],
  },
  {
    name: 'closing directly followed by a name',
    text: 'Met vriendelijke groeten,\nde burgemeester van Haarlem',
    sentences: ['Met vriendelijke groeten,', 'de burgemeester van Haarlem'],
    blocks: ['closing', 'closing'],
  },
  {
    name: 'hoogachtend',
    text: 'Hoogachtend,\nBurgemeester en wethouders',
    blocks: ['closing', 'closing'],
  },
  {
    name: 'subject line',
    text: 'Onderwerp: uw aanvraag parkeervergunning\nGeachte mevrouw De Vries,',
    sentences: ['Onderwerp: uw aanvraag parkeervergunning', 'Geachte mevrouw De Vries,'],
    blocks: ['subject', 'salutation'],
  },
  {
    name: 'betreft line',
    text: 'Betreft: bezwaar\n\nWij hebben uw bezwaar ontvangen.',
    blocks: ['subject', 'paragraph'],
  },
  {
    name: 'metadata lines are address lines',
    text: 'Datum: 3 mei 2026\nKenmerk: 2024/123456\n\nGeachte heer,',
    sentences: ['Datum: 3 mei 2026', 'Kenmerk: 2024/123456', 'Geachte heer,'],
    blocks: ['address', 'address', 'salutation'],
    opaque: [['date', '3 mei 2026'], ['caseNumber', '2024/123456']],
  },
  {
    name: 'address block',
    text: 'Mevrouw J. de Vries\nKerkstraat 12\n2011 AB Haarlem\n\nGeachte mevrouw De Vries,',
    sentences: ['Mevrouw J. de Vries', 'Kerkstraat 12', '2011 AB Haarlem', 'Geachte mevrouw De Vries,'],
    blocks: ['address', 'address', 'address', 'salutation'],
    paragraphs: 2,
  },
  {
    name: 'sender block with Postbus',
    text: 'Gemeente Haarlem\nPostbus 511\n2003 PB Haarlem',
    blocks: ['address', 'address', 'address'],
    opaque: [['number', '511'], ['postcode', '2003 PB']],
  },
  {
    name: 'dash list items',
    text: 'Neem mee:\n- uw paspoort\n- een pasfoto',
    sentences: ['Neem mee:', '- uw paspoort', '- een pasfoto'],
    blocks: ['paragraph', 'listItem', 'listItem'],
    paragraphs: 3,
  },
  {
    name: 'star and bullet list items',
    text: '* uw paspoort\n• een pasfoto',
    blocks: ['listItem', 'listItem'],
  },
  {
    name: 'numbered list items keep their marker',
    text: '1. Vul het formulier in.\n2. Stuur het op.',
    sentences: ['1. Vul het formulier in.', '2. Stuur het op.'],
    blocks: ['listItem', 'listItem'],
  },
  {
    name: 'letter list items',
    text: 'a) uw paspoort\nb) een pasfoto',
    sentences: ['a) uw paspoort', 'b) een pasfoto'],
    blocks: ['listItem', 'listItem'],
  },
  {
    name: 'wrapped list item continues',
    text: '- een factuur voor\n  het eerste jaar\n- een folder',
    sentences: ['- een factuur voor\n  het eerste jaar', '- een folder'],
    blocks: ['listItem', 'listItem'],
  },
  {
    name: 'heading above prose',
    text: 'Wat gaat er gebeuren\nWij komen op 3 mei langs.',
    sentences: ['Wat gaat er gebeuren', 'Wij komen op 3 mei langs.'],
    blocks: ['heading', 'paragraph'],
  },
  {
    name: 'question heading as its own paragraph',
    text: 'Heeft u vragen?\n\nBel ons op 14 023.',
    blocks: ['heading', 'paragraph'],
    opaque: [['phone', '14 023']],
  },
  {
    name: 'markdown-style heading in text',
    text: '# Uw aanvraag\nWij hebben die ontvangen.',
    blocks: ['heading', 'paragraph'],
  },
  {
    name: 'blank line starts a new paragraph',
    text: 'Eerste alinea hier.\n\nTweede alinea hier.',
    paragraphs: 2,
    blocks: ['paragraph', 'paragraph'],
  },
  {
    name: 'colon at line end breaks',
    text: 'U kunt ons bereiken op dit nummer van de gemeente:\n023-5115115',
    sentences: ['U kunt ons bereiken op dit nummer van de gemeente:', '023-5115115'],
  },
  {
    name: 'a line break in a paragraph of one-line sentences counts',
    text: 'Lukt dat niet? Dan kijkt een commissie naar uw bezwaar\nDe Commissie bezwaarschriften bestaat uit mensen die niet bij de gemeente werken. Zij nodigen u uit.',
    sentences: ['Lukt dat niet?', 'Dan kijkt een commissie naar uw bezwaar', 'De Commissie bezwaarschriften bestaat uit mensen die niet bij de gemeente werken.', 'Zij nodigen u uit.'],
  },
  {
    name: 'a break where the next word would have fitted is on purpose',
    text: 'Wanneer is het gesprek?\nDonderdag 19 februari 2026 om 15.30 uur\nIn het stadhuis op de tweede verdieping\nKomt u samen met Noah? Het duurt ongeveer 45 minuten.',
    sentences: ['Wanneer is het gesprek?', 'Donderdag 19 februari 2026 om 15.30 uur', 'In het stadhuis op de tweede verdieping', 'Komt u samen met Noah?', 'Het duurt ongeveer 45 minuten.'],
  },
  {
    name: 'a street line is an address line',
    text: 'Het gesprek is op dinsdag 28 april 2026 om 10.30 uur\nStationsweg 20 in Dijkstad (ingang naast de bibliotheek)\nHet gesprek duurt ongeveer een uur.',
    sentences: ['Het gesprek is op dinsdag 28 april 2026 om 10.30 uur', 'Stationsweg 20 in Dijkstad (ingang naast de bibliotheek)', 'Het gesprek duurt ongeveer een uur.'],
    blocks: ['paragraph', 'address', 'paragraph'],
  },
  {
    name: 'hard-wrapped prose with a street and number at a line start is prose, not an address',
    text: 'Wij hebben uw melding over de stoep voor uw woning aan de\nMerelstraat 22 ontvangen. Wij hebben de stoep laten\nherstellen.',
    sentences: ['Wij hebben uw melding over de stoep voor uw woning aan de\nMerelstraat 22 ontvangen.', 'Wij hebben de stoep laten\nherstellen.'],
    blocks: ['paragraph', 'paragraph'],
  },
  {
    name: 'a street line after a line that stops mid-phrase continues it',
    text: 'De werkzaamheden vinden plaats in de\nKerkstraat 4 tot en met 18\nU kunt in die week niet parkeren.',
    sentences: ['De werkzaamheden vinden plaats in de\nKerkstraat 4 tot en met 18', 'U kunt in die week niet parkeren.'],
    blocks: ['paragraph', 'paragraph'],
  },
  {
    name: 'label: value lines',
    text: 'Kosten van de naheffingsaanslag parkeren: € 75,70\nTotaal verschuldigd: € 79,50',
    sentences: ['Kosten van de naheffingsaanslag parkeren: € 75,70', 'Totaal verschuldigd: € 79,50'],
  },
  {
    name: 'CRLF line breaks',
    text: 'Geachte heer,\r\n\r\nWij bellen u.\r\nMet vriendelijke groet,\r\nAnna',
    sentences: ['Geachte heer,', 'Wij bellen u.', 'Met vriendelijke groet,', 'Anna'],
    blocks: ['salutation', 'paragraph', 'closing', 'closing'],
  },
];

const opaqueCases: Case[] = [
  { name: 'amount with space', text: 'U betaalt € 1.250,00 per jaar.', opaque: [['amount', '€ 1.250,00']], words: ['u', 'betaalt', 'per', 'jaar'] },
  { name: 'amount without space', text: 'Het kost €45,50.', opaque: [['amount', '€45,50']] },
  { name: 'amount EUR', text: 'Het kost EUR 12 per maand.', opaque: [['amount', 'EUR 12']] },
  { name: 'amount with dash', text: 'Het kost € 12,- per jaar.', opaque: [['amount', '€ 12,-']] },
  { name: 'date in words', text: 'Wij komen op 3 mei 2026 langs.', opaque: [['date', '3 mei 2026']], words: ['wij', 'komen', 'op', 'langs'] },
  { name: 'date without year', text: 'Wij komen op 12 december.', opaque: [['date', '12 december']] },
  { name: 'numeric date', text: 'Uw brief van 03-05-2026 is binnen.', opaque: [['date', '03-05-2026']] },
  { name: 'short numeric date', text: 'Uw brief van 3-5-\'26 is binnen.', opaque: [['date', "3-5-'26"]] },
  { name: 'slash date', text: 'Betaal voor 1/7/2026.', opaque: [['date', '1/7/2026']] },
  { name: 'ISO date', text: 'Betaal voor 2026-07-01.', opaque: [['date', '2026-07-01']] },
  { name: 'time with uur', text: 'Kom om 14.30 uur langs.', opaque: [['time', '14.30 uur']], words: ['kom', 'om', 'langs'] },
  { name: 'time with colon', text: 'Kom om 9:00 langs.', opaque: [['time', '9:00']] },
  { name: 'time range', text: 'Open van 9.00-17.00 uur.', opaque: [['time', '9.00-17.00 uur']] },
  { name: 'phone with dash', text: 'Bel 023-5115115.', opaque: [['phone', '023-5115115']] },
  { name: 'phone 14 number', text: 'Bel 14 023.', opaque: [['phone', '14 023']] },
  { name: 'phone international', text: 'Bel +31 23 511 5115.', opaque: [['phone', '+31 23 511 5115']] },
  { name: 'phone 0800', text: 'Bel gratis 0800-1234.', opaque: [['phone', '0800-1234']] },
  { name: 'mobile phone', text: 'Bel 06 12345678.', opaque: [['phone', '06 12345678']] },
  { name: 'phone in brackets', text: 'Bel ons (023-5115115) gerust.', opaque: [['phone', '023-5115115']] },
  { name: 'postcode', text: 'Het adres is 2011 AB Haarlem.', opaque: [['postcode', '2011 AB']] },
  { name: 'year before lower-case word is no postcode', text: 'In 2026 en later.', opaque: [['number', '2026']], words: ['in', 'en', 'later'] },
  { name: 'URL', text: 'Kijk op https://www.haarlem.nl/afval?x=1.', opaque: [['url', 'https://www.haarlem.nl/afval?x=1']] },
  { name: 'bare domain', text: 'Kijk op haarlem.nl voor meer.', opaque: [['url', 'haarlem.nl']] },
  { name: 'e-mail', text: 'Mail naar info@haarlem.nl of bel.', opaque: [['email', 'info@haarlem.nl']] },
  { name: 'case number after zaaknummer', text: 'Uw zaaknummer Z-2024-12345 staat bovenaan.', opaque: [['caseNumber', 'Z-2024-12345']], words: ['uw', 'zaaknummer', 'staat', 'bovenaan'] },
  { name: 'case number after kenmerk', text: 'Kenmerk: 2024/123456', opaque: [['caseNumber', '2024/123456']] },
  { name: 'BSN-like digit run', text: 'Uw BSN is 123456789.', opaque: [['caseNumber', '123456789']] },
  { name: 'plain numbers', text: 'Er zijn 3 of 1.250 of 12,5 aanvragen.', opaque: [['number', '3'], ['number', '1.250'], ['number', '12,5']] },
  { name: 'percentage number', text: 'Dat is 25% meer.', opaque: [['number', '25']] },
  { name: 'mustache placeholder', text: 'Beste {{ voornaam }}, welkom.', opaque: [['placeholder', '{{ voornaam }}']], words: ['beste', 'welkom'] },
  { name: 'jinja block placeholder', text: 'Hallo {% if x %}daar{% endif %}.', opaque: [['placeholder', '{% if x %}'], ['placeholder', '{% endif %}']] },
  { name: 'template comment placeholder', text: 'Hallo {# noot #} daar.', opaque: [['placeholder', '{# noot #}']] },
  { name: 'dollar placeholder', text: 'Hallo ${naam}, welkom.', opaque: [['placeholder', '${naam}']] },
  { name: 'double bracket placeholder', text: 'Hallo [[naam]], welkom.', opaque: [['placeholder', '[[naam]]']] },
  { name: 'guillemet merge field', text: 'Geachte «Aanhef» «Achternaam»,', opaque: [['placeholder', '«Aanhef»'], ['placeholder', '«Achternaam»']], blocks: ['salutation'] },
  { name: 'angle placeholder', text: 'Geachte <<naam>>, welkom.', opaque: [['placeholder', '<<naam>>']] },
  { name: 'bracket field with spaces', text: 'Op [datum besluit] besloten wij.', opaque: [['placeholder', '[datum besluit]']], words: ['op', 'besloten', 'wij'] },
  { name: 'MERGEFIELD text', text: 'Geachte MERGEFIELD Achternaam, welkom.', opaque: [['placeholder', 'MERGEFIELD Achternaam']] },
  { name: 'MERGEFIELD field code', text: 'Geachte { MERGEFIELD Naam }, welkom.', opaque: [['placeholder', '{ MERGEFIELD Naam }']] },
  { name: 'placeholder with a full stop inside does not split', text: 'Datum: {{ datum.vandaag }}. Wij bellen.', sentences: ['Datum: {{ datum.vandaag }}.', 'Wij bellen.'] },
];

const characterCases: Case[] = [
  { name: 'empty text', text: '', sentences: [], paragraphs: 0 },
  { name: 'only whitespace', text: ' \n\t\n  ', sentences: [], paragraphs: 0 },
  { name: 'ĳ folds to ij', text: 'Het Ĳsselmeer is mooi.', words: ['het', 'ijsselmeer', 'is', 'mooi'] },
  { name: 'soft hyphens removed from lower', text: 'Uw be\u00ADschik\u00ADking komt.', words: ['uw', 'beschikking', 'komt'] },
  { name: 'zero-width space stays inside a word', text: 'Een za\u200Bak hier.', words: ['een', 'zaak', 'hier'] },
  { name: 'bidi controls removed', text: 'Het \u202Eabc\u202C woord.', words: ['het', 'abc', 'woord'] },
  { name: 'U+2019 apostrophe', text: 'Twee auto’s staan hier.', words: ['twee', "auto's", 'staan', 'hier'] },
  { name: 'decomposed accents composed in lower', text: 'Een cafe\u0301 hier.', words: ['een', 'café', 'hier'] },
  { name: 'NBSP between words', text: 'Bel\u00A0ons nu.', words: ['bel', 'ons', 'nu'] },
  { name: 'emoji is a symbol', text: 'Dank u 😀 voor alles.', words: ['dank', 'u', 'voor', 'alles'] },
  { name: 'control characters', text: 'Een\u0001 brief\u0007 hier.', words: ['een', 'brief', 'hier'] },
  { name: 'byte order mark', text: '\uFEFFWij bellen u.', sentences: ['\uFEFFWij bellen u.'], words: ['wij', 'bellen', 'u'] },
];

const directiveCases: Case[] = [
  { name: 'directive comment is not checked', text: '<!-- helder-disable jargon -->\nDit is tekst.', words: ['dit', 'is', 'tekst'] },
  { name: 'plain-text directive line is not checked', text: 'helder-disable-next-line\nDit is tekst.', words: ['dit', 'is', 'tekst'] },
];

describe('parse: sentences', () => {
  it.each(sentenceCases)('$name', (c) => void run(c));
});

describe('parse: block lines', () => {
  it.each(lineCases)('$name', (c) => void run(c));
});

describe('parse: opaque tokens', () => {
  it.each(opaqueCases)('$name', (c) => void run(c));

  it('opaque tokens are not words and keep exact offsets', () => {
    const text = 'Betaal € 45,50 voor 3 mei via https://haarlem.nl/betalen.';
    const doc = parseLetter(text);
    const tokens = doc.sentences.flatMap((s) => s.tokens);
    const amount = tokens.find((t) => t.kind === 'amount')!;
    expect(amount.value).toBe('€ 45,50');
    expect(text.slice(amount.start, amount.end)).toBe('€ 45,50');
    expect(doc.sentences[0]!.words.map((w) => w.value)).toEqual(['Betaal', 'voor', 'via']);
  });

  it('placeholder tokens carry the original text', () => {
    const text = 'Beste {{ naam }},';
    const doc = parseLetter(text);
    const t = doc.sentences[0]!.tokens.find((k) => k.kind === 'placeholder')!;
    expect(t.value).toBe('{{ naam }}');
    expect(t.lower).toBe('{{ naam }}');
  });
});

describe('parse: hostile characters', () => {
  it.each(characterCases)('$name', (c) => void run(c));

  it('1 MB without a full stop is one sentence with exact offsets', () => {
    const text = 'woord '.repeat(170_000) + 'einde';
    const doc = parseLetter(text);
    expect(doc.sentences).toHaveLength(1);
    expect(doc.sentences[0]!.end).toBe(text.length);
    expect(doc.sentences[0]!.words).toHaveLength(170_001);
  });

  it('a long text (parsed in pieces) splits every copy of a letter the same way', () => {
    const letter = 'Geachte heer Jansen,\n\nWij helpen u. Zie art. 3. Bel 023-5115115 of\nmail info@haarlem.nl. Het kost € 1.250,00.\n\nMet vriendelijke groet,\nAnna';
    const one = parseLetter(letter);
    const text = Array.from({ length: 200 }, () => letter).join('\n\n');
    const doc = parseLetter(text);
    expect(text.length).toBeGreaterThan(20_000);
    expect(doc.sentences).toHaveLength(one.sentences.length * 200);
    const stride = letter.length + 2;
    doc.sentences.forEach((s, i) => {
      const base = one.sentences[i % one.sentences.length]!;
      const shift = Math.floor(i / one.sentences.length) * stride;
      expect([s.start - shift, s.end - shift, s.block]).toEqual([base.start, base.end, base.block]);
      expect(s.tokens.map((t) => [t.start - shift, t.kind])).toEqual(base.tokens.map((t) => [t.start, t.kind]));
    });
  });

  it('many "a." initials stay fast enough (retext is parsed in pieces)', () => {
    const text = 'a. '.repeat(20_000);
    const doc = parseLetter(text);
    invariants(text, doc);
    expect(doc.sentences.flatMap((s) => s.tokens)).toHaveLength(20_000);
  });

  it('one long line of digits and symbols does not throw', () => {
    const text = '1'.repeat(100_000) + ' €€€ @@@ ' + '{{'.repeat(10_000) + ' [a'.repeat(10_000);
    const doc = parseLetter(text);
    invariants(text, doc);
  });

  it('random letters of hostile pieces keep every offset exact in every format', () => {
    const pieces = [
      'Wij', 'bellen', 'u', 'ĳs', 'Ĳ', 'cafe\u0301', '\u00AD', '\u00A0', '\u200B', '\u202E', '😀', '\uD800', 'auto’s',
      '\r\n', '\n', '\n\n', ' ', '.', '?', '!', '€ 1.250,00', '023-5115115', '3 mei 2026', '2011 AB', '{{ naam }}',
      '[Naam]', '«Veld»', '<<x>>', '<!-- helder-disable a -->', 'helder-enable', 'helder-disable-next-line b',
      'www.haarlem.nl', 'info@x.nl', '# ', '- ', '1. ', '`', '```', '&amp;', '&euml;', '<p>', '</p>', '<br>', '<li>',
      '<script>', 'Geachte heer,', 'Met vriendelijke groet,', 'art.', 'i.v.m.', 'B.', '\u0000', '\uFEFF', '[', ']', '---\n',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom<InputFormat>('text', 'markdown', 'html'), (parts, format) => {
        const text = parts.join('');
        invariants(text, parseLetter(text, format));
      }),
      { seed: 20260503, numRuns: 300 },
    );
  });

  it('surrogate pairs are never cut', () => {
    const text = '😀😀 Wij 👍🏽 bellen u. 😀';
    const doc = parseLetter(text);
    invariants(text, doc);
    for (const s of doc.sentences) for (const t of s.tokens) expect(t.value.isWellFormed()).toBe(true);
  });
});

describe('parse: inline ignores', () => {
  it.each(directiveCases)('$name', (c) => void run(c));

  it('disable ... enable in a comment covers the text between', () => {
    const text = 'Eerst.\n<!-- helder-disable jargon, lange-zin -->\nDit niet.\n<!-- helder-enable jargon -->\nDan wel.';
    const doc = parseLetter(text);
    const jargon = doc.ignores.find((r) => r.rules[0] === 'jargon')!;
    expect(text.slice(jargon.start, jargon.end)).toBe('\nDit niet.\n');
    const long = doc.ignores.find((r) => r.rules[0] === 'lange-zin')!;
    expect(long.end).toBe(text.length);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Eerst.', 'Dit niet.', 'Dan wel.']);
  });

  it('disable without ids covers every rule to the end', () => {
    const text = 'Eerst.\n<!-- helder-disable -->\nDit niet.';
    const doc = parseLetter(text);
    expect(doc.ignores).toEqual([{ start: text.indexOf(' -->') + 4, end: text.length, rules: [] }]);
  });

  it('disable-next-line covers only the next line', () => {
    const text = '<!-- helder-disable-next-line jargon -->\nIndien u wilt.\nDan wel.';
    const doc = parseLetter(text);
    expect(doc.ignores).toHaveLength(1);
    const r = doc.ignores[0]!;
    expect(text.slice(r.start, r.end)).toBe('Indien u wilt.');
    expect(r.rules).toEqual(['jargon']);
  });

  it('plain-text form: disable and enable lines', () => {
    const text = 'Eerst.\nhelder-disable jargon\nDit niet.\nhelder-enable\nDan wel.';
    const doc = parseLetter(text);
    expect(doc.ignores).toHaveLength(1);
    expect(text.slice(doc.ignores[0]!.start, doc.ignores[0]!.end)).toBe('\nDit niet.\n');
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Eerst.', 'Dit niet.', 'Dan wel.']);
  });

  it('disable-next-line skips blank lines', () => {
    const text = 'helder-disable-next-line\n\nDeze zin niet.\nDeze wel.';
    const doc = parseLetter(text);
    expect(text.slice(doc.ignores[0]!.start, doc.ignores[0]!.end)).toBe('Deze zin niet.');
    expect(doc.ignores[0]!.rules).toEqual([]);
  });

  it('plain-text form with CRLF', () => {
    const text = 'helder-disable-next-line lange-zin\r\nDeze zin niet.\r\nDeze wel.';
    const doc = parseLetter(text);
    expect(text.slice(doc.ignores[0]!.start, doc.ignores[0]!.end)).toBe('Deze zin niet.');
  });

  it('a line that only mentions helder-disable inside a sentence is no directive', () => {
    const doc = parseLetter('Schrijf helder-disable niet zomaar.');
    expect(doc.ignores).toEqual([]);
  });
});

const md = [
  '---',
  'titel: Brief. Niet checken',
  '---',
  '# Uw aanvraag',
  'Geachte [Naam],',
  '',
  'Wij hebben uw **aanvraag** ontvangen. Kijk op [onze site](https://www.haarlem.nl/x "titel").',
  'Gebruik `code. hier` niet.',
  '',
  '```',
  'code block. Niet checken',
  '```',
  '',
  '- eerste punt',
  '- tweede punt',
  '',
  '<div>Ook html. Niet</div>',
  '',
  '![plaatje. Niet](a.png)',
  '',
  '[1]: https://example.org/niet',
].join('\n');

describe('parse: markdown', () => {
  const doc = parseLetter(md, 'markdown');

  it('checks only prose, with offsets into the markdown', () => {
    invariants(md, doc);
    expect(doc.sentences.map((s) => md.slice(s.start, s.end))).toEqual([
      'Uw aanvraag',
      'Geachte [Naam],',
      'Wij hebben uw **aanvraag** ontvangen.',
      'Kijk op [onze site](https://www.haarlem.nl/x "titel").',
      'Gebruik `code. hier` niet.',
      'eerste punt',
      'tweede punt',
    ]);
  });

  it('gives markdown blocks their kinds', () => {
    expect(doc.sentences.map((s) => s.block)).toEqual([
      'heading', 'salutation', 'paragraph', 'paragraph', 'paragraph', 'listItem', 'listItem',
    ]);
  });

  it('leaves out URLs, code and front matter words', () => {
    const words = doc.sentences.flatMap((s) => s.words.map((w) => w.lower));
    expect(words).toEqual(['uw', 'aanvraag', 'geachte', 'wij', 'hebben', 'uw', 'aanvraag', 'ontvangen', 'kijk', 'op', 'onze', 'site', 'gebruik', 'niet', 'eerste', 'punt', 'tweede', 'punt']);
    expect(doc.opaque.map((o) => o.kind)).toEqual(['placeholder']);
  });

  it('honours comment directives', () => {
    const text = 'Eerst.\n\n<!-- helder-disable-next-line jargon -->\nIndien u wilt.\n';
    const d = parseLetter(text, 'markdown');
    expect(text.slice(d.ignores[0]!.start, d.ignores[0]!.end)).toBe('Indien u wilt.');
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Eerst.', 'Indien u wilt.']);
  });

  it('autolinks are not prose', () => {
    const text = 'Kijk op <https://www.haarlem.nl/afval> of mail <info@haarlem.nl>.';
    const d = parseLetter(text, 'markdown');
    expect(d.sentences[0]!.words.map((w) => w.lower)).toEqual(['kijk', 'op', 'of', 'mail']);
    expect(d.opaque).toEqual([]);
  });

  it('a list right after a paragraph is split from it', () => {
    const text = 'Neem mee\n- uw paspoort\n- een foto';
    const d = parseLetter(text, 'markdown');
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Neem mee', 'uw paspoort', 'een foto']);
    expect(d.sentences.map((s) => s.block)).toEqual(['paragraph', 'listItem', 'listItem']);
  });
});

const html = [
  '<!doctype html><html><head><title>Titel. Niet</title><style>p { color: red }</style></head><body>',
  '<h1>Uw aanvraag</h1><p>Geachte heer Jansen,</p>',
  '<p class="x">Wij hebben uw <b>aanvraag</b> ontvangen.<br>U krijgt de financi&euml;le bijdrage&nbsp;snel. Zie <a href="https://x.nl/a">de site</a>.</p>',
  '<ul><li>eerste punt</li><li>tweede punt</li></ul>',
  '<script>var a = "Hallo. Dit niet.";</script><!-- commentaar. Niet -->',
  '<div>Met vriendelijke groet,<br>J. de Vries</div></body></html>',
].join('\n');

describe('parse: html', () => {
  const doc = parseLetter(html, 'html');

  it('checks only text, with offsets into the html', () => {
    invariants(html, doc);
    expect(doc.sentences.map((s) => html.slice(s.start, s.end))).toEqual([
      'Uw aanvraag',
      'Geachte heer Jansen,',
      'Wij hebben uw <b>aanvraag</b> ontvangen.',
      'U krijgt de financi&euml;le bijdrage&nbsp;snel.',
      'Zie <a href="https://x.nl/a">de site</a>.',
      'eerste punt',
      'tweede punt',
      'Met vriendelijke groet,',
      'J. de Vries',
    ]);
  });

  it('gives block elements their kinds', () => {
    expect(doc.sentences.map((s) => s.block)).toEqual([
      'heading', 'salutation', 'paragraph', 'paragraph', 'paragraph', 'listItem', 'listItem', 'closing', 'closing',
    ]);
  });

  it('keeps a word with an entity whole and decodes it in lower', () => {
    const word = doc.sentences[3]!.words.find((w) => w.value.startsWith('financi'))!;
    expect(word.value).toBe('financi&euml;le');
    expect(word.lower).toBe('financiële');
  });

  it('a fragment without a document wrapper works too', () => {
    const text = '<p>Hallo <i>daar</i>.</p><p>Tot ziens.</p>';
    const d = parseLetter(text, 'html');
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Hallo <i>daar</i>.', 'Tot ziens.']);
    expect(d.paragraphs).toHaveLength(2);
  });
});

describe('parse: the nlcst tree follows the LetterDoc', () => {
  it('regroups sentences and paragraphs for retext plugins used after helderDutch', () => {
    const text = 'Geachte heer,\nWij helpen u. Zie art. 3. Daarna € 1.250,00.\n\nMet vriendelijke groet,\nAnna';
    const processor = createProcessor();
    const tree = processor.parse(text) as unknown as { children: Array<{ type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: Array<{ type: string; position?: { start: { offset?: number }; end: { offset?: number } } }> }> };
    const doc = parseLetter(text);
    const ran = processor.runSync(tree as never, text as never) as unknown as typeof tree;
    const sentences: string[] = [];
    for (const p of ran.children) {
      if (p.type !== 'ParagraphNode') continue;
      for (const s of p.children ?? []) if (s.type === 'SentenceNode') sentences.push(text.slice(s.position!.start.offset, s.position!.end.offset));
    }
    expect(sentences).toEqual(doc.sentences.map((s) => text.slice(s.start, s.end)));
    expect(ran.children.filter((p) => p.type === 'ParagraphNode')).toHaveLength(doc.paragraphs.length);
  });

  // check() parses with retext-dutch's word level only (its sentence split is redone by
  // helderDutch); extensions that users register for retext-dutch must still run.
  const text = 'Geachte heer,\nWij helpen u. Zie art. 3. Bel 06-12345678.\n\nMet vriendelijke groet,\nAnna';
  const splitOf = (d: LetterDoc) => d.sentences.map((s) => text.slice(s.start, s.end));

  it('runs a sentence-level extension on every word node', () => {
    let seen = 0;
    const count = (sentence: { children: unknown[] }) => void (seen += sentence.children.length);
    const processor = createProcessor().data('nlcstSentenceExtensions', [count]);
    processor.runSync(processor.parse(text) as never, text as never);
    expect(seen).toBeGreaterThan(20);
  });

  it('with a paragraph-level extension, parses all of retext-dutch and still splits as Helder does', () => {
    let paragraphs = 0;
    const count = () => void paragraphs++;
    const processor = createProcessor().data('nlcstParagraphExtensions', [count]);
    const tree = processor.runSync(processor.parse(text) as never, text as never) as unknown as { children: Array<{ type: string; children?: Array<{ type: string; position?: { start: { offset?: number }; end: { offset?: number } } }> }> };
    expect(paragraphs).toBeGreaterThan(0);
    const sentences: string[] = [];
    for (const p of tree.children) for (const s of p.children ?? []) if (s.type === 'SentenceNode') sentences.push(text.slice(s.position!.start.offset, s.position!.end.offset));
    expect(sentences).toEqual(splitOf(parseLetter(text)));
    expect(sentences).toContain('Wij helpen u.');
  });
});

describe('parse: a whole letter', () => {
  const letter = [
    'Gemeente Haarlem',
    'Postbus 511',
    '2003 PB Haarlem',
    '',
    'Datum: 3 mei 2026',
    'Onderwerp: uw aanvraag parkeervergunning',
    '',
    'Geachte heer Jansen,',
    '',
    'Wij hebben uw aanvraag ontvangen op 1 mei. U krijgt de vergunning',
    'binnen twee weken. De kosten zijn € 45,50 per jaar.',
    '',
    'Heeft u vragen?',
    'Bel ons op 14 023 of mail naar info@haarlem.nl.',
    '',
    'Met vriendelijke groet,',
    '',
    '{{ afzender }}',
  ].join('\n');

  it('splits and labels every part', () => {
    const doc = run({
      name: 'letter',
      text: letter,
      blocks: ['address', 'address', 'address', 'address', 'subject', 'salutation', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'closing', 'closing'],
    });
    expect(doc.sentences[7]!.start).toBe(letter.indexOf('U krijgt'));
    expect(doc.opaque.map((o) => o.kind)).toEqual(['number', 'postcode', 'date', 'date', 'amount', 'phone', 'email', 'placeholder']);
  });
});
