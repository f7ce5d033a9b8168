// A typical letter before plain-language editing, for trying the page out.
export const EXAMPLE = `Onderwerp: uw aanvraag voor een parkeervergunning

Geachte heer/mevrouw,

Naar aanleiding van uw aanvraag d.d. 3 maart jongstleden delen wij u mede dat uw aanvraag voor een parkeervergunning in behandeling is genomen. Teneinde uw aanvraag te kunnen beoordelen, verzoeken wij u om ons de volgende stukken te doen toekomen:

- een kopie van het kentekenbewijs van uw voertuig;
- een bewijs van inschrijving op het adres waarvoor u de vergunning aanvraagt.

Indien wij de stukken niet binnen de gestelde termijn hebben ontvangen, wordt uw aanvraag buiten behandeling gesteld. Tegen dit besluit kunt u bezwaar maken.

Voor eventuele vragen kunt u zich wenden tot het Klant Contact Centrum.

Hoogachtend,

Het college van burgemeester en wethouders`;
