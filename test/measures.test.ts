import { describe, expect, it } from 'vitest';
import { check } from '@helder/core';
import { parseLetter } from '../packages/core/dist/parse/index.js';
import { measureDoc, summarize } from '../packages/core/dist/measures/index.js';
import { analyzeSentence } from '../packages/core/dist/measures/analyze.js';

function measure(text: string) {
  const doc = parseLetter(text);
  const measures = measureDoc(doc);
  return { doc, measures, summary: summarize(doc, measures) };
}

function word(text: string, value: string) {
  const { doc } = measure(text);
  const token = doc.sentences.flatMap((s) => s.words).find((w) => w.value === value);
  if (!token) throw new Error(`no word ${value}`);
  return token;
}

describe('per-word measures', () => {
  it.each([
    // [sentence, word, content]
    ['Wij hebben uw aanvraag ontvangen.', 'aanvraag', true],
    ['Wij hebben uw aanvraag ontvangen.', 'ontvangen', true],
    ['Wij hebben uw aanvraag ontvangen.', 'hebben', false],
    ['Wij hebben de vergunning aangevraagd.', 'hebben', false], // separable participle
    ['Wij hebben een vraag.', 'hebben', true],
    ['Wij hebben het gebied bekeken.', 'hebben', false], // strong participle in be-...-en
    ['Wij hebben uw aanvraag ontvangen.', 'uw', false],
    ['U kunt ons bellen.', 'kunt', false],
    ['U kunt ons bellen.', 'bellen', true],
    ['Het is niet mogelijk.', 'niet', false],
    ['Wij sturen de brief ambtshalve.', 'ambtshalve', true], // manner adverb
  ])('%s: "%s" content=%s', (text, value, content) => {
    expect(word(text, value).content).toBe(content);
  });

  it('gives frequent words a high Zipf and rare words a low one', () => {
    const common = word('U krijgt een brief.', 'brief').zipf!;
    const rare = word('Wij sturen u een beschikking.', 'beschikking').zipf!;
    expect(common).toBeGreaterThan(4);
    expect(rare).toBeLessThan(common);
  });

  it('scores a listed compound by its head, as LiNT-II does', () => {
    expect(word('De gezondheidszorg is goed.', 'gezondheidszorg').zipf).toBe(word('De zorg is goed.', 'zorg').zipf);
  });

  it('splits an unknown compound into known parts', () => {
    const token = word('De parkeerontheffingsaanvraag is binnen.', 'parkeerontheffingsaanvraag');
    expect(token.zipf).not.toBeNull();
    expect(token.concrete).toBe(false); // head "aanvraag" is abstract
  });

  it('gives an inflected adjective or participle SUBTLEX-NL lacks the frequency of its base', () => {
    // "genaamde", "gewerkte" are not in SUBTLEX-NL; "genaamd", "gewerkt" are. The
    // sentence means differ only by that word, so they are equal only if its Zipf is.
    for (const [inflected, base] of [
      ['genaamde', 'genaamd'],
      ['gewerkte', 'gewerkt'],
    ]) {
      const a = measure(`Dit is een ${inflected} regeling.`).measures.sentences[0]!;
      const b = measure(`Dit is een ${base} regeling.`).measures.sentences[0]!;
      expect(a.meanContentZipf).toBe(b.meanContentZipf);
      expect(a.meanContentZipf).toBeGreaterThan(3);
    }
    expect(word('Dit is een gewerkte regeling.', 'gewerkte').concrete).toBeUndefined(); // not a noun
  });

  it('marks concrete and abstract nouns', () => {
    expect(word('De fiets staat buiten.', 'fiets').concrete).toBe(true);
    expect(word('De vrijheid is groot.', 'vrijheid').concrete).toBe(false);
  });

  it('counts syllables on every word, ĳ included', () => {
    expect(word('Het ĳs is glad.', 'ĳs').syllables).toBe(1);
    expect(word('Wij bellen u.', 'bellen').syllables).toBe(2);
  });

  it('leaves numbers and names out of the frequency mean', () => {
    const a = measure('Wij bellen u op 12 mei.').measures.sentences[0]!;
    const b = measure('Wij bellen u op 14 mei.').measures.sentences[0]!;
    expect(a.meanContentZipf).toBe(b.meanContentZipf);
  });

  it('keeps a capitalised word without any frequency out of the mean at the sentence start too', () => {
    // "Amsterdammers" is listed without a frequency: inside the sentence it is a name, so
    // it must not count as a rare word (Zipf 1.36) when it opens the sentence
    const start = measure('Amsterdammers kiezen dan de leden van de raad.').measures.sentences[0]!;
    const inside = measure('Dan kiezen Amsterdammers de leden van de raad.').measures.sentences[0]!;
    expect(start.meanContentZipf).toBe(inside.meanContentZipf);
  });

  it('reads "enkel" as the adverb "only" (like "alleen"), not as a content word', () => {
    expect(word('Gebruik enkel functionele beelden.', 'enkel').content).toBe(false);
    expect(word('Gebruik alleen functionele beelden.', 'alleen').content).toBe(false);
  });
});

describe('per-sentence measures', () => {
  it('counts clauses by finite verbs', () => {
    const s = measure('Als u vragen heeft, kunt u ons bellen.').measures.sentences[0]!;
    expect(s.clauses).toBe(2);
    expect(measure('Wij bellen u morgen.').measures.sentences[0]!.clauses).toBe(1);
  });

  it.each([
    // [sentence, clauses]: regular past tense is finite ('t kofschip), an inflected
    // participle after an article is not; -ende and adjectives in -te/-de are not verbs
    ['De gemeente verleende de vergunning en de buren betaalden de kosten.', 2],
    ['In de morgen wandelden de haas en de egel door het bos.', 1],
    ['Zij meende dat het lukte.', 2],
    ['Wij dachten dat u verhuisde.', 2],
    ['De verleende vergunning ligt klaar.', 1],
    ['Wij publiceerden het besluit en de buren wachtten.', 2],
    ['De grote en korte brieven liggen klaar.', 1],
    ['De volgende stap is eenvoudig.', 1],
    // "zijn" after a pronoun, noun or adjective is the verb, after a verb a possessive
    ['Er zijn drie mogelijkheden als u bezwaar maakt.', 2],
    ['De zijstraten zijn groen en de huizen zijn hoog.', 2],
    ['De straten die nodig zijn, liggen hier.', 2],
    ['Hij heeft zijn brief verstuurd en zij belt.', 2],
    // a plural verb that closes a relative clause, then the main clause's verb
    ['De zaadcellen die dat overleven, zwemmen verder.', 2],
    ['Mensen die hier wonen, betalen minder.', 2],
    // "zijn" after a modal in its clause is the infinitive
    ['Het kan zijn dat de verrekening later gebeurt.', 2],
    ['Dan kan het zijn dat u reiskosten maakt.', 2],
    ['Het plan moet klaar zijn voordat de bouw begint.', 2],
    // a bare stem that is also a noun is the noun after an article, preposition or "u";
    // elsewhere it is the imperative or first person
    ['Dan kunt u gebruik maken van de lening.', 1],
    ['Bent u weer aan het werk?', 1],
    ['Vraag op tijd een identiteitsbewijs aan.', 1],
    ['Neem contact op en vraag naar de mogelijkheden.', 2],
    ['Ik werk bij de gemeente.', 1],
    // an imperative opens the sentence with its bare stem; "Jammer" is no verb
    ['Vul het formulier in en stuur het op.', 2],
    ['Jammer dat het niet lukt.', 1],
    // a -t form whose infinitive doubles its consonant and is also a noun
    ['Na zes weken vervalt uw recht op de vergoeding.', 1],

    ['Als zij naar Utrecht reist, belt zij ons.', 2],
    ['Als het nodig blijkt, gebeurt dat later.', 2],
    // "geldt" is the verb gelden, not a participle in ge-...-t
    ['Als u verhuist, geldt deze regel niet.', 2],
    // ... but not a rare stem's ("vast": vazen)
    ['De datum ligt vast en de brief is klaar.', 2],
    // a bare stem after "ik" or before "je" is finite; so is an -en form that is also a
    // plural noun next to a plural subject pronoun, and a past form whose infinitive is
    // also a noun ("stemde": stemmen, gestemd)
    ['Ik hoop dat je gaat stemmen.', 2],
    ['Wanneer je hij of zij gebruikt, hang je een label aan je tekst.', 2],
    ['We zetten in op woningbouw omdat de wijk groeit.', 2],
    ['Het college stemde in met het plan en de raad volgde.', 2],
    // a noun stem opening the sentence before a particle or object is an imperative
    ['Let op: de brief komt later.', 2],
    // a -t form after a main clause's "wordt" is its participle, not a second verb
    ['Dit wordt doorlopend onderzocht.', 1],
    // a prefix plus an irregular -t form is finite ("voldoet": doet, "bestaat": staat)
    ['Als het plan aan de eisen voldoet, bestaat de kans op een vergunning.', 2],
    // "geen" is no -en verb form
    ['Omdat u geen geldig paspoort of identiteitskaart heeft, schrijven wij u.', 2],
  ])('%s: %d clause(s)', (text, clauses) => {
    expect(measure(text).measures.sentences[0]!.clauses).toBe(clauses);
  });

  it('does not take a nominalized infinitive for a verbless clause\'s finite verb', () => {
    // "(het) indienen van ...", "over toepassen van": no verb, so no dependency from it
    expect(measure('Het indienen van een bezwaarschrift bij de gemeente.').measures.sentences[0]!.maxDependencyLength).toBe(0);
    expect(measure('Indienen van een bezwaarschrift bij de gemeente.').measures.sentences[0]!.maxDependencyLength).toBe(0);
    expect(measure('Het beleid over toepassen van verplichte zorg in de wijk.').measures.sentences[0]!.maxDependencyLength).toBe(0);
    expect(measure('Wij indienen een bezwaarschrift bij de gemeente.').measures.sentences[0]!.maxDependencyLength).toBeGreaterThan(0);
  });

  it('starts a new segment after a colon or semicolon (a label or a second clause)', () => {
    // "Water:" is a label, not the start of the clause whose verb comes at the end
    const bare = measure('Bij nieuwe ontwikkelingen in de wijk moet een onderzoek worden gedaan.').measures.sentences[0]!;
    for (const text of [
      'Water: bij nieuwe ontwikkelingen in de wijk moet een onderzoek worden gedaan.',
      'De regels zijn streng; bij nieuwe ontwikkelingen in de wijk moet een onderzoek worden gedaan.',
    ]) {
      expect(measure(text).measures.sentences[0]!.maxDependencyLength).toBe(bare.maxDependencyLength);
    }
  });

  it('reads a question word right before the finite verb as a main clause, not a subordinate one', () => {
    // "Waarom publiceert ...?" is verb second: its subject and object hang on the verb
    // after it, not on a verb at the end as in "Waarom de gemeente ... publiceert".
    const question = measure('Waarom publiceert de gemeente dit bericht?').measures.sentences[0]!;
    const subordinate = measure('Waarom de gemeente dit bericht publiceert').measures.sentences[0]!;
    expect(question.maxDependencyLength).toBeGreaterThan(0);
    expect(question.maxDependencyLength).toBeLessThan(subordinate.maxDependencyLength);
  });

  it('does not take a noun in ge-...-d/t for a participle', () => {
    // "gebied", "geluid" are nouns: as participles they would be the clause's last verb
    // and stretch its dependency; "gewerkt" is a participle.
    const noun = measure('In dit gebied is het geluid hard.').measures.sentences[0]!;
    const verb = measure('In dit bos heeft de man hard gewerkt.').measures.sentences[0]!;
    expect(noun.maxDependencyLength).toBeLessThan(verb.maxDependencyLength);
  });

  it('sees a longer dependency in a verb-final clause than in a short main clause', () => {
    const short = measure('Wij bellen u.').measures.sentences[0]!;
    const long = measure('Wij hebben uw aanvraag voor een parkeervergunning in de binnenstad op 12 mei ontvangen.').measures.sentences[0]!;
    expect(long.maxDependencyLength).toBeGreaterThan(short.maxDependencyLength);
    expect(long.maxDependencyLength).toBeGreaterThanOrEqual(8);
  });

  it.each([
    // [sentence, nominalizations]: "ontving" and "ging" end in -ing but are verbs
    ['De gemeente ontving een aanvraag.', 0],
    ['Hij ging naar huis.', 0],
    ['De ontvangst van de aanvraag voor een vergunning.', 1],
  ])('%s: %d nominalization(s)', (text, n) => {
    expect(analyzeSentence(parseLetter(text).sentences[0]!).nominalizations).toBe(n);
  });

  it.each([
    // [sentence, passives]: "worden", and "zijn" with a participle (the passive's perfect)
    ['Het besluit wordt vastgesteld.', 1],
    ['Het besluit is vastgesteld.', 1],
    ['Uw aanvraag is ontvangen.', 1],
    ['Er is gekozen voor een wooncoöperatie.', 1],
    ['Het is mogelijk dat de regels zijn gewijzigd.', 1],
    ['Het besluit is door de raad vastgesteld en wordt gepubliceerd.', 2],
    ['U kunt bezwaar maken nadat het besluit verzonden is.', 1],
    ['Dit geldt voor een instelling die daartoe verplicht is.', 1],
    // not: the perfect of a verb with "zijn", an attributive participle, "hebben", an adjective
    ['Hij is gisteren gekomen.', 0],
    ['Als u bent verhuisd, moet u dat melden.', 0],
    ['U bent eigenaar van een beschermd monument.', 0],
    ['Wij hebben het besluit vastgesteld.', 0],
    ['Wij zijn benieuwd naar uw mening.', 0],
    ['Het is belangrijk om dit te ontvangen.', 0],
    ['De software waarmee dit moet gebeuren is nog niet klaar.', 0],
    ['Omdat het plan 700 woningen betreft is een toets nodig.', 0],
  ])('%s: %d passive(s)', (text, n) => {
    expect(analyzeSentence(parseLetter(text).sentences[0]!).passives).toBe(n);
  });

  it.each([
    // [sentence, Romance loanwords]: by suffix, not the native words that share one
    ['De kwaliteit van deze effectieve en cruciale transformatie.', 4],
    ['Dit is technisch en financieel een sociaal probleem.', 3],
    ['Het onderdeel van het geheel in de moedertaal.', 0],
    ['Dit is de informatiebrief over het stadsdeel en helemaal niet veel.', 0],
  ])('%s: %d loanword(s)', (text, n) => {
    expect(analyzeSentence(parseLetter(text).sentences[0]!).latinate).toBe(n);
  });

  it('rates a native word easier than a Romance loanword SUBTLEX-NL finds as common', () => {
    // "cruciaal" (Zipf 3.5) is more frequent in subtitles than "doorslaggevend" (2.9),
    // but the plain rewrite uses the native word
    const loan = measure('Persoonlijke begeleiding blijft cruciaal.').summary.readability.lint;
    const native = measure('Persoonlijke begeleiding blijft doorslaggevend.').summary.readability.lint;
    expect(native).toBeLessThan(loan);
  });

  it('scores a sentence as the one-sentence text it is', () => {
    // Per-sentence and document scores are one formula (LiNT-II plus the plain-language
    // correction), so a one-sentence text does not get two different scores.
    for (const text of ['Uw aanvraag wordt door ons in behandeling genomen.', 'Wij bellen u morgen.', 'Heeft u vragen?']) {
      const { measures, summary } = measure(text);
      expect(measures.sentences).toHaveLength(1);
      expect(measures.sentences[0]!.lint).toBe(summary.readability.lint);
    }
  });

  it('rates the passive and the long sentence harder per sentence too', () => {
    const [active, passive] = measure('Wij nemen uw aanvraag in behandeling. Uw aanvraag wordt door ons in behandeling genomen.').measures
      .sentences;
    expect(passive!.lint).toBeGreaterThan(active!.lint);
  });

  it('rates a short plain sentence easier than a long official one', () => {
    const [plain, official] = measure(
      'Wij bellen u morgen. Naar aanleiding van uw verzoek delen wij u mede dat de gevraagde beschikking thans in behandeling is genomen.',
    ).measures.sentences;
    expect(plain!.lint).toBeLessThan(official!.lint);
    expect(plain!.level).toBeLessThanOrEqual(official!.level);
    for (const s of [plain!, official!]) {
      expect(s.lint).toBeGreaterThanOrEqual(0);
      expect(s.lint).toBeLessThanOrEqual(100);
    }
  });
});

describe('summarize', () => {
  it('counts stats over the whole letter', () => {
    const { summary } = measure('Wij bellen u morgen.\n\nDe gemeente betaalt de bijstandsuitkering.');
    expect(summary.stats.words).toBe(9);
    expect(summary.stats.sentences).toBe(2);
    expect(summary.stats.paragraphs).toBe(2);
    expect(summary.stats.syllables).toBeGreaterThanOrEqual(15);
    expect(summary.stats.longWords).toBe(1); // bijstandsuitkering
    expect(summary.sentences).toHaveLength(2);
  });

  it('has one sentence entry per sentence with offsets into the text', () => {
    const text = 'Wij bellen u. U hoeft niets te doen.';
    const { summary } = measure(text);
    expect(summary.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Wij bellen u.', 'U hoeft niets te doen.']);
  });

  it('does not let the salutation and closing make the letter look easier', () => {
    const body = 'Naar aanleiding van uw verzoek delen wij u mede dat de gevraagde beschikking thans in behandeling is genomen.';
    const bare = measure(body).summary.readability.lint;
    const letter = measure(`Geachte heer Jansen,\n\n${body}\n\nMet vriendelijke groet,\n\nJ. de Vries`).summary.readability.lint;
    expect(letter).toBe(bare);
  });
});

describe('check() readability', () => {
  it.each(['', '   \n ', 'é'.normalize('NFD'), '\u00ad\u00a0ĳ\r\n😀', 'a'.repeat(5000)])('has finite numbers for input %#', (text) => {
    const r = check(text);
    for (const v of [r.readability.lint, r.readability.fleschDouma, r.readability.brouwer, r.readability.lix]) {
      expect(Number.isFinite(v)).toBe(true);
    }
    expect([1, 2, 3, 4]).toContain(r.readability.level);
  });
});
