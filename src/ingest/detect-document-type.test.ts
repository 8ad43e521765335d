import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/support/make-docx.js';
import { makePdf } from '../../test/support/make-pdf.js';
import { decodeText } from './decode-text.js';
import { detectDocumentType } from './detect-document-type.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('detectDocumentType', () => {
  it('recognises PDF, DOCX, JSON and text from their bytes', async () => {
    expect(detectDocumentType(await makePdf({ pages: [['Hello']] }))).toBe('pdf');
    expect(detectDocumentType(makeDocx({ paragraphs: ['Hello'] }))).toBe('docx');
    expect(detectDocumentType(encode('  {"basics": {}}'))).toBe('json');
    expect(detectDocumentType(encode('[{"name": "x"}]'))).toBe('json');
    expect(detectDocumentType(encode('# Ada Lovelace\n\nEngineer'))).toBe('text');
    expect(detectDocumentType(encode('[Ada] Lovelace'))).toBe('text');
  });

  it('calls images, other zips and binary files unsupported', () => {
    expect(detectDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'unsupported',
    );
    expect(detectDocumentType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('unsupported');
    expect(detectDocumentType(encode('GIF89a....'))).toBe('unsupported');
    expect(detectDocumentType(zipSync({ 'data.csv': strToU8('a,b') }))).toBe('unsupported');
    expect(detectDocumentType(new Uint8Array([1, 2, 3, 0, 0, 0, 200, 201, 4, 5]))).toBe('unsupported');
  });

  it('ignores what a file name would claim: a PDF is a PDF whatever it is called', async () => {
    const pdf = await makePdf({ pages: [['Hello']] });
    expect(detectDocumentType(pdf)).toBe('pdf');
  });

  it('keeps text with a few invalid UTF-8 bytes as text', () => {
    expect(detectDocumentType(new Uint8Array([...encode('Caf'), 0xe9, ...encode(' au lait')]))).toBe('text');
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Zoë')]))).toBe('Zoë');
  });

  it('replaces invalid bytes instead of failing', () => {
    expect(decodeText(new Uint8Array([0x41, 0xff, 0x42]))).toBe('A\uFFFDB');
  });

  it('decodes UTF-16 with either byte order mark', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]))).toBe('Hi');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]))).toBe('Hi');
  });
});
