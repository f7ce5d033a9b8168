// Letter-level detectors as tables: a text in, the spans they report out. Complements
// the rule examples (checks-examples.test.ts) with the edges: what counts as a letter,
// placeholders, html, addresses in capitals, announced versus taken decisions.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../packages/core/src/parse/index.js';
import { letterChecks } from '../packages/core/src/checks/index.js';
import { TIME, allMatches, bodySentences, countLetterWords, countWords, isLetter, letterView, sentencesOfBlock, sentencesWithCues, wordsIn } from '../packages/core/src/checks/letter.js';
import type { InputFormat } from '../packages/core/src/types.js';
import { loadCorpus } from '../corpus/index.mjs';
import { HELPER, HONORIFIC, INTRO, MAY_HELP, MAY_HONOR, MAY_INTRODUCE, nameCuesIn } from '../packages/core/src/checks/contact-person.js';

interface Parts {
  header?: string;
  salutation?: string;
  body: string[];
  closing?: string;
  signature?: string;
}

/** A letter from its parts, blank lines between blocks, as letters are pasted. */
function letter(p: Parts): string {
  return [p.header, p.salutation ?? 'Beste mevrouw De Vries,', ...p.body, p.closing ?? 'Met vriendelijke groet,', p.signature ?? 'Sanne Bakker']
    .filter((x) => x !== undefined)
    .join('\n\n');
}

const FILLER = 'U krijgt een parkeervergunning voor uw auto. De vergunning geldt vanaf 1 maart 2026 tot en met 28 februari 2027. Met de vergunning mag u parkeren in de wijk Centrum-Oost. U hoeft niets in uw auto te leggen.';
const CONTACT = 'Heeft u vragen? Bel mij dan op 0570 123 456 of mail naar s.bakker@dijkstad.nl.';

function run(check: string, text: string, options: Record<string, unknown> = {}, format: InputFormat = 'text'): string[] {
  const doc = parseLetter(text, format);
  return letterChecks[check]!({ doc, measures: { sentences: [] }, options }).map((f) => text.slice(f.start, f.end));
}

const cases: Array<[string, string, string, string[]]> = [
  // [detector, what, text, reported spans]
  ['contact-person', 'a single sentence is no letter', 'Neem contact op met de gemeente.', []],
  ['contact-person', 'a named person in the body with a phone number', letter({ body: [FILLER, 'Mevrouw Jansen helpt u graag. U bereikt haar op 0570 123 456.'], signature: 'Team Parkeren' }), []],
  ['contact-person', 'a name in the signature and only an e-mail address', letter({ body: [FILLER, 'Heeft u vragen? Mail mij dan via s.bakker@dijkstad.nl.'] }), []],
  ['contact-person', 'a name but no number or address', letter({ body: [FILLER, 'Heeft u vragen? Kom dan langs op het stadhuis.'] }), ['Met vriendelijke groet']],
  ['contact-person', 'the general number and a department', letter({ body: [FILLER, 'Heeft u vragen? Bel dan 14 0570.'], signature: 'Afdeling Vergunningen' }), ['Met vriendelijke groet']],
  ['contact-person', 'placeholders for name and phone count as filled in', letter({ body: [FILLER, 'Bel [behandelaar] op [telefoonnummer].'], signature: '[naam medewerker]' }), []],
  ['contact-person', 'a team is not a person', letter({ body: [FILLER, 'Heeft u vragen? Bel met Team Parkeren via 0570 123 456.'], signature: 'Gemeente Dijkstad' }), ['Met vriendelijke groet']],
  ['subject-missing', 'a short note without salutation', 'Wij hebben uw brief ontvangen. Wij bellen u volgende week.', []],
  ['subject-missing', 'an unlabelled subject line above the salutation', letter({ header: 'Gemeente Dijkstad\nPostbus 1200\n1234 AB Dijkstad\n\nUw parkeervergunning voor de Lindelaan', body: [FILLER, CONTACT] }), []],
  ['subject-vague', 'a subject with a specific word', letter({ header: 'Betreft: uw aanvraag parkeervergunning', body: [FILLER, CONTACT] }), []],
  ['subject-vague', 'a subject of vague words only', letter({ header: 'Onderwerp: Uw brief van 3 maart', body: [FILLER, CONTACT] }), []],
  ['subject-vague', 'an empty subject label', letter({ header: 'Betreft:', body: [FILLER, CONTACT] }), ['Betreft']],
  ['next-step', 'a period in the future', letter({ body: [FILLER, 'Wij sturen u binnen twee weken een rekening.', CONTACT] }), []],
  ['next-step', 'only "binnenkort"', letter({ body: ['U krijgt een parkeervergunning voor uw auto. Met de vergunning mag u parkeren in de wijk Centrum-Oost.', 'Wij sturen u binnenkort een rekening.', CONTACT] }), ['Wij sturen u binnenkort een rekening']],
  ['next-step', 'a past date only', letter({ body: ['U vroeg op 12 januari een parkeervergunning aan. Met de vergunning mag u parkeren in de wijk Centrum-Oost. Uw auto staat op uw naam.', CONTACT] }), ['Met vriendelijke groet']],
  ['objection', 'a decision announced, not taken', letter({ body: [FILLER, 'Binnen acht weken nadat wij alles hebben, krijgt u ons besluit.', CONTACT] }), []],
  ['objection', 'a decision in the present tense without objection', letter({ body: ['Wij wijzen uw aanvraag voor bijzondere bijstand af. U heeft genoeg eigen geld voor de wasmachine. Dat staat in de regels van de gemeente. Wij begrijpen dat dit vervelend voor u is.', CONTACT] }), ['Wij wijzen uw aanvraag voor bijzondere bijstand af']],
  ['objection', 'objection with a date', letter({ body: ['Wij hebben besloten uw aanvraag af te wijzen. U heeft genoeg eigen geld voor de wasmachine.', 'Bent u het niet eens met dit besluit? Maak dan uiterlijk 1 mei 2026 bezwaar.', CONTACT] }), []],
  ['action-deadline', 'a conditional request', letter({ body: [FILLER, 'Verhuist u? Geef dit dan door via www.dijkstad.nl/parkeren.', CONTACT] }), []],
  ['action-deadline', 'an offer phrased as a question', letter({ body: [FILLER, 'Wilt u liever zelf betalen? Dan kan dat ook.', CONTACT] }), []],
  ['action-deadline', 'a request with a template date', letter({ body: [FILLER, 'Stuur ons uiterlijk op {{ datum_termijn }} een kopie van uw huurcontract.', CONTACT] }), []],
  ['action-deadline', 'a request in a list item without a date', letter({ body: ['Wij hebben uw aanvraag voor huurtoeslag bekeken. Er ontbreken nog stukken. Zonder deze stukken kunnen wij niet beslissen.', '- Stuur ons een kopie van uw huurcontract.', CONTACT] }), ['- Stuur ons een kopie van uw huurcontract']],
  ['core-message-first', 'history, then the decision in the same paragraph', letter({ body: ['Op 12 januari 2026 vroeg u een vergunning aan. U krijgt deze vergunning. Met de vergunning mag u parkeren in de wijk Centrum-Oost.', CONTACT] }), []],
  ['core-message-first', '"Uit ... is gebleken" without a core', letter({ body: ['Uit onze administratie is gebleken dat uw adres niet klopt. Volgens de gegevens woont u op de Havenkade.', 'Wij vragen u ons binnen twee weken te laten weten waar u woont. Dat kan op www.dijkstad.nl.', CONTACT] }), ['Uit onze administratie is gebleken dat uw adres niet klopt']],
  ['headings', 'a long letter with markdown headings', letter({ body: [FILLER.repeat(6), '## Wat moet u doen?', FILLER.repeat(4), CONTACT] }), []],
  ['enumeration', 'an amount with a decimal comma is no separator', 'U betaalt € 96,00 per jaar, € 8,00 per maand en niets per dag.', []],
  ['enumeration', 'clauses joined by commas without a colon', 'Wij hebben uw aanvraag bekeken, uw inkomen berekend en uw huur nagekeken.', []],
  ['mixed-address', 'je-forms in a u-letter', 'U krijgt een pas. Die kun je ophalen. U kunt ook bellen. Uw pas is klaar.', ['je']],
  ['mixed-address', 'u-forms in a je-letter', 'Je krijgt een pas. Die kun je ophalen. Jouw pas is klaar. Bel ons als u wilt.', ['u']],
  ['shouting', 'a town in capitals in the address block', letter({ header: 'Mevrouw K. de Vries\nLindelaan 14\n1235 CD DIJKSTAD', body: [FILLER, CONTACT] }), []],
  ['shouting', 'two acronyms in a row', 'Wij maakten een plan (concept RES NHZ) met de buren.', []],
  ['shouting', 'known abbreviations', 'Vermeld uw BSN en uw IBAN. De WOZ-waarde staat op de aanslag.', []],
  ['anonymous-salutation', 'parents in the salutation', 'Geachte ouder(s)/verzorger(s),\n\nUw zoon was niet op school.', ['Geachte ouder(s)/verzorger(s)']],
  ['anonymous-salutation', 'a named salutation', 'Geachte mevrouw Jansen,\n\nUw zoon was niet op school.', []],
  ['self-reference', 'the municipality as a place', 'U woont in de gemeente Dijkstad. Bij de gemeente kunt u een pas halen.', []],
  ['self-reference', 'the municipality acting in a clause', 'Wij weten dat de gemeente u een brief stuurde.', ['de gemeente']],
  ['negative-framing', 'an honest refusal', 'Wij kunnen u helaas geen vergunning geven.', []],
];

describe('letter checks', () => {
  it.each(cases)('%s: %s', (check, _what, text, spans) => {
    expect(run(check, text)).toEqual(spans);
  });

  it('reports in html at the offsets of the original input', () => {
    const html = '<p>Geachte heer/mevrouw,</p>\n<p>Uw zoon was niet op school.</p>';
    const [span] = run('anonymous-salutation', html, {}, 'html');
    expect(span).toBe('Geachte heer/mevrouw');
  });

  it('treats a long pasted body that speaks to the reader as a letter (option minWordsUnframed)', () => {
    const body = [FILLER, FILLER, FILLER, FILLER, FILLER, 'Heeft u vragen? Neem dan contact op met de gemeente.'].join('\n\n');
    expect(run('contact-person', body)).toEqual(['Neem dan contact op met de gemeente']);
    expect(run('contact-person', body, { minWordsUnframed: 1000 })).toEqual([]);
    const report = 'De raad besprak het plan voor de wijk. ' .repeat(30) + 'Neem contact op met de gemeente.';
    expect(run('contact-person', report)).toEqual([]);
  });

  it('lets a rule lower what counts as a letter (option minWords)', () => {
    const short = 'Beste mevrouw De Vries,\n\nU krijgt de pas.\n\nMet vriendelijke groet,\n\nTeam Burgerzaken';
    expect(run('contact-person', short)).toEqual([]);
    expect(run('contact-person', short, { minWords: 3 })).toEqual(['Met vriendelijke groet']);
  });

  it('never reports inside a template placeholder', () => {
    const text = letter({ salutation: 'Beste {{ aanhef }},', body: [FILLER, 'Stuur ons {{ LET_OP_TEKST }} een kopie. Neem contact op met {{ afdeling }}.'], signature: '{{ ondertekenaar }}' });
    const placeholders = [...text.matchAll(/\{\{[^}]*\}\}/g)].map((m) => [m.index!, m.index! + m[0].length]);
    const doc = parseLetter(text);
    for (const [name, check] of Object.entries(letterChecks)) {
      for (const f of check({ doc, measures: { sentences: [] }, options: {} })) {
        const inside = placeholders.some(([s, e]) => (f.start > s! && f.start < e!) || (f.end > s! && f.end < e!));
        expect(inside, `${name} ${text.slice(f.start, f.end)}`).toBe(false);
      }
    }
  });
});

describe('letter checks in markdown', () => {
  it('reads a bold subject line and bold headings', () => {
    const md = `**Onderwerp: [Uw aanvraag]**\n\nBeste mevrouw De Vries,\n\n${FILLER}\n\n**Wat moet u doen?**\n\n${FILLER.repeat(6)}\n\n${CONTACT}\n\nMet vriendelijke groet,\n\nSanne Bakker`;
    const text = md.replace(/[[\]]/g, '');
    expect(run('subject-missing', text, {}, 'markdown')).toEqual([]);
    expect(run('subject-vague', text, {}, 'markdown')).toEqual(['Uw aanvraag']);
    expect(run('headings', text, {}, 'markdown')).toEqual([]);
  });
});

describe('letter checks on any input', () => {
  it('never throw and report spans inside the text', async () => {
    const fc = await import('fast-check');
    const piece = fc.constantFrom(
      'Geachte heer/mevrouw,', 'Beste {{ naam }},', 'Met vriendelijke groet,', 'Hoogachtend,', 'Onderwerp:', 'Betreft: uw aanvraag',
      'LET OP!!!', 'Wij hebben besloten uw aanvraag af te wijzen.', 'Stuur ons een kopie.', 'a, b, c en d.', 'Neem contact op met de gemeente.',
      '- Neem uw pas mee', '## Wat moet u doen?', '1234 AB DIJKSTAD', 'binnen 6 weken', 'bezwaar', '[Datum]', '«Naam»', '\n', '\n\n', ' ', '.', ',', ':', '?',
    );
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 40 }).map((a) => a.join(' ')));
    fc.assert(
      fc.property(text, fc.constantFrom<InputFormat>('text', 'markdown', 'html'), (t, format) => {
        const doc = parseLetter(t, format);
        for (const check of Object.values(letterChecks)) {
          for (const f of check({ doc, measures: { sentences: [] }, options: {} })) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeGreaterThanOrEqual(f.start);
            expect(f.end).toBeLessThanOrEqual(t.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

// The letter view's shared helpers are shortcuts (work done once per letter instead of
// once per check): they must give what the long way gives.
describe('letter view helpers', () => {
  const LINES = [
    'Wij hebben uw aanvraag ontvangen.', 'Zie art.', 'lid 3 van de wet.', 'Volgens blz.', 'vijf staat het er.',
    '- punt a.', 'b. twee', 'U krijgt de vergunning! Wilt u ons bellen?', 'Heeft u vragen', 'Bel ons op 14 023.',
    'De termijn is 6 weken. Daarna besluiten wij.', '{{ brief.datum }} is de datum. Zie www.dijkstad.nl.',
  ];
  // A fixed pseudo-random sequence: the same letters on every run.
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);

  it('sentencesOfBlock gives what splitting that block alone gives, also where sentences cross block edges', () => {
    let blocks = 0;
    for (let k = 0; k < 300; k++) {
      const parts: string[] = [];
      for (let i = 0, m = 4 + next(12); i < m; i++) parts.push(LINES[next(LINES.length)]! + (next(3) === 0 ? '\n' : ''));
      const view = letterView(parseLetter(parts.join('\n')));
      for (const b of view.body) {
        blocks++;
        const shortcut = sentencesOfBlock(view, b).map((s) => [s.start, s.end, s.text]);
        const alone = bodySentences({ ...view, body: [b] }).map((s) => [s.start, s.end, s.text]);
        expect(shortcut).toEqual(alone);
      }
    }
    expect(blocks).toBeGreaterThan(500);
  });

  it('wordsIn counts what countWords counts for every line and sentence', () => {
    const text = "Beste heer O'Brien,\n\nU krijgt € 96,00 terug: dat is 1,5 keer zoveel. Zie blz. 3-4 en e-mail ons!\n  Groet, ĳs-team 😀 ok";
    const view = letterView(parseLetter(text));
    for (const s of [...bodySentences(view), ...view.blocks]) expect(wordsIn(view, s.start, s.end)).toBe(countWords(s.text));
  });

  it('countLetterWords counts what the expression it replaces counts, on seeded random text', () => {
    const alphabet = ['a', 'Z', '9', ' ', '-', "'", '’', 'é', 'ß', '😀', '𝔸', '\ud800', '.', ',', 'ĳ', '٣', '_', 'Ⅷ', '²'];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 0, m = next(12); i < m; i++) s += alphabet[next(alphabet.length)]!;
      expect(countLetterWords(s)).toBe((s.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? []).length);
    }
  });

  it('allMatches finds what matchAll finds and leaves the expression as it was', () => {
    const re = /\b(u|je)\b/gi;
    for (const s of ['U en je en u', '', 'geen', 'je?je!JE']) {
      expect(allMatches(re, s).map((m) => [m.index, m[0]])).toEqual([...s.matchAll(re)].map((m) => [m.index, m[0]]));
      expect(re.lastIndex).toBe(0);
    }
  });
});

describe('letter checks: TIME, the date and period expression', () => {
  // [text, the time expression TIME finds first, or undefined]
  const cases: Array<[string, string | undefined]> = [
    ['Stuur het formulier voor 1 juni terug.', 'voor 1 juni'],
    ['U krijgt binnen acht weken ons besluit.', 'binnen acht weken'],
    ['Wij bellen u volgende week.', 'volgende week'],
    ['U heeft zes weken de tijd.', 'zes weken de tijd'],
    ['Op maandag 3 maart komen wij langs.', 'maandag'],
    ['Dat doen wij vandaag nog.', 'vandaag'],
    ['Betaal vóór {{ datum }}.', '{{ datum'],
    ['In het voorjaar beginnen wij.', 'In het voorjaar'],
    ['Eind december is het klaar.', 'Eind december'],
    ['Binnen 3 werkdagen hoort u van ons.', 'Binnen 3 werkdagen'],
    ['Dit jaar niet meer.', 'Dit jaar'],
    ['Uiterlijk 12-03-2026 betalen.', '12-03-2026'],
    ['Tot en met 31 MEI.', 'Tot en met 31 MEI'],
    ['Wij komen in week 12 langs.', 'in week 12'],
    ['Uw [termijn] loopt af.', '[termijn'],
    ['Wij hebben uw aanvraag ontvangen.', undefined],
    ['Het werkdagboek en de weekendtas.', undefined],
    ['Heeft u vragen?', undefined],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(TIME.exec(text)?.[0]).toBe(expected);
  });
});

describe('letter checks: cheap gates give the answers of the plain computation', () => {
  // Speed work put cheap necessary-condition tests before several expressions. These
  // compare them with the plain way on every corpus letter and on letters cut and
  // joined from them, in all three formats.
  const letters = loadCorpus();
  const texts: Array<[string, InputFormat]> = letters.map((l) => [l.text, l.format as InputFormat]);
  const paragraphs = letters.flatMap((l) => l.text.split(/\n\s*\n/));
  for (let i = 0; i + 5 < paragraphs.length; i += 5) {
    for (const format of ['text', 'markdown', 'html'] as const) texts.push([paragraphs.slice(i, i + 5).join('\n\n'), format]);
  }
  const READER = /\b(u|uw|je|jij|jouw|aanvrager|betrokkene|belanghebbende|verzoeker|cliënt|melder|indiener|geadresseerde|vergunninghouder|belastingplichtige)\b/gi;

  it('isLetter: a salutation or closing and 40 body words, or 150 words that name the reader three times', () => {
    let letterCount = 0;
    for (const [text, format] of texts) {
      const view = letterView(parseLetter(text, format));
      const framed = view.salutation !== undefined || view.closing !== undefined;
      const readers = view.body.reduce((n, b) => n + (b.text.match(READER)?.length ?? 0), 0);
      const expected = framed ? view.bodyWords >= 40 : view.bodyWords >= 150 && readers >= 3;
      expect(isLetter(view, {}), text.slice(0, 60)).toBe(expected);
      if (expected) letterCount++;
    }
    expect(letterCount).toBeGreaterThan(40);
  });

  it('sentencesWithCues marks exactly the sentences whose lower-case text holds a cue', () => {
    const cues = ['wilt u', 'moet', 'dien', 'ontvan', 'verzo', 'geliev', 'bezwaa', 'niet', 'geen'];
    let marked = 0;
    texts.forEach(([text, format], k) => {
      const view = letterView(parseLetter(text, format));
      const flags = sentencesWithCues(view, Symbol(`test-${k}`), cues);
      bodySentences(view).forEach((s, i) => {
        const expected = cues.some((cue) => s.text.toLowerCase().includes(cue)) ? 1 : 0;
        expect(flags[i], s.text).toBe(expected);
        marked += expected;
      });
    });
    expect(marked).toBeGreaterThan(100);
  });
});

describe('contact person: the word-start gate before INTRO, HELPER and HONORIFIC', () => {
  // nameCuesIn decides from the word starts which of the three expressions can match in a
  // body block; an expression it rules out must really have no match there.
  const sentences = [
    'Heeft u vragen? Bel mevrouw De Vries op 06 12345678.', 'Karin Smit helpt u graag. Mail dan Karin Smit.',
    'Neem contact op met Team Parkeren.', 'Uw contactpersoon is: Pieter van der Berg.', 'Vraag naar dhr. J. de Jong.',
    'Bel of mail dan gerust Anna Bakker.', 'Dit is een vraag voor de heer Jansen-Smit.', 'Ik ben Fatima El Amrani, uw consulent.',
    'Wij helpen u graag verder.', 'Namens mw. drs. J.M. Hofstede.', 'Het gesprek met Mevr. A. van den Heuvel is gepland.',
  ];
  const texts: Array<[string, InputFormat]> = loadCorpus().map((l) => [l.text, l.format as InputFormat]);
  texts.push([`Geachte heer,\n\n${sentences.join(' ')}\n\n${sentences.join('\n\n')}\n\nMet vriendelijke groet,\n\nAnna`, 'text']);

  it('never rules out an expression that matches', () => {
    const seen = { intro: 0, helper: 0, honorific: 0 };
    for (const [text, format] of texts) {
      const view = letterView(parseLetter(text, format));
      for (const b of view.body) {
        const cues = nameCuesIn(view, b);
        if (INTRO.test(b.text)) (seen.intro++, expect(cues & MAY_INTRODUCE, b.text).toBe(MAY_INTRODUCE));
        if (HELPER.test(b.text)) (seen.helper++, expect(cues & MAY_HELP, b.text).toBe(MAY_HELP));
        if (HONORIFIC.test(b.text)) (seen.honorific++, expect(cues & MAY_HONOR, b.text).toBe(MAY_HONOR));
      }
    }
    expect(seen.intro).toBeGreaterThan(10);
    expect(seen.helper).toBeGreaterThan(1);
    expect(seen.honorific).toBeGreaterThan(2);
  });
});

describe('letter view: every salutation, closing, subject and reference label is recognised', () => {
  // letterView tries these anchored expressions only on lines whose first letter one of
  // their alternatives starts with (a speed gate): each alternative must still be found.
  const body = 'Wij hebben uw aanvraag ontvangen en bekeken. '.repeat(8);
  const letter = (header: string[], salutation: string, closing: string) =>
    [...header, '', salutation, '', body, '', closing, '', 'Anna de Vries'].join('\n');
  const salutations = ['Geachte heer Jansen,', 'Beste Anna,', 'Lieve Anna,', 'Dag Anna,', 'Hallo Anna,', 'Hoi Anna,', 'Goedemorgen Anna,', 'Goedemiddag Anna,', 'Goedenavond Anna,', 'GEACHTE HEER,'];
  const closings = ['Met vriendelijke groet,', 'Met hartelijke groeten,', 'Met beste groet,', 'Met collegiale groet,', 'Met warme groet,', 'Vriendelijke groet,', 'Hartelijke groeten,', 'Met de meeste hoogachting,', 'Hoogachting,', 'Hoogachtend,', 'Groeten,', 'Groetjes,', 'Namens het college van burgemeester en wethouders,', 'Namens dezen,', 'Namens B&W,'];
  const labels = ['Ons kenmerk: 12', 'Uw kenmerk: 12', 'Kenmerk: 12', 'Datum: 1 mei 2026', 'Dossiernummer: 12', 'Zaaknummer: 12', 'Bijlage: 1', 'Bijlagen: 2', 'Bijlage(n): 2', 'Behandeld door: A. Smit', 'Doorkiesnummer: 020 123 4567', 'Verzonden: 1 mei 2026', 'Verzenddatum: 1 mei 2026', 'Telefoon: 020 123 4567', 'E-mail: a@dijkstad.nl', 'Contactpersoon: A. Smit', 'Uw brief van 1 mei 2026'];
  const subjects = ['Onderwerp: uw aanvraag', 'Betreft: uw aanvraag', 'Betreffende: uw aanvraag', 'Inzake: uw aanvraag'];

  it.each(salutations)('salutation %s', (line) => {
    expect(letterView(parseLetter(letter(['Gemeente Dijkstad'], line, 'Met vriendelijke groet,'))).salutation?.text).toBe(line);
  });
  it.each(closings)('closing %s', (line) => {
    expect(letterView(parseLetter(letter(['Gemeente Dijkstad'], 'Beste Anna,', line))).closing?.text).toBe(line);
  });
  it.each(subjects)('subject %s', (line) => {
    expect(letterView(parseLetter(letter(['Gemeente Dijkstad', '', line], 'Beste Anna,', 'Met vriendelijke groet,'))).subject?.text).toBe(line);
  });
  it.each(labels)('reference line %s', (line) => {
    const view = letterView(parseLetter(letter(['Gemeente Dijkstad', 'Postbus 1', '', line], 'Beste Anna,', 'Met vriendelijke groet,')));
    expect(view.blocks.find((b) => b.text === line)?.role).toBe('meta');
  });
});
