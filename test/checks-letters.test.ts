// Letter-level detectors on the layouts of real municipal letters: a reference block at
// the top ("Ons kenmerk", "Datum", "Behandeld door", "Doorkiesnummer"), a decision that
// closes "Namens het college van burgemeester en wethouders", e-mails without a date,
// B1 invitations with "Wanneer?" as a heading. Each case is a small letter written here.
import { describe, expect, it } from 'vitest';
import { parseLetter } from '../packages/core/src/parse/index.js';
import { letterChecks } from '../packages/core/src/checks/index.js';
import { headerFields, letterDate, letterView } from '../packages/core/src/checks/letter.js';
import type { InputFormat } from '../packages/core/src/types.js';

function run(check: string, text: string, format: InputFormat = 'text'): string[] {
  const doc = parseLetter(text, format);
  return letterChecks[check]!({ doc, measures: { sentences: [] }, options: {} }).map((f) => text.slice(f.start, f.end));
}

const BODY =
  'Uw container voor restafval is kapot gegaan toen hij werd geleegd. U krijgt van ons een nieuwe container. Dat kost u niets. De chip in de container koppelen wij aan uw adres. Zet de oude container leeg aan de straat, dan nemen wij hem mee.';

function withHeader(header: string, body: string[], closing = 'Met vriendelijke groet,\n\nTeam Afval'): string {
  return [header, 'Geachte heer Bosman,', ...body, closing].join('\n\n');
}

describe('contact person in the reference block', () => {
  const HEAD = 'Gemeente Marsdijk\n\nOns kenmerk: OR/2026/04471\nDatum: 2 maart 2026\nBehandeld door: R. Verhoef\nDoorkiesnummer: 0546 78 31 20\n\nOnderwerp: nieuwe container voor restafval';

  it('counts "Behandeld door" with a name and "Doorkiesnummer" as a named contact with a phone number', () => {
    expect(run('contact-person', withHeader(HEAD, [BODY, 'Wij brengen de container binnen twee weken.']))).toEqual([]);
  });

  it('takes titles and "de heer" before the name', () => {
    const head = HEAD.replace('R. Verhoef', 'de heer ing. R. Verhoef');
    expect(run('contact-person', withHeader(head, [BODY]))).toEqual([]);
    expect(run('contact-person', withHeader(HEAD.replace('R. Verhoef', 'mw. drs. J.M. Hofstede'), [BODY]))).toEqual([]);
  });

  it('does not take a department for a person', () => {
    const head = HEAD.replace('R. Verhoef', 'afdeling Onderwijs');
    expect(run('contact-person', withHeader(head, [BODY]))).toEqual(['Met vriendelijke groet']);
  });

  it('needs the number: a handler without a direct line is half a contact', () => {
    const head = HEAD.replace('\nDoorkiesnummer: 0546 78 31 20', '');
    expect(run('contact-person', withHeader(head, [BODY]))).toEqual(['Met vriendelijke groet']);
  });
});

describe('a decision that closes on behalf of the board', () => {
  const LETTER = withHeader(
    'Gemeente Hoeveen\n\nOns kenmerk: WI/2026-0221\nDatum: 18 september 2026\n\nOnderwerp: u moet bijstand terugbetalen',
    [BODY, 'Heeft u vragen? Bel mij op 0522 47 18 02.'],
    'Namens het college van burgemeester en wethouders van Hoeveen,\n\nB. Scholten\nconsulent Werk en Inkomen',
  );

  it('is the closing, and the name under it the signature', () => {
    const view = letterView(parseLetter(LETTER));
    expect(view.closing?.text).toBe('Namens het college van burgemeester en wethouders van Hoeveen,');
    expect(view.blocks.filter((b) => b.role === 'signature').map((b) => b.text)).toEqual(['B. Scholten', 'consulent Werk en Inkomen']);
    expect(run('contact-person', LETTER)).toEqual([]);
  });

  it('is no closing when it is a sentence', () => {
    const text = withHeader('Onderwerp: nieuwe container', ['Namens het college wil ik u bedanken voor uw melding.', BODY]);
    expect(letterView(parseLetter(text)).closing?.text).toBe('Met vriendelijke groet,');
  });
});

describe('what the reader must know is no request', () => {
  it('"Hier staat alles wat u moet weten" needs no deadline', () => {
    const text = withHeader('Onderwerp: uw afspraak', ['U heeft een afspraak voor een nieuw paspoort. Hier staat alles wat u moet weten.', BODY]);
    expect(run('action-deadline', text)).toEqual([]);
  });

  it('a request in the same sentence still does', () => {
    const text = withHeader('Onderwerp: uw afspraak', [BODY, 'Hieronder leest u wat u moet doen: u moet ons een kopie van uw paspoort sturen.']);
    expect(run('action-deadline', text)).toEqual(['Hieronder leest u wat u moet doen: u moet ons een kopie van uw paspoort sturen']);
  });
});

describe('decisions that may come are no decisions', () => {
  const CONTACT = 'Heeft u vragen? Bel mij op 0522 47 18 02.';
  it.each([
    ['a modal verb', 'Stuurt u de papieren niet op tijd? In dat geval kan worden besloten uw uitkering te stoppen.'],
    ['a condition', 'U mag pas beginnen met bouwen nadat de vergunning is verleend.'],
    ['a condition with "als"', 'U krijgt geld terug als uw aanvraag wordt toegekend.'],
  ])('%s', (_what, sentence) => {
    expect(run('objection', withHeader('Onderwerp: uw aanvraag', [BODY, sentence, CONTACT]))).toEqual([]);
  });

  it('"als gevolg" is no condition: the decision is taken', () => {
    const sentence = 'Als gevolg hiervan is uw uitkering ingetrokken.';
    expect(run('objection', withHeader('Onderwerp: uw uitkering', [BODY, sentence, CONTACT]))).toEqual([sentence.slice(0, -1)]);
  });
});

describe('the next step: dates after the letter', () => {
  const CONTACT = 'Heeft u vragen? Bel mij op 0546 78 31 20.';
  const letterOn = (date: string, sentence: string) =>
    withHeader(`Gemeente Marsdijk\n\nMarsdijk, ${date}\nOns kenmerk: OR/2026/04471\n\nOnderwerp: nieuwe container`, [BODY, sentence, CONTACT]);

  it('reads the letter date from "Datum:" or "Plaats, datum", not from "Uw kenmerk"', () => {
    expect(letterDate(letterView(parseLetter(letterOn('2 maart 2026', 'x.'))))).toBe(20260302);
    const labelled = withHeader('Uw kenmerk: melding 18 februari 2026\nDatum: 02-03-2026\n\nOnderwerp: nieuwe container', [BODY]);
    expect(letterDate(letterView(parseLetter(labelled)))).toBe(20260302);
    expect(letterDate(letterView(parseLetter(withHeader('Onderwerp: nieuwe container', [BODY]))))).toBeUndefined();
  });

  it('a date after the letter date with a present-tense verb is the next step', () => {
    expect(run('next-step', letterOn('2 maart 2026', 'Wij brengen de nieuwe container in de week van 16 maart.'))).toEqual([]);
  });

  it('a date before the letter date is not', () => {
    expect(run('next-step', letterOn('20 maart 2026', 'Wij brengen de nieuwe container in de week van 16 maart.'))).toEqual(['Met vriendelijke groet']);
  });

  it('across the new year, a January date in a December letter lies ahead', () => {
    expect(run('next-step', letterOn('15 december 2026', 'Wij brengen de nieuwe container in de week van 11 januari.'))).toEqual([]);
  });

  it('without a letter date, the sentence must say itself that it looks ahead', () => {
    const text = withHeader('Onderwerp: nieuwe container', [BODY, 'Wij brengen de nieuwe container in de week van 16 maart.', CONTACT]);
    expect(run('next-step', text)).toEqual(['Met vriendelijke groet']);
  });

  it.each(['U kunt de pas ophalen tot 3 maanden na vandaag.', 'U heeft drie maanden de tijd om de pas op te halen.'])('a period from now is the next step: %s', (sentence) => {
    const text = withHeader('Onderwerp: uw pas is klaar', [BODY, sentence, CONTACT]);
    expect(run('next-step', text)).toEqual([]);
  });

  it('a time under a heading that asks when is the next step (an appointment)', () => {
    const html = '<p>Onderwerp: uw afspraak voor een paspoort</p><p>Beste meneer Van Dam,</p><p>U heeft een afspraak voor een nieuw paspoort. Neem een pasfoto en uw oude paspoort mee. U betaalt met uw pinpas.</p><h3>Wanneer en waar?</h3><p>Donderdag 11 juni 2026 om 10.40 uur<br>Gemeentehuis Hoeveen, Raadhuisplein 1</p><p>Vragen? Bel ons op 14 0522.</p><p>Met vriendelijke groet,</p><p>Team Publiekszaken</p>';
    expect(run('next-step', html, 'html')).toEqual([]);
    const past = html.replace('Wanneer en waar?', 'Uw aanvraag');
    expect(run('next-step', past, 'html')).toEqual(['Met vriendelijke groet']);
  });
});

describe('an acknowledgement opens with what came in', () => {
  const PLAN = 'Wij kijken of uw plan past binnen de regels. Uiterlijk 21 april hoort u of u de vergunning krijgt. Mist er iets? Dan bellen wij u.';
  const opener = 'Wij hebben uw aanvraag voor een omgevingsvergunning op 24 februari ontvangen. Dank u wel.';

  it('is the core when the subject says the letter is about the receipt', () => {
    expect(run('core-message-first', withHeader('Onderwerp: wij hebben uw aanvraag ontvangen', [opener, PLAN]))).toEqual([]);
    expect(run('core-message-first', withHeader('Betreft: ontvangstbevestiging aanvraag omgevingsvergunning', [opener, PLAN]))).toEqual([]);
  });

  it('buries the core when the subject promises something else', () => {
    expect(run('core-message-first', withHeader('Onderwerp: u krijgt de vergunning voor uw uitbouw', [opener, PLAN]))).toEqual([opener.split('. ')[0]]);
  });
});

describe('the term to object, however it is put', () => {
  const DECIDED = 'U krijgt geen vergunning voor de schutting van 2,5 meter hoog. Wij hebben uw aanvraag afgewezen. De schutting is te hoog voor de voorkant van uw huis.';
  const CONTACT = 'Vragen? Bel Karin Smit op 0591 36 72 10.';
  it.each([
    'Bent u het niet eens met ons besluit? Dan kunt u bezwaar maken. U heeft daarvoor zes weken de tijd.',
    'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Dat kan tot 6 weken na de datum van deze brief.',
  ])('is a term, and the next step of the decision: %s', (objection) => {
    const text = withHeader('Onderwerp: geen vergunning voor uw schutting', [DECIDED, objection, CONTACT]);
    expect(run('objection', text)).toEqual([]);
    expect(run('next-step', text)).toEqual([]);
  });

  it('an objection without a term is still reported, and is no next step', () => {
    const objection = 'Bent u het niet eens met ons besluit? Dan kunt u bezwaar maken';
    const text = withHeader('Onderwerp: geen vergunning voor uw schutting', [DECIDED, objection + '.', CONTACT]);
    expect(run('objection', text)).toEqual(['Dan kunt u bezwaar maken']);
    expect(run('next-step', text)).toEqual(['Met vriendelijke groet']);
  });
});

describe('a named contact, the ways B1 letters name one', () => {
  const contactIn = (line: string, signature = 'Team Vergunningen') => run('contact-person', withHeader('Onderwerp: nieuwe container', [BODY, line], `Met vriendelijke groet,\n\n${signature}`));
  it.each([
    'Vragen? Bel Karin Smit op 0591 36 72 10.',
    'Vragen? Bel 0591 36 72 10 en vraag naar Karin Smit.',
    'Karin Smit helpt u graag. Bel haar op 0591 36 72 10.',
    'Heeft u vragen? Mail dan Karin Smit: k.smit@marsdijk.nl.',
    'Vragen? Bel of app Karin Smit: 06-12345678.',
  ])('in the body: %s', (line) => {
    expect(contactIn(line)).toEqual([]);
  });

  it.each(['Karin van der Smit-Jansen\nvergunningverlener', 'Karin El Amrani', 'ing. P.A. Bruggink\nvergunningverlener'])('in the signature: %s', (signature) => {
    expect(contactIn('Heeft u vragen? Bel mij op 0591 36 72 10.', signature)).toEqual([]);
  });

  it('a team or the municipality is no person', () => {
    expect(contactIn('Vragen? Bel Team Vergunningen op 0591 36 72 10.')).toEqual(['Met vriendelijke groet']);
    expect(contactIn('Vragen? Mail Gemeente Marsdijk via info@marsdijk.nl.')).toEqual(['Met vriendelijke groet']);
  });
});

describe('the outcome of a request is the core', () => {
  it.each(['Uw verzoek is verwerkt.', 'De lantaarnpaal is gerepareerd.', 'Uw nieuwe rijbewijs is klaar.'])('history, then: %s', (outcome) => {
    const opener = 'U heeft ons gevraagd de gemeentelijke belastingen voortaan via automatische incasso te betalen.';
    expect(run('core-message-first', withHeader('Onderwerp: automatische incasso', [`${opener} ${outcome}`, BODY]))).toEqual([]);
  });

  it('history without an outcome still buries the core', () => {
    const opener = 'U heeft ons gevraagd de gemeentelijke belastingen voortaan via automatische incasso te betalen';
    expect(run('core-message-first', withHeader('Onderwerp: automatische incasso', [`${opener}. Volgens onze gegevens staat u ingeschreven op de Havenkade.`, BODY]))).toEqual([opener]);
  });
});

describe('template fields', () => {
  it("the reader's [Naam] in the address block is no contact person", () => {
    const text = withHeader('Gemeente Dijkstad\n\n[Naam]\n[Adres]\n[Postcode en woonplaats]\n\nOns kenmerk: [Kenmerk]\nTelefoon: 14 0570\n\nOnderwerp: stuur ons uw gegevens', [BODY], 'Met vriendelijke groet,\n\nde teamleider Werk en Inkomen');
    expect(run('contact-person', text)).toEqual(['Met vriendelijke groet']);
    expect(run('contact-person', text.replace('de teamleider Werk en Inkomen', '[Naam consulent]\nconsulent Werk en Inkomen'))).toEqual([]);
  });
});

describe('hard-wrapped prose', () => {
  it('a wrapped line that starts like an address continues the sentence above it', () => {
    const text = withHeader('Onderwerp: wij hebben uw aanvraag ontvangen', [
      'Op 10 juni 2026 hebben wij uw aanvraag voor een uitbouw aan uw huis aan de\nMerelstraat 22 ontvangen. Uw aanvraag is geregistreerd onder het zaaknummer\nbovenaan deze brief.',
      BODY,
    ]);
    const view = letterView(parseLetter(text));
    expect(view.blocks.filter((b) => b.role === 'address')).toEqual([]);
    expect(view.body[0]!.text).toMatch(/^Op 10 juni .*bovenaan deze brief\.$/s);
    expect(run('core-message-first', text)).toEqual([]);
  });

  it('an address line after a blank line stays an address', () => {
    const text = withHeader('Onderwerp: uw afspraak', ['U heeft een afspraak op dinsdag 21 april om 10.00 uur. Het adres is:', 'Merelstraat 22\n1234 AB Dijkstad', BODY]);
    expect(letterView(parseLetter(text)).blocks.filter((b) => b.role === 'address').map((b) => b.text)).toContain('Merelstraat 22');
  });
});

describe('a reference block in columns', () => {
  const NEXT = 'Wij brengen de nieuwe container in de week van 16 maart.';
  it.each([
    ['tabs', 'Ons kenmerk\tUw kenmerk\tDatum\nOR/2026/04471\tmelding\t2 maart 2026\nBehandeld door\tDoorkiesnummer\nR. Verhoef\t0546 78 31 20'],
    ['spaces', 'Ons kenmerk      Datum            Behandeld door    Telefoon\nOR/2026/04471    2 maart 2026     R. Verhoef        0546 78 31 20'],
    ['label and value on one line without colon', 'Datum 2 maart 2026\nBehandeld door R. Verhoef\nTelefoon 0546 78 31 20'],
  ])('%s: gives the date, the handler and the number', (_what, block) => {
    const text = withHeader(`Gemeente Marsdijk\n\n${block}\n\nOnderwerp: nieuwe container`, [BODY, NEXT]);
    const view = letterView(parseLetter(text));
    expect(letterDate(view)).toBe(20260302);
    expect(headerFields(view).find((f) => f.label === 'behandeld door')?.value).toBe('R. Verhoef');
    expect(run('contact-person', text)).toEqual([]);
    expect(run('next-step', text)).toEqual([]);
  });

  it('a row of values that does not fit the labels is left alone', () => {
    const text = withHeader('Gemeente Marsdijk\n\nOns kenmerk\tDatum\nOR/2026/04471\n\nOnderwerp: nieuwe container', [BODY, NEXT]);
    expect(headerFields(letterView(parseLetter(text)))).toEqual([]);
  });

  it('a place and date with the weekday dates the letter', () => {
    const text = withHeader('Gemeente Marsdijk\n\nMarsdijk, maandag 2 maart 2026\n\nOnderwerp: nieuwe container', [BODY, NEXT]);
    expect(letterDate(letterView(parseLetter(text)))).toBe(20260302);
  });
});

describe('headings that ask when', () => {
  const CONTACT = 'Heeft u vragen? Bel mij op 0546 78 31 20.';
  const INTRO = 'U heeft een afspraak voor een nieuw paspoort. Neem een pasfoto en uw oude paspoort mee. U betaalt met uw pinpas.';
  it.each(['Wanneer?', 'Datum en tijd', 'Datum, tijd en plaats:'])('"%s" over a time is the next step', (heading) => {
    expect(run('next-step', withHeader('Onderwerp: uw afspraak', [INTRO, `${heading}\nDonderdag 11 juni 2026 om 10.40 uur`, CONTACT]))).toEqual([]);
  });
  it('"Datum van uw aanvraag" is no such heading', () => {
    expect(run('next-step', withHeader('Onderwerp: uw afspraak', [INTRO, 'Datum van uw aanvraag\nDonderdag 11 juni 2026 om 10.40 uur', CONTACT]))).toEqual(['Met vriendelijke groet']);
  });
});
