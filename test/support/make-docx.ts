import { strToU8, zipSync } from 'fflate';

/** Options for a generated test DOCX. */
export interface MakeDocxOptions {
  /** Body paragraphs; one starting with "- " becomes a Word list paragraph (w:numPr). */
  paragraphs: string[];
  /**
   * Text boxes placed before the body, each stored the way Word stores them: an
   * mc:AlternateContent with the text in both the mc:Choice and the VML mc:Fallback.
   */
  textBoxes?: string[];
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function runs(text: string): string {
  // Tabs inside a paragraph are w:tab elements between runs.
  return text
    .split('\t')
    .map((part) => `<w:r><w:t xml:space="preserve">${escapeXml(part)}</w:t></w:r>`)
    .join('<w:r><w:tab/></w:r>');
}

function paragraph(text: string): string {
  if (text.startsWith('- ')) {
    return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${runs(text.slice(2))}</w:p>`;
  }
  return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="4320"/></w:tabs></w:pPr>${runs(text)}</w:p>`;
}

function textBox(text: string): string {
  const content = `<w:txbxContent>${paragraph(text)}</w:txbxContent>`;
  return `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>${content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

/**
 * A minimal valid DOCX ([Content_Types].xml, _rels/.rels, word/document.xml), for tests.
 * @example const docx = makeDocx({ paragraphs: ['Ada Lovelace', 'EXPERIENCE', '- Built X'] });
 */
export function makeDocx({ paragraphs, textBoxes = [] }: MakeDocxOptions): Uint8Array {
  const body = [...textBoxes.map(textBox), ...paragraphs.map(paragraph)].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"><w:body>${body}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
}

/** Overwrites the declared uncompressed size of every entry (local and central headers). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && at + 26 <= out.length) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && at + 28 <= out.length) view.setUint32(at + 24, size, true);
  }
  return out;
}

/**
 * A DOCX-shaped zip bomb: its document part is 2 MB of zeros squeezed into a few kilobytes,
 * and its headers declare 3 GB per entry. Readers must refuse it before inflating.
 */
export function makeZipBomb(): Uint8Array {
  const zip = zipSync(
    {
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'word/document.xml': new Uint8Array(2 * 1024 * 1024),
    },
    { level: 9 },
  );
  return declareSize(zip, 3 * 1024 * 1024 * 1024);
}
