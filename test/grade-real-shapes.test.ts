// Real letters come in shapes the letter checks must read right before the grade can be
// fair: a reference block flattened from Word with each label on its own line, a
// markdown table as reference block, an offer as a question followed by "Bel dan ...".
// Each case is a false finding seen on a realistic B1 letter (see corpus/README.md).
import { describe, expect, it } from 'vitest';
import { check } from '@helder/core';
import { parseLetter } from '../packages/core/src/parse/index.js';
import { letterView } from '../packages/core/src/checks/letter.js';

const BODY = `U moet € 2.316,40 bijstand aan ons terugbetalen. U heeft van september tot en met december 2025 gewerkt en loon gekregen. Dat heeft u niet aan ons doorgegeven. Daardoor kreeg u in die maanden te veel bijstand.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken via www.dijkstad.nl/bezwaar.

Heeft u vragen? Bel dan Samira El Idrissi op 0182 55 30 10.

Met vriendelijke groet,

Samira El Idrissi
klantmanager`;

function ruleIds(text: string, format: 'text' | 'markdown' = 'text'): string[] {
  return check(text, { format }).messages.map((m) => m.ruleId);
}

describe('letter shapes from Word, PDF and markdown', () => {
  it('a subject label on its own line takes the next line as the subject (Word table flattened)', () => {
    const letter = `Gemeente Dijkstad

De heer R. Öztürk
Kastanjelaan 208
3301 LM Dijkstad

Ons kenmerk
INK/TV/2026-3382
Datum
17 maart 2026
Onderwerp
U moet € 2.316,40 bijstand terugbetalen

Beste meneer Öztürk,

${BODY}`;
    const ids = ruleIds(letter);
    expect(ids).not.toContain('onderwerp-vaag');
    expect(ids).not.toContain('onderwerp-ontbreekt');
    // The value still decides: a vague one is still vague.
    expect(ruleIds(letter.replace('U moet € 2.316,40 bijstand terugbetalen', 'Besluit'))).toContain('onderwerp-vaag');
  });

  it('a markdown table as reference block has its subject read', () => {
    const letter = `**Gemeente Dijkstad**

| | |
|---|---|
| Ons kenmerk | INK/TV/2026-3382 |
| Datum | 17 maart 2026 |
| Onderwerp | U moet € 2.316,40 bijstand terugbetalen |

Beste meneer Öztürk,

${BODY}`;
    const ids = ruleIds(letter, 'markdown');
    expect(ids).not.toContain('onderwerp-ontbreekt');
    expect(ids).not.toContain('onderwerp-vaag');
    expect(ruleIds(letter.replace(/\| Onderwerp .*\n/, ''), 'markdown')).toContain('onderwerp-ontbreekt');
  });

  it('an offer asked as a question and answered with "Bel dan" needs no deadline', () => {
    const letter = `Onderwerp: u krijgt geen vergunning voor een inrit

Beste meneer Jansen,

Wij hebben uw aanvraag voor een inrit bekeken. U krijgt de vergunning niet, omdat de inrit te dicht bij de kruising komt. Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.

Wilt u eerst met ons praten over een andere oplossing? Bel dan met 14 0182 en vraag naar het team Vergunningen.

Met vriendelijke groet,

Anja van Dam
team Vergunningen`;
    expect(ruleIds(letter)).not.toContain('actie-termijn');
    // A request that is no offer still asks for its deadline.
    expect(ruleIds(letter.replace('Wilt u eerst met ons praten over een andere oplossing? Bel dan met 14 0182 en vraag naar het team Vergunningen.', 'Stuur ons een nieuwe tekening van de inrit. Wij bekijken die dan opnieuw.'))).toContain('actie-termijn');
  });

  it('a decision another body took (the King, a court) needs no objection clause from the municipality', () => {
    const letter = `Onderwerp: uitnodiging voor uw naturalisatieceremonie op 15 december

Beste mevrouw Haile Tesfay,

Gefeliciteerd! De koning heeft besloten dat u Nederlander wordt. Wij nodigen u graag uit voor de ceremonie op dinsdag 15 december 2026 om 19.30 uur in het stadhuis. Pas na die ceremonie bent u echt Nederlander. Neem uw paspoort mee. Kunt u niet komen? Laat het ons dan voor 1 december weten.

Met vriendelijke groet,

Ellen Kuipers
team Burgerzaken`;
    expect(ruleIds(letter)).not.toContain('bezwaar-termijn');
    // The municipality's own decision still needs one.
    expect(ruleIds(letter.replace('De koning heeft besloten dat u Nederlander wordt.', 'Wij hebben besloten dat u een parkeervergunning krijgt.'))).toContain('bezwaar-termijn');
  });

  it('a hard-wrapped sentence that goes on with a capital is prose, not a heading', () => {
    const letter = `Onderwerp: afloop grafrechten

Geachte mevrouw Kortenhoeven-Blom,

Ingevolge artikel 28 van de Wet op de lijkbezorging juncto artikel 12 van de
Beheersverordening begraafplaatsen Brugmeer 2019 wordt de rechthebbende
uiterlijk zes maanden voor het verstrijken van de termijn in kennis gesteld.

Hoogachtend,

het hoofd van de afdeling Publiekszaken`;
    const view = letterView(parseLetter(letter, 'text'));
    expect(view.blocks.filter((b) => b.role === 'heading')).toEqual([]);
    expect(view.body).toHaveLength(1);
  });

  it('a person the letter speaks about is no contact person; one it sends the reader to is', () => {
    const letter = `Onderwerp: wilt u het graf langer houden?

Geachte mevrouw Kortenhoeven-Blom,

U bent de rechthebbende van het graf waarin de heer J. Blom is begraven. Het grafrecht loopt af op 1 juli 2026. Wilt u het verlengen? Stuur dan het antwoordformulier voor 1 mei 2026 terug. Voor nadere informatie kunt u zich wenden tot de afdeling Publiekszaken.

Hoogachtend,

het hoofd van de afdeling Publiekszaken`;
    const contact = check(letter).messages.filter((m) => m.ruleId === 'contactpersoon');
    // The name is what is missing: "de heer J. Blom" is the deceased, not a contact.
    expect(contact.map((m) => m.message).join(' ')).toMatch(/naam van een medewerker/);
    const named = letter.replace('Voor nadere informatie kunt u zich wenden tot de afdeling Publiekszaken.', 'Heeft u vragen? Dan helpt mevrouw P. Smit u graag, telefoon 0571 22 40 10.');
    expect(ruleIds(named)).not.toContain('contactpersoon');
  });

  it('a page footer where the page broke is neither a heading nor prose of the letter', () => {
    const letter = `Onderwerp: u krijgt geen traplift, wel hulp bij verhuizen

Beste mevrouw Smit-de Boer,

U vroeg ons om een traplift, omdat u door artrose moeilijk de trap op komt. Wij hebben besloten dat u geen traplift krijgt. Wij betalen wel mee aan uw verhuizing.

                                                                   Pagina 1 van 2
Gemeente Brugmeer - Raadhuisplein 1 - 7411 AB Brugmeer - www.brugmeer.nl

Bent u het niet eens met ons besluit? Dan kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,

Wendy Hoekman
Wmo-consulent, 0571 22 41 85`;
    const view = letterView(parseLetter(letter, 'text'));
    expect(view.body.map((b) => b.text).filter((t) => /Pagina|Raadhuisplein/.test(t))).toEqual([]);
    // A line that merely holds a dash is still prose.
    const dash = letterView(parseLetter(letter.replace('Wij betalen wel mee aan uw verhuizing.', 'Wij betalen wel mee - ook aan de verhuizing - als u verhuist.'), 'text'));
    expect(dash.body.some((b) => b.text.includes('ook aan de verhuizing'))).toBe(true);
  });

  it('a table flattened to lines is neither headings nor a sentence; bold in markdown is no table', () => {
    const letter = `Onderwerp: u heeft uw belastingen nog niet betaald

Beste mevrouw Baran,

U heeft de aanslag voor 2026 nog niet helemaal betaald. Wilt u het bedrag voor 29 mei 2026 betalen?

Aanslagnummer   Belastingjaar   Openstaand
2026.0.113827   2026            € 412,60
Kosten aanmaning                € 8,00

Heeft u vragen? Bel dan Karim Bouzid op 0413 55 90 24.

Met vriendelijke groet,

Karim Bouzid`;
    const view = letterView(parseLetter(letter, 'text'));
    expect(view.body.map((b) => b.text).filter((t) => /Aanslagnummer|412|Kosten/.test(t))).toEqual([]);
    const bold = letterView(parseLetter('Beste mevrouw Baran,\n\nU krijgt **€ 350** van ons voor de extra kosten van uw ziekte.\n\nMet vriendelijke groet,\n\nKarim Bouzid', 'markdown'));
    expect(bold.body.map((b) => b.role)).toEqual(['prose']);
  });
});
