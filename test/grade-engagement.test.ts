// The emotional parts of the grade need evidence, not only the absence of faults (Kano):
// a correct but distant letter (never "wij", no question for the reader, a team instead
// of a person to contact) must not grade as an engaged B1 letter. Seen on realistic
// middle letters that graded 8.6-9.0 (corpus/*/tussen of woo-verzoek, aanmaning-belastingen).
import { describe, expect, it } from 'vitest';
import { check } from '@helder/core';

const DISTANT = `Onderwerp: verlenging termijn Woo-verzoek Stationsplein

Geachte mevrouw Vonk,

De gemeente heeft op 6 maart 2026 uw verzoek op grond van de Wet open overheid ontvangen. U vraagt om alle documenten over het Stationsplein in de jaren 2023 tot en met 2025.

De gemeente moet binnen vier weken op een verzoek beslissen. Deze termijn mag met twee weken worden verlengd als er veel documenten zijn. Bij uw verzoek zijn ongeveer 1.400 pagina's gevonden. Daarom wordt de termijn met twee weken verlengd. U ontvangt uiterlijk 17 april 2026 een besluit.

Voor vragen kunt u mailen naar woo@dijkstad.nl.

Met vriendelijke groet,

Juridische Zaken
Gemeente Dijkstad`;

const ENGAGED = `Onderwerp: uw Woo-verzoek over het Stationsplein: ons besluit komt later

Beste mevrouw Vonk,

U vroeg ons op 6 maart 2026 om alle documenten over het Stationsplein. Wij hebben meer tijd nodig om te beslissen. U krijgt ons besluit uiterlijk op 17 april 2026.

Waarom duurt het langer?
Wij hebben ongeveer 1.400 pagina's gevonden. Die moeten wij allemaal lezen. De wet geeft ons daarvoor twee weken extra.

Heeft u vragen?
Mail dan naar Jan Hoekstra via woo@dijkstad.nl of bel hem op 010 456 78 12.

Met vriendelijke groet,

Jan Hoekstra
Woo-coördinator`;

function losses(text: string) {
  const g = check(text).grade;
  return { value: g.value, reasons: g.parts.flatMap((p) => p.lost.map((l) => `${p.id}: ${l.reason}`)) };
}

describe('grade: the emotional parts need evidence', () => {
  it('a distant letter loses for never speaking as "wij", asking nothing and naming no person', () => {
    const { value, reasons } = losses(DISTANT);
    expect(reasons).toContain("persoonlijk: De afzender schrijft niet als 'wij' of 'ik'");
    expect(reasons).toContain('betrokken: De brief stelt de lezer geen enkele vraag');
    // "Juridische Zaken" signs: a unit, not a person.
    expect(reasons.some((r) => r.startsWith('persoonlijk:') && r.includes('(contactpersoon)'))).toBe(true);
    expect(value).toBeLessThan(8);
  });

  it('the same message, engaged, loses none of that and grades at least 2 points higher', () => {
    const engaged = losses(ENGAGED);
    expect(engaged.reasons.filter((r) => /afzender|vraag|contactpersoon/.test(r))).toEqual([]);
    expect(engaged.value).toBeGreaterThanOrEqual(losses(DISTANT).value + 2);
  });

  it('speaking as "wij" only once costs part of the afzender loss, not all of it', () => {
    // Once in about 120 words of body: less than once per 100 words.
    const once = DISTANT.replace('De gemeente heeft op 6 maart', 'Wij hebben op 6 maart').replace(
      'Voor vragen',
      'Een deel van de documenten gaat over andere mensen en bedrijven. Zij krijgen eerst de kans om te zeggen wat zij ervan vinden. Daarna volgt het besluit over de documenten die openbaar worden.\n\nVoor vragen',
    );
    const reasons = losses(once).reasons.filter((r) => r.includes("als 'wij' of 'ik'"));
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/zelden als 'wij' of 'ik': 1 keer in \d+ woorden/);
  });

  it('"jullie" addresses the readers', () => {
    const jullie = `Onderwerp: jullie trouwdatum staat vast

Beste Sanne en Ahmed,

Jullie trouwen op vrijdag 12 juni 2026 om 14.00 uur in het stadhuis. Wat fijn dat jullie voor Dijkstad kiezen! Jullie trouwambtenaar is Petra Smit. Zij belt jullie in mei om kennis te maken. Nemen jullie dan de namen van jullie getuigen mee? Dat zijn er minstens twee en hoogstens vier. Hebben jullie nog vragen? Bel Petra Smit op 0570 123 456.

Met vriendelijke groet,

Petra Smit
trouwambtenaar`;
    expect(losses(jullie).reasons.filter((r) => r.includes('spreekt de lezer weinig aan'))).toEqual([]);
  });
});
