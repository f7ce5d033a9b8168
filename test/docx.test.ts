import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { check, rewrite, type Report } from '@helder/core';
import { readDocx, annotateDocx, fixDocx, toDocxPosition, DocxError } from '@helder/docx';

const require = createRequire(new URL('../packages/docx/package.json', import.meta.url));
const { unzipSync, zipSync, strToU8, strFromU8 } = require('fflate') as typeof import('fflate');

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/docx/${name}`, import.meta.url)));
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text Word shows inside comment `id`: all <w:t> between its range start and end. */
function commentedText(documentXml: string, id: number): string {
  const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  expect(start, `commentRangeStart ${id}`).toBeGreaterThan(-1);
  expect(end, `commentRangeEnd ${id}`).toBeGreaterThan(start);
  const between = documentXml.slice(start, end);
  return [...between.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
}

function commentBodies(commentsXml: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of commentsXml.matchAll(/<w:comment w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) {
    out.set(Number(m[1]), [...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join('\n'));
  }
  return out;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** A minimal .docx built by hand (a second writer besides LibreOffice). */
function handBuilt(body: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  });
}

describe('readDocx on a letter written by LibreOffice', () => {
  const data = fixture('brief-libreoffice.docx');

  it('reads the text with a paragraph map that knows headings, list items and tables', async () => {
    const { text, paragraphs } = await readDocx(data);
    const kinds = paragraphs.map((p) => [text.slice(p.start, p.end), p.kind]);
    expect(kinds[0]).toEqual(['Uw aanvraag voor een parkeervergunning', 'heading']);
    expect(paragraphs[0]!.level).toBe(1);
    expect(kinds).toContainEqual(['Kenteken', 'table']);
    expect(kinds.find(([t]) => t!.startsWith('Stuur een kopie'))?.[1]).toBe('listItem');
    // Formatting inside a word (In<b>die</b>n) does not split it.
    expect(text).toContain('Indien u vragen heeft');
  });

  it('maps offsets back to paragraph + offset', async () => {
    const { text, paragraphs } = await readDocx(data);
    const at = text.indexOf('Indien');
    const pos = toDocxPosition(paragraphs, at);
    const p = paragraphs[pos.paragraph]!;
    expect(text.slice(p.start + pos.offset, p.start + pos.offset + 6)).toBe('Indien');
  });
});

describe('annotateDocx', () => {
  it('anchors a comment at exactly the words of each finding in a LibreOffice .docx', async () => {
    const data = fixture('brief-libreoffice.docx');
    const before = sha(data);
    const { text } = await readDocx(data);
    const report = check(text);
    expect(report.messages.length).toBeGreaterThan(2);
    const out = await annotateDocx(data, report);
    expect(sha(data)).toBe(before); // the input is never modified
    const parts = unzipSync(out);
    const xml = strFromU8(parts['word/document.xml']!);
    const bodies = commentBodies(strFromU8(parts['word/comments.xml']!));
    expect(bodies.size).toBe(report.messages.length + 1);
    expect(bodies.get(0)).toMatch(/rapportcijfer/);
    report.messages.forEach((m, i) => {
      expect(commentedText(xml, i + 1)).toBe(m.actual);
      expect(bodies.get(i + 1)).toContain(m.message);
      expect(bodies.get(i + 1)).toContain(m.ruleId);
    });
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('/word/comments.xml');
    expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain('relationships/comments');
    // The annotated copy still reads as the same letter.
    expect((await readDocx(out)).text).toBe(text);
  });

  it('splits runs when a finding starts and ends inside differently formatted runs', async () => {
    const data = handBuilt(
      '<w:p><w:r><w:t xml:space="preserve">Wij &amp; u: in</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>die</w:t></w:r><w:r><w:t xml:space="preserve">n u vragen heeft, belt u ons.</w:t></w:r></w:p>',
    );
    const { text } = await readDocx(data);
    expect(text).toBe('Wij & u: indien u vragen heeft, belt u ons.');
    const start = text.indexOf('indien');
    const amp = text.indexOf('&');
    const report = check(text);
    const fake: Report = {
      ...report,
      messages: [
        { ...(report.messages[0] ?? ({} as never)), ruleId: 'test-a', severity: 'warning', category: 'woorden', message: 'Schrijf als.', explanation: '', start, end: start + 6, actual: 'indien', expected: ['als'], line: 1, column: start + 1, url: '', source: '' },
        { ruleId: 'test-b', severity: 'suggestion', category: 'woorden', message: 'Test.', explanation: '', start: amp, end: start + 2, actual: text.slice(amp, start + 2), expected: [], line: 1, column: amp + 1, url: '', source: '' },
      ],
    };
    const out = await annotateDocx(data, fake, { summary: false });
    const xml = strFromU8(unzipSync(out)['word/document.xml']!);
    expect(commentedText(xml, 0)).toBe('indien');
    expect(commentedText(xml, 1)).toBe('& u: in');
    // The bold run keeps its formatting after the split.
    expect(xml).toMatch(/<w:rPr><w:b\/><\/w:rPr><w:t(?: [^>]*)?>die<\/w:t>/);
  });
});

describe('annotateDocx on Word-style markup', () => {
  // What Word writes around text: proofing marks, bookmarks, hyperlinks, revisions, content controls.
  const body =
    '<w:p><w:r><w:t xml:space="preserve">Wij </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>verzoeken</w:t></w:r><w:proofErr w:type="spellEnd"/>' +
    '<w:bookmarkStart w:id="0" w:name="b"/><w:r><w:t xml:space="preserve"> u het formulier te </w:t></w:r><w:bookmarkEnd w:id="0"/>' +
    '<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t>retourneren</w:t></w:r></w:hyperlink>' +
    '<w:ins w:id="5" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> teneinde</w:t></w:r></w:ins>' +
    '<w:del w:id="6" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>oud</w:delText></w:r></w:del>' +
    '<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve"> te betalen.</w:t></w:r></w:sdtContent></w:sdt></w:p>';

  it('reads the visible text and anchors comments across these elements', async () => {
    const data = handBuilt(body);
    const { text } = await readDocx(data);
    expect(text).toBe('Wij verzoeken u het formulier te retourneren teneinde te betalen.');
    const words = ['verzoeken', 'u het formulier te retourneren', 'retourneren teneinde', 'teneinde te betalen'];
    const messages = words.map((w, i) => {
      const start = text.indexOf(w);
      return { ruleId: `r${i}`, category: 'woorden', severity: 'warning', message: 'm', explanation: '', start, end: start + w.length, actual: w, expected: [], line: 1, column: start + 1, url: '', source: '' } as const;
    });
    const report = { ...check(text), messages: [...messages] } as Report;
    const xml = strFromU8(unzipSync(await annotateDocx(data, report, { summary: false }))['word/document.xml']!);
    words.forEach((w, i) => expect(commentedText(xml, i)).toBe(w));
    // The existing revision stays as it was.
    expect(xml).toContain('<w:delText>oud</w:delText>');
  });

  it('fixDocx falls back to a comment where a replacement would cross a hyperlink', async () => {
    const data = handBuilt(body);
    const { text } = await readDocx(data);
    const start = text.indexOf('te retourneren');
    const end = start + 'te retourneren'.length;
    const report = {
      ...check(text),
      messages: [{ ruleId: 'x', category: 'woorden', severity: 'warning', message: 'm', explanation: '', start, end, actual: text.slice(start, end), expected: ['terugsturen'], line: 1, column: start + 1, url: '', source: '', fix: { start, end, replacement: 'terug te sturen' } }],
    } as Report;
    const parts = unzipSync(await fixDocx(data, report));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).not.toMatch(/<w:del w:id="9/);
    expect(commentedText(xml, 0)).toBe('te retourneren');
    expect(strFromU8(parts['word/comments.xml']!)).toContain('terug te sturen');
  });
});

describe('fixDocx', () => {
  it('writes the safe rewrites as tracked changes that accept to the rewritten text', async () => {
    const data = fixture('brief-libreoffice.docx');
    const { text } = await readDocx(data);
    const report = check(text);
    const { text: fixedText, edits } = rewrite(text, report);
    expect(edits.length).toBeGreaterThan(0);
    const out = await fixDocx(data, report);
    const xml = strFromU8(unzipSync(out)['word/document.xml']!);
    const deleted = [...xml.matchAll(/<w:del [^>]*>([\s\S]*?)<\/w:del>/g)].map((m) =>
      [...m[1]!.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((t) => decode(t[1]!)).join(''),
    );
    expect(deleted).toEqual(edits.map((e) => e.actual));
    // mammoth reads insertions and skips deletions: the "accepted" view is the rewritten text.
    expect((await readDocx(out)).text).toBe(fixedText);
  });
});

describe('fixDocx over runs with different formats', () => {
  it('writes a comment, not a tracked change that would drop the bold of the words between', async () => {
    // The te + infinitive fix runs from 'U dient' to 'vullen', over the bold date.
    const body =
      '<w:p><w:r><w:t xml:space="preserve">U dient vóór </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>1 mei</w:t></w:r>' +
      '<w:r><w:t xml:space="preserve"> het formulier in te vullen.</w:t></w:r></w:p>';
    const data = handBuilt(body);
    const { text } = await readDocx(data);
    const report = check(text);
    const edit = rewrite(text, report).edits.find((e) => e.ruleId === 'gebiedende-toon');
    expect(edit?.replacement).toBe('U moet vóór 1 mei het formulier invullen');
    const parts = unzipSync(await fixDocx(data, report));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).not.toContain('<w:del ');
    expect(xml).toContain('<w:b/></w:rPr><w:t>1 mei</w:t>');
    expect(strFromU8(parts['word/comments.xml']!)).toContain('U moet vóór 1 mei het formulier invullen');
  });
});

describe('hostile .docx files', () => {
  const expected: Record<string, string> = {
    'zip-bomb.docx': 'ZIP_BOMB',
    'zip-bomb-lying.docx': 'ZIP_BOMB',
    'truncated.docx': 'CORRUPT',
    'xxe.docx': 'CORRUPT',
    'billion-laughs.docx': 'CORRUPT',
    'zip-slip.docx': 'CORRUPT',
    'password.docx': 'ENCRYPTED',
    'not-a-docx.docx': 'NOT_DOCX',
    'no-document.docx': 'NOT_DOCX',
  };
  it('covers every fixture', () => {
    expect(readdirSync(new URL('fixtures/docx/hostile/', import.meta.url)).sort()).toEqual(Object.keys(expected).sort());
  });
  for (const [name, code] of Object.entries(expected)) {
    it(`${name} is refused with ${code} and a Dutch message`, async () => {
      const error = await readDocx(fixture(`hostile/${name}`)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DocxError);
      expect((error as DocxError).code).toBe(code);
      expect((error as DocxError).message).toMatch(/Word-bestand|\.docx/);
    });
  }
  it('refuses a file over the size limit before unzipping', async () => {
    await expect(readDocx(fixture('brief-libreoffice.docx'), { maxBytes: 1000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
