import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** Options for a generated test PDF: lines of text per page, in one or two columns. */
export interface MakePdfOptions {
  /** Each page is a list of lines, drawn top to bottom. */
  pages: string[][];
  /** 2 puts the first half of each page's lines in a left column and the rest in a right one. */
  columns?: 1 | 2;
  /** Encrypted PDFs are made by `makeEncryptedPdf`; pdf-lib cannot encrypt. */
  encrypted?: false;
}

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 50;
const FONT_SIZE = 11;
const LINE_HEIGHT = 15;
const RIGHT_COLUMN_X = 320;

/**
 * A real PDF with a text layer (Helvetica), for tests. Keep two-column lines short (about
 * 40 characters) so they fit their column.
 * @example const pdf = await makePdf({ pages: [['Ada Lovelace', 'EXPERIENCE', 'Engineer, Acme']] });
 */
export async function makePdf({ pages, columns = 1 }: MakePdfOptions): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const split = columns === 2 ? Math.ceil(lines.length / 2) : lines.length;
    const columnsOfLines = columns === 2 ? [lines.slice(0, split), lines.slice(split)] : [lines];
    for (const [column, columnLines] of columnsOfLines.entries()) {
      const x = column === 0 ? MARGIN : RIGHT_COLUMN_X;
      for (const [index, line] of columnLines.entries()) {
        page.drawText(line, { x, y: PAGE_HEIGHT - MARGIN - index * LINE_HEIGHT, size: FONT_SIZE, font });
      }
    }
  }
  return document.save();
}

/** A PDF whose pages hold only drawings, no text layer: what a scanned CV looks like to a reader. */
export async function makeImageOnlyPdf(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
  for (let row = 0; row < 20; row++) {
    page.drawRectangle({
      x: MARGIN,
      y: PAGE_HEIGHT - MARGIN - row * 30,
      width: 300 + (row % 3) * 60,
      height: 8,
      color: rgb(0.1, 0.1, 0.1),
    });
  }
  return document.save();
}

/**
 * A hand-made PDF whose trailer names a Standard security handler with a user password, so a
 * reader cannot open it without the password.
 */
export function makeEncryptedPdf(): Uint8Array {
  const hex32 = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32(7)}> /U <${hex32(91)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [index, object] of objects.entries()) {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  }
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = hex32(3).slice(0, 32);
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
