// Test helpers for the service: a minimal .docx writer (stored ZIP, no dependencies) and
// an app on an ephemeral loopback port.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateRawSync } from 'node:zlib';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A ZIP with stored entries, or deflated ones with `deflate` (for zip-bomb tests). */
export function zip(entries: Array<[name: string, data: Uint8Array]>, deflate = false): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, raw] of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const data = deflate ? deflateRawSync(raw) : raw;
    const method = deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    parts.push(local, nameBuf, Buffer.from(data));
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(method, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(raw.length, 24);
    dir.writeUInt16LE(nameBuf.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const centralBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, centralBuf, end]));
}

/** A real, minimal Word document with one paragraph per string. */
export function makeDocx(paragraphs: string[], padding = 0): Uint8Array {
  const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  // Padding: whitespace inside the body, which compresses about 1000:1 (a zip bomb).
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('') + ' '.repeat(padding);
  return zip([
    [
      '[Content_Types].xml',
      enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      enc(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    ],
    [
      'word/document.xml',
      enc(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    ],
  ], padding > 0);
}

export interface Listening {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Listen on 127.0.0.1 with a free port. */
export async function listen(handler: Parameters<typeof createServer>[1]): Promise<Listening> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A one-page letter in the usual official style: jargon, passives, long sentences. */
export const LETTER = `Onderwerp: uw aanvraag voor een parkeervergunning

Geachte heer Jansen,

Naar aanleiding van uw aanvraag d.d. 3 maart jongstleden delen wij u mede dat uw aanvraag in behandeling is genomen. Teneinde uw aanvraag te kunnen beoordelen, verzoeken wij u om ons de volgende stukken te doen toekomen.

Indien wij de stukken niet binnen de gestelde termijn hebben ontvangen, wordt uw aanvraag buiten behandeling gesteld. Tegen dit besluit kunt u bezwaar maken.

Voor eventuele vragen kunt u zich wenden tot het Klant Contact Centrum.

Hoogachtend,

Het college van burgemeester en wethouders`;
