import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/support/make-docx.js';
import { isGapwiseError } from '../errors/index.js';
import { readDocxParts } from './docx-archive.js';
import { extractDocxText } from './docx-text.js';
import { docxXmlToLines } from './docx-xml-text.js';

describe('DOCX text', () => {
  it('reads one line per paragraph, with tabs, line breaks and list bullets', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:tabs><w:tab w:pos="100"/></w:tabs></w:pPr><w:r><w:t>Acme</w:t></w:r><w:r><w:tab/><w:t>2019</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>first</w:t><w:br/><w:t>second</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Shipped &amp; measured</w:t></w:r></w:p></w:body>';
    expect(docxXmlToLines(xml)).toEqual(['Acme\t2019', 'first', 'second', '• Shipped & measured']);
  });

  it('keeps words of separate runs and paragraphs apart', () => {
    const text = extractDocxText(makeDocx({ paragraphs: ['Senior Engineer', 'Acme Corp'] }));
    expect(text).toBe('Senior Engineer\nAcme Corp');
  });

  it('reads text boxes once, not once per mc:Choice and mc:Fallback', () => {
    const text = extractDocxText(makeDocx({ textBoxes: ['Sidebar: Python, Go'], paragraphs: ['Body'] }));
    expect(text).toBe('Sidebar: Python, Go\nBody');
  });

  it('uses the fallback when an alternate content has no choice', () => {
    const xml =
      '<w:p><w:r><mc:AlternateContent><mc:Fallback><w:txbxContent><w:p><w:r><w:t>Only here</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    expect(docxXmlToLines(xml).filter(Boolean)).toEqual(['Only here']);
  });

  it('caps the bytes actually inflated when an archive understates its sizes', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(200_000) }, { level: 9 });
    let caught: unknown;
    try {
      readDocxParts(bomb, { limits: { maxEntries: 10, maxDeclaredBytes: 10_000_000, maxPartBytes: 50_000 } });
    } catch (error) {
      caught = error;
    }
    expect(isGapwiseError(caught, 'DOCX_TOO_LARGE')).toBe(true);
  });

  it('refuses archives with too many entries before inflating anything', () => {
    const files = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`word/part${i}.xml`, new Uint8Array(1)]),
    );
    let caught: unknown;
    try {
      readDocxParts(zipSync(files), { limits: { maxEntries: 10, maxDeclaredBytes: 1e9, maxPartBytes: 1e9 } });
    } catch (error) {
      caught = error;
    }
    expect(isGapwiseError(caught, 'DOCX_TOO_LARGE')).toBe(true);
  });

  it('says a zip without word/document.xml is unreadable', () => {
    let caught: unknown;
    try {
      readDocxParts(zipSync({ 'other.xml': new Uint8Array(1) }));
    } catch (error) {
      caught = error;
    }
    expect(isGapwiseError(caught, 'CV_UNREADABLE')).toBe(true);
  });
});
