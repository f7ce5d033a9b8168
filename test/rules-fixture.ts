// A word rule owned by the engine tests: the real word lists belong to their authors and
// change, so engine behaviour is tested on this rule with every embedded rule off.
import { ruleDefs, type HelderConfig } from '@helder/core';

export const testWords = {
  id: 'proef-woord',
  category: 'woorden',
  kind: 'words',
  severity: 'warning',
  message: "Schrijf {expected} in plaats van '{actual}'.",
  explanation: 'Proef.',
  source: 'Proef',
  url: 'https://example.org/proef',
  words: [
    { word: 'indien', alternatives: ['als'] },
    { word: 'reeds', alternatives: ['al'] },
    { word: 'teneinde', alternatives: ['om'] },
    { word: 'betreffende', alternatives: ['over'] },
    { word: 'in het kader van', alternatives: ['voor', 'bij'] },
    { word: 'verstrekken', pos: 'verb', alternatives: ['geven'] },
    { word: 'toekennen', pos: 'verb', alternatives: ['geven'] },
    { word: 'tijdig', alternatives: ['op tijd', 'vóór (datum)'] },
    { word: 'beschikking', pos: 'noun', alternatives: ['besluit'] },
  ],
  examples: { invalid: ['[indien]'], valid: ['als'] },
};

/** Every embedded rule off, the test word rule on; `extra` settings merged in. */
export function ownConfig(extra: HelderConfig = {}): HelderConfig {
  return {
    ...extra,
    rules: { ...Object.fromEntries(ruleDefs.map((r) => [r.id, 'off' as const])), ...extra.rules },
    extraRules: [testWords, ...(extra.extraRules ?? [])],
  };
}
