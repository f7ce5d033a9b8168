// Help texts: Dutch, with the (English) flags as they are typed.

export const MAIN_HELP = `helder: controleer brieven op begrijpelijke taal (B1) en een menselijke toon

Gebruik:
  helder check [bestanden/mappen/patronen...] [opties]   brieven controleren
  helder fix [bestanden...] [opties]                     veilige verbeteringen toepassen
  helder baseline [bestanden...] [-o BESTAND]            huidige bevindingen vastleggen
  helder explain REGEL                                   uitleg bij een regel
  helder rules [--preset b1|streng] [--format json]      alle regels tonen
  helder serve [--port 3000] [--host 127.0.0.1]          de webpagina en API starten

  helder COMMANDO --help toont de opties van een commando.
  helder --version toont de versie.

Exitcodes: 0 goed, 1 gate niet gehaald, 2 verkeerd gebruik of een bestand dat niet
gelezen kan worden.
`;

export const CHECK_HELP = `helder check: brieven controleren

Gebruik:
  helder check [bestanden/mappen/patronen...] [opties]
  cat brief.txt | helder check --stdin --stdin-filename brief.txt

Invoer: .txt, .md, .html en .docx; ook sjablonen (.j2, .jinja, .tmpl, ...) met
Django/Jinja-velden zoals {{ naam }}. Mappen worden doorzocht; .gitignore,
.helderignore en 'ignore' in de configuratie worden gevolgd. '-' leest van stdin.

Uitvoer:
  -f, --format NAAM        stylish (standaard), json, sarif, github of junit
  -o, --output BESTAND     schrijf het rapport naar een bestand in plaats van stdout
      --annotate BESTAND   (één .docx) schrijf een kopie met Word-opmerkingen bij elke bevinding
  -q, --quiet              geen voortgangsbalk
      --no-color           geen kleuren

Gates (exitcode 1 als een gate niet gehaald wordt):
      --fail-on NIVEAU     error (standaard), warning of suggestion
      --min-grade N        elk bestand minstens rapportcijfer N
      --max-level N        elk bestand hoogstens LiNT-niveau N (1-4)
      --max-warnings N     hoogstens N waarschuwingen in totaal
      --baseline BESTAND   bevindingen uit deze baseline tellen niet mee

Instellingen:
  -c, --config BESTAND     configuratie; anders helder.config.json of .helderrc.json,
                           gezocht vanaf de map van het bestand naar boven
      --preset NAAM        b1 (standaard) of streng
      --print-config BESTAND  toon de configuratie die voor dit bestand geldt
      --stdin              lees de tekst van stdin
      --stdin-filename NAAM   naam (en soort) van de tekst op stdin
      --cache              hergebruik resultaten van ongewijzigde bestanden
      --cache-location BESTAND  standaard .helder-cache/cli.json
  -j, --jobs N             aantal werkprocessen (standaard: aantal kernen)
      --max-messages N     hoogstens N bevindingen per bestand (standaard 1000)
`;

export const FIX_HELP = `helder fix: veilige verbeteringen toepassen

Gebruik:
  helder fix brief.txt               past de verbeteringen toe in het bestand zelf
  helder fix brief.md -o nieuw.md    schrijft het resultaat naar een ander bestand
  helder fix brief.txt --dry-run     toont wat er zou veranderen (diff), wijzigt niets
  helder fix brief.docx              schrijft brief.helder.docx met bijgehouden wijzigingen

Alleen vervangingen die zonder menselijke blik veilig zijn worden toegepast. Een .docx
wordt nooit overschreven: de wijzigingen komen als bijgehouden wijzigingen (of, waar dat
niet kan, als opmerking) in een nieuw bestand.

Opties:
  -o, --output BESTAND     doelbestand (bij één invoerbestand)
      --dry-run            toon een diff, schrijf niets
  -c, --config BESTAND     configuratie
      --preset NAAM        b1 of streng
      --stdin              lees van stdin, schrijf naar stdout
      --stdin-filename NAAM
  -q, --quiet              alleen fouten melden
`;

export const BASELINE_HELP = `helder baseline: de bevindingen van nu vastleggen

Gebruik:
  helder baseline [bestanden/mappen...] [-o .helder-baseline.json]
  helder check [bestanden...] --baseline .helder-baseline.json

Daarna laten alleen nieuwe bevindingen de gate falen. Een bevinding wordt herkend aan
regel, woorden en zin; regels verschuiven of andere zinnen aanpassen verandert dat niet.

Opties:
  -o, --output BESTAND     standaard .helder-baseline.json
  -c, --config BESTAND     configuratie
      --preset NAAM        b1 of streng
`;

export const EXPLAIN_HELP = `helder explain: uitleg bij een regel

Gebruik:
  helder explain REGEL     bijvoorbeeld: helder explain ambtelijk-woord

Toont wat de regel vindt, waarom, voorbeelden (fout en goed) en de bron.
`;

export const RULES_HELP = `helder rules: alle regels tonen

Gebruik:
  helder rules [--preset b1|streng] [--format text|json]
`;

export const SERVE_HELP = `helder serve: de webpagina en de API starten

Gebruik:
  helder serve [--port 3000] [--host 127.0.0.1]

Opties:
  -p, --port N       poort (standaard 3000)
      --host ADRES   standaard 127.0.0.1 (alleen deze computer); 0.0.0.0 voor het netwerk
`;
