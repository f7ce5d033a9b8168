// Surface word classes for Dutch, without a tagger: what LiNT-II gets from a parser
// (content word or not, finite verb, subordinator) estimated from closed word lists.
// Dutch function words are a closed, small class; everything else that is a word is
// treated as a content word (noun, lexical verb, adjective), as LiNT-II counts them.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Articles, pronouns, determiners, quantifiers. */
const DETERMINERS_PRONOUNS = set(`
  de het een 't 'n der des den
  ik je jij u hij zij ze wij we jullie men mij me hem haar ons hen hun zich zichzelf
  mijn jouw uw zijn haar onze ons hun jullie mijne uwe
  dit dat deze die wat wie welk welke wiens wier iets niets alles iemand niemand
  elk elke ieder iedere iedereen alle al beide enkele sommige zulke zo'n zoiets
  geen ander andere anderen veel vele weinig weinige meer meeste minder minst
  hetzelfde dezelfde datgene degene diegene hetgeen watgene zelf
  er hier daar waar ergens nergens overal
`);

/** Prepositions and pronominal adverbs ("erover", "waarmee"). */
export const PREPOSITIONS = set(`
  aan achter bij binnen boven buiten door in langs met na naar naast om onder op over
  per sinds te ten ter tegen tijdens tot tussen uit van vanaf vanuit via voor vóór zonder
  omtrent omstreeks rond rondom volgens wegens vanwege ondanks krachtens middels
  namens inzake betreffende aangaande jegens nabij benevens conform ingevolge blijkens
  gedurende behoudens exclusief inclusief dankzij
  erin eraan erbij erdoor ermee erna ernaar erom erop erover ervan ervoor eruit ertegen ertoe
  hierin hieraan hierbij hierdoor hiermee hierna hiernaar hierom hierop hierover hiervan
  hiervoor hieruit hiertegen hiertoe daarin daaraan daarbij daardoor daarmee daarna
  daarnaar daarom daarop daarover daarvan daarvoor daaruit daartegen daartoe
  waarin waaraan waarbij waardoor waarmee waarna waarnaar waarom waarop waarover waarvan
  waarvoor waaruit waartegen waartoe
`);

/** Words that open a subordinate clause (verb-final word order follows). */
export const SUBORDINATORS = set(`
  dat omdat als wanneer indien zodat terwijl hoewel doordat nadat voordat totdat tenzij
  zodra sinds opdat alsof aangezien mits zoals ofschoon hetzij naarmate
  waardoor waarmee waarin waarop waarvan waarvoor waarna waaraan waarbij waarover waaruit
  waarom waar wie wat welke hoe
`);

/** Coordinators. */
export const COORDINATORS = set('en of maar want dus noch alsmede evenals');

const CONJUNCTIONS = set(`
  en of maar want dus noch alsmede evenals dat omdat als wanneer indien zodat terwijl
  hoewel doordat nadat voordat totdat tenzij zodra opdat alsof aangezien mits zoals
  ofschoon hetzij naarmate dan
`);

/**
 * Adverbs and particles that are not manner adverbs (LiNT-II counts only manner
 * adverbs as content words), plus interjections and discourse particles.
 */
const ADVERBS = set(`
  niet nooit ook nog al wel dan nu toen zo toch even steeds weer heel erg zeer zelfs
  altijd vaak soms meestal misschien wellicht mogelijk alleen enkel slechts echter dus namelijk
  immers daarom eerst eerder later straks binnenkort graag meer minder meest minst
  bijna helemaal geheel vrij best nogal tamelijk ongeveer circa ruim zowat pas reeds
  thans inmiddels voort voortaan tevens eveneens ook evenzeer verder daarnaast bovendien
  vervolgens daarna tenslotte ten slotte uiteindelijk intussen ondertussen opnieuw
  nogmaals telkens hoe waarom wanneer waar hoezo zoals evenwel derhalve dientengevolge
  hierbij hiermee aldus zodoende anders eens ooit ja nee jawel neen oké ok hé hè o oh ah
  hoor hè zeker juist precies gewoon eigenlijk toch maar ongeveer omhoog omlaag terug
  heen mee weg vooral zowel noch hetzij welnu alvast alstublieft alsjeblieft svp
  vandaag morgen gisteren overmorgen tegenwoordig nu nou dadelijk meteen direct zojuist
`);

/** Finite forms of auxiliaries, modals and copulas: finite verbs but not content words. */
export const AUX_FINITE = set(`
  ben bent is zijn was waren wees
  heb hebt heeft hebben had hadden
  word wordt worden werd werden
  kan kun kunt kunnen kon konden
  moet moeten moest moesten
  zal zult zullen zou zouden
  wil wilt willen wilde wilden wou
  mag mogen mocht mochten
  hoef hoeft hoeven hoefde hoefden
  blijkt blijken bleek bleken schijnt lijkt lijken leek leken
  blijf blijft blijven bleef bleven
`);

/** Non-finite auxiliary forms (not content words, not finite). */
const AUX_NONFINITE = set('geweest gehad worden zijn hebben kunnen moeten zullen willen mogen hoeven geworden gekund gemoeten gewild gemogen');

/** Frequent irregular lexical finite forms (content words and finite verbs). */
export const LEXICAL_FINITE = set(`
  ga gaat gaan ging gingen kom komt komen kwam kwamen doe doet doen deed deden
  zie ziet zien zag zagen krijg krijgt krijgen kreeg kregen sta staat staan stond stonden
  laat laten liet lieten weet weten wist wisten vind vindt vinden vond vonden
  zeg zegt zeggen zei zeiden geef geeft geven gaf gaven neem neemt nemen nam namen
  lig ligt liggen lag lagen zit zitten zat zaten houd houdt houden hield hielden
  breng brengt brengen bracht brachten denk denkt denken dacht dachten koop koopt kocht
  zoek zoekt zocht zochten vraag vraagt vragen vroeg vroegen help helpt helpen hielp
  begin begint beginnen begon begonnen ontvang ontvangt ontvangen ontving ontvingen
  stuur stuurt sturen stuurde stuurden betaal betaalt betalen betaalde betaalden
  heet heten heette schrijf schrijft schrijven schreef schreven lees leest lezen las
  loop loopt lopen liep liepen woon woont wonen woonde woonden werk werkt werken werkte
  maak maakt maken maakte maakten gebruik gebruikt gebruiken gebruikte bel belt bellen
  belde hoor hoort horen hoorde kijk kijkt kijken keek keken wacht wacht wachten wachtte
  vind vindt vinden vond beslis beslist beslissen besliste besloot besloten
  beschik beschikt beschikken geldt gelden gold golden betreft betreffen betrof betroffen
`);

/** Cardinal and ordinal numerals written as words. */
const NUMERALS = set(`
  nul één een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien
  vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig
  zeventig tachtig negentig honderd duizend miljoen miljard
  eerste tweede derde vierde vijfde zesde zevende achtste negende tiende
  half halve helft
`);

const FUNCTION_WORDS = new Set<string>([
  ...DETERMINERS_PRONOUNS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...ADVERBS,
  ...AUX_FINITE,
  ...AUX_NONFINITE,
  ...NUMERALS,
]);

export function isPreposition(lower: string): boolean {
  return PREPOSITIONS.has(lower);
}

/** Closed-class word (not a content word by LiNT-II's definition). */
export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower);
}

export const SUBJECT_PLURAL = set('wij we jullie zij ze u');
