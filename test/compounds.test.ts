// Word rules with option `compounds` flag a word that ends in one of their nouns
// ("hulpverleningstraject" ends in "traject"): the whole word, with the head's
// alternatives as a hint and never an automatic fix.
import { describe, expect, it } from 'vitest';
import { check, compileRules, rewrite, runRules } from '@helder/core';

/** One word rule with the given entries and, unless undefined, option `compounds`. */
const wordRule = (id: string, compounds: unknown, words: object[], example: string) =>
  compileRules([
    {
      id,
      category: 'woorden',
      kind: 'words',
      severity: 'warning',
      message: "Schrijf {expected} in plaats van '{actual}'.",
      explanation: 'x',
      source: 'x',
      url: 'https://example.org',
      ...(compounds === undefined ? {} : { options: { compounds } }),
      words,
      examples: { invalid: [`Een [${example}].`], valid: ['Een aanpak.'] },
    },
  ]);

const rules = (compounds: unknown) =>
  wordRule('proef-samenstelling', compounds, [
    { word: 'traject', pos: 'noun', alternatives: ['aanpak'] },
    { word: 'voorziening', pos: 'noun', alternatives: ['hulp'] },
    { word: 'toekennen', pos: 'verb', alternatives: ['geven'] },
  ], 'traject');

describe('compounds of listed nouns', () => {
  it('flags the whole word, says which part is hard and offers no fix', () => {
    const text = 'U start met een hulpverleningstraject.';
    const [m, ...rest] = runRules(text, rules(true));
    expect(rest).toEqual([]);
    expect(m!.actual).toBe('hulpverleningstraject');
    expect(m!.message).toContain("'traject'");
    expect(m!.message).toContain("'aanpak'");
    expect(m!.fix).toBeUndefined();
  });

  it('only for rules that ask for it, and not for the heads they leave out', () => {
    expect(runRules('U start met een hulpverleningstraject.', rules(undefined))).toEqual([]);
    expect(runRules('De stroomvoorziening valt uit.', rules(['voorziening']))).toEqual([]);
    expect(runRules('De stroomvoorziening valt uit.', rules(true)).map((m) => m.actual)).toEqual(['stroomvoorziening']);
  });

  it('needs a modifier of three letters and a noun as head', () => {
    expect(runRules('Het ditraject.', rules(true))).toEqual([]);
    expect(runRules('Wij hebben dat toegekend.', rules(true)).map((m) => m.actual)).toEqual(['toegekend']);
    expect(runRules('Wij hebben dat weertoegekend.', rules(true))).toEqual([]);
  });

  it('with the embedded rules: flagged, and rewrite() leaves it to the writer', () => {
    const text = 'Volgens de subsidieverordening mag dat niet.';
    const report = check(text);
    expect(report.messages.map((m) => m.actual)).toContain('subsidieverordening');
    expect(rewrite(text, report).text).toBe(text);
  });
});

// The hard part first ("kwijtscheldingsverzoek"): the listed noun is the modifier and the
// rest a frequent noun, after a linking -s- (nouns in -ing, -heid, ...) or, without one,
// after a long modifier (rules/kinds/modifiers.ts).
const modifierRules = (compounds: unknown) =>
  wordRule('proef-bepaling', compounds, [
    { word: 'kwijtschelding', pos: 'noun', alternatives: ['u hoeft niet te betalen'] },
    { word: 'bestemmingsplan', pos: 'noun', alternatives: ['regels voor de grond'] },
    { word: 'verstrekking', pos: 'noun', alternatives: ['geven'] },
    { word: 'dossier', pos: 'noun', alternatives: ['uw zaak'] },
    { word: 'geschil', pos: 'noun', alternatives: ['ruzie'] },
  ], 'dossier');
const flagged = (text: string, compounds: unknown = true) => runRules(text, modifierRules(compounds)).map((m) => m.actual);

describe('compounds that start with a listed noun', () => {
  it('flags the whole word after a linking -s-, says which part is hard, no fix', () => {
    const [m, ...rest] = runRules('U stuurt ons een kwijtscheldingsverzoek.', modifierRules(true));
    expect(rest).toEqual([]);
    expect(m!.actual).toBe('kwijtscheldingsverzoek');
    expect(m!.message).toContain("'kwijtschelding'");
    expect(m!.fix).toBeUndefined();
    expect(flagged('Het verstrekkingsbesluit komt.')).toEqual(['verstrekkingsbesluit']);
  });

  it('suggests the rest of the word (a suggestion, never a fix), capitalised like the word', () => {
    const [m] = runRules('U stuurt ons een kwijtscheldingsverzoek.', modifierRules(true));
    expect(m!.expected).toEqual(['verzoek']);
    expect(m!.message).toContain("Schrijf 'verzoek' als duidelijk is waar het over gaat");
    const [n] = runRules('Kwijtscheldingsverzoeken behandelen wij snel.', modifierRules(true));
    expect(n!.expected).toEqual(['Verzoeken']);
    expect(n!.fix).toBeUndefined();
  });

  it('flags a long modifier without a link', () => {
    expect(flagged('Er komt een bestemmingsplanwijziging.')).toEqual(['bestemmingsplanwijziging']);
  });

  it('leaves ordinary words alone', () => {
    // A participle that starts with a listed noun.
    expect(flagged('De muur is geschilderd.')).toEqual([]);
    // A short modifier without a link makes everyday words.
    expect(flagged('Uw dossiernummer staat boven de brief.')).toEqual([]);
    // A plural is the listed word itself, not a compound; a rest that is no frequent noun
    // makes no compound either.
    const plural = runRules('De verstrekkingen zijn klaar.', modifierRules(true));
    expect(plural.map((m) => [m.actual, m.message.includes('bevat')])).toEqual([['verstrekkingen', false]]);
    expect(flagged('Het kwijtscheldingsxyzq.')).toEqual([]);
    // -ing nouns take the link: without it, it is not read as a compound.
    expect(flagged('Een kwijtscheldingverzoek.')).toEqual([]);
  });

  it('only for rules with the option, and not for the nouns they leave out', () => {
    expect(runRules('U stuurt ons een kwijtscheldingsverzoek.', modifierRules(undefined))).toEqual([]);
    expect(flagged('U stuurt ons een kwijtscheldingsverzoek.', ['kwijtschelding'])).toEqual([]);
  });

  it('with the embedded rules', () => {
    const text = 'U stuurt een ontheffingsaanvraag. De muur is geschilderd. Uw dossiernummer is 12.';
    expect(check(text).messages.filter((m) => m.category === 'woorden').map((m) => m.actual)).toEqual(['ontheffingsaanvraag']);
  });
});

describe('the options can be switched off by a municipality', () => {
  it('compounds: false in the configuration', () => {
    const text = 'U start met een ondersteuningstraject.';
    const jargon = (r: ReturnType<typeof check>) => r.messages.filter((m) => m.ruleId === 'intern-jargon').map((m) => m.actual);
    expect(jargon(check(text))).toEqual(['ondersteuningstraject']);
    expect(jargon(check(text, { config: { rules: { 'intern-jargon': { options: { compounds: false } } } } }))).toEqual([]);
  });

  it('explained: false in the configuration', () => {
    const text = 'Doet u dat niet op tijd, dan betaalt u een bedrag. Dat heet een dwangsom.';
    const jargon = (r: ReturnType<typeof check>) => r.messages.filter((m) => m.ruleId === 'juridisch-jargon').map((m) => m.actual);
    expect(jargon(check(text))).toEqual([]);
    expect(jargon(check(text, { config: { rules: { 'juridisch-jargon': { options: { explained: false } } } } }))).toEqual(['dwangsom']);
  });
});

describe('what is no compound of a listed noun (embedded rules)', () => {
  const words = (text: string) => check(text).messages.filter((m) => m.category === 'woorden').map((m) => m.actual);
  it('a modifier must be a word of its own, not a particle or a fragment', () => {
    // tele-visie (modewoord 'visie'), over-winning, pro-cessie: words of their own.
    expect(words('Wij keken samen televisie na de overwinning.')).toEqual([]);
    expect(words('De processie trok door de straat.')).toEqual([]);
    // A verb stem is a modifier: inzamel-systematiek (inzamelen).
    expect(words('Dat is de nieuwe inzamelsystematiek.')).toEqual(['inzamelsystematiek']);
  });

  it('a verb form the lexicon knows is no compound (veroorzaakten is no -akten)', () => {
    expect(words('Zij veroorzaakten schade aan de weg.')).toEqual([]);
  });

  it('an English loanword takes only the -s plural: piloten are Dutch pilots', () => {
    expect(words('De piloten landen veilig.')).toEqual([]);
    expect(words('Wij starten twee pilots.')).toEqual(['pilots']);
  });
});
