import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx, makeZipBomb } from '../../test/support/make-docx.js';
import { makeEncryptedPdf, makeImageOnlyPdf, makePdf } from '../../test/support/make-pdf.js';
import { type ErrorCode, GapwiseError } from '../errors/index.js';
import { closePdfWorker } from './pdf-worker-client.js';
import { readCv } from './read-cv.js';

const encode = (text: string) => new TextEncoder().encode(text);

async function failure(promise: Promise<unknown>): Promise<GapwiseError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GapwiseError) return error;
    throw error;
  }
  throw new Error('expected readCv to fail');
}

async function expectCode(promise: Promise<unknown>, code: ErrorCode): Promise<GapwiseError> {
  const error = await failure(promise);
  expect(error.code).toBe(code);
  return error;
}

afterAll(async () => {
  await closePdfWorker();
});

describe('readCv bad input', () => {
  it('rejects an empty file with EMPTY_DOCUMENT', async () => {
    await expectCode(readCv({ bytes: new Uint8Array() }), 'EMPTY_DOCUMENT');
  });

  it('rejects a whitespace-only text file with EMPTY_DOCUMENT', async () => {
    const error = await expectCode(readCv({ bytes: encode(' \n\t \r\n  \u00a0 ') }), 'EMPTY_DOCUMENT');
    expect(error.message).toMatch(/empty/);
  });

  it('rejects a PDF without a text layer with PDF_NO_TEXT and says it looks scanned', async () => {
    const error = await expectCode(readCv({ bytes: await makeImageOnlyPdf() }), 'PDF_NO_TEXT');
    expect(error.message).toMatch(/scanned/);
    expect(error.status).toBe(422);
  });

  it('rejects a password-protected PDF with PDF_ENCRYPTED', async () => {
    const error = await expectCode(readCv({ bytes: makeEncryptedPdf() }), 'PDF_ENCRYPTED');
    expect(error.message).toMatch(/password/);
  });

  it('rejects a corrupt PDF with CV_UNREADABLE', async () => {
    const bytes = encode('%PDF-1.7\n1 0 obj << /Type /Catalog garbage \x00\x01\x02 trailer nonsense');
    const error = await expectCode(readCv({ bytes }), 'CV_UNREADABLE');
    expect(error.message).toMatch(/damaged/);
  });

  it('rejects a truncated PDF with CV_UNREADABLE', async () => {
    const pdf = await makePdf({ pages: [['Ada Lovelace', 'Engineer']] });
    await expectCode(readCv({ bytes: pdf.slice(0, 40) }), 'CV_UNREADABLE');
  });

  it('rejects a DOCX that is not a valid zip with CV_UNREADABLE', async () => {
    const bytes = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...encode('word/document.xml this is not a zip at all'),
    ]);
    const error = await expectCode(readCv({ bytes }), 'CV_UNREADABLE');
    expect(error.message).toMatch(/zip/);
  });

  it('rejects a zip bomb with DOCX_TOO_LARGE before inflating it', async () => {
    const error = await expectCode(readCv({ bytes: makeZipBomb() }), 'DOCX_TOO_LARGE');
    expect(error.message).toMatch(/zip bomb/);
    expect(error.status).toBe(413);
  });

  it('rejects PNG bytes with UNSUPPORTED_TYPE', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const error = await expectCode(readCv({ bytes: png }), 'UNSUPPORTED_TYPE');
    expect(error.message).toMatch(/PDF, DOCX/);
  });

  it('rejects a file over the size limit with FILE_TOO_LARGE', async () => {
    const error = await expectCode(
      readCv({ bytes: encode('Ada Lovelace\n'.repeat(100)), maxBytes: 1000 }),
      'FILE_TOO_LARGE',
    );
    expect(error.message).toMatch(/1000 bytes limit|limit/);
  });

  it('applies a 10 MB limit by default', async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    await expectCode(readCv({ bytes }), 'FILE_TOO_LARGE');
  });

  it('decodes invalid UTF-8 with replacement characters instead of rejecting it', async () => {
    const bytes = new Uint8Array([
      ...encode('Ren'),
      0xe9,
      ...encode(' Dupont\nEngineer at Acme, caf'),
      0xe9,
      0x0a,
    ]);
    const cv = await readCv({ bytes });
    expect(cv.plainText).toContain('Ren\uFFFD Dupont');
    expect(cv.sourceType).toBe('text');
  });

  it('rejects JSON that is not a resume with CV_UNREADABLE', async () => {
    await expectCode(readCv({ bytes: encode('{"hello": "world"}') }), 'CV_UNREADABLE');
    await expectCode(readCv({ bytes: encode('{"basics": {') }), 'CV_UNREADABLE');
  });
});

describe('readCv documents', () => {
  it('reads a PDF CV into sections and work entries', async () => {
    const bytes = await makePdf({
      pages: [
        [
          'Ada Lovelace',
          'ada@example.com | +44 20 7946 0958',
          'EXPERIENCE',
          'Senior Engineer, Analytical Engines Ltd    Jan 2019 - Present',
          '- Built a payments API on Node.js serving 2 million users',
          'EDUCATION',
          'BSc in Mathematics, University of London, 2012 - 2015',
          'SKILLS',
          'TypeScript, Node.js, PostgreSQL',
        ],
      ],
    });
    const cv = await readCv({ bytes });
    expect(cv.sourceType).toBe('pdf');
    expect(cv.resume.basics?.name).toBe('Ada Lovelace');
    expect(cv.resume.basics?.email).toBe('ada@example.com');
    expect(cv.resume.work).toEqual([
      expect.objectContaining({
        position: 'Senior Engineer',
        name: 'Analytical Engines Ltd',
        startDate: '2019-01',
        highlights: ['Built a payments API on Node.js serving 2 million users'],
      }),
    ]);
    expect(cv.resume.education?.[0]).toMatchObject({
      studyType: 'BSc',
      area: 'Mathematics',
      endDate: '2015',
    });
    expect(cv.resume.skills?.[0]?.keywords).toEqual(['TypeScript', 'Node.js', 'PostgreSQL']);
  });

  it('reads a two-column PDF left column first, then the right column', async () => {
    const left = [
      'Ada Lovelace',
      'SKILLS',
      'Python, Go, Kubernetes',
      'LANGUAGES',
      'English (native)',
      'French (B2)',
    ];
    const right = [
      'EXPERIENCE',
      'Engineer, Acme Corp 2019 - 2021',
      '- Ran the billing service on AWS',
      '- Cut build times by 40 percent',
      'EDUCATION',
      'MSc Computer Science, ETH Zurich',
    ];
    const cv = await readCv({ bytes: await makePdf({ pages: [[...left, ...right]], columns: 2 }) });
    const lines = cv.plainText.split('\n');
    expect(lines).toEqual([...left, ...right]);
    expect(cv.resume.work?.[0]?.highlights).toEqual([
      'Ran the billing service on AWS',
      'Cut build times by 40 percent',
    ]);
    expect(cv.resume.languages).toEqual([
      { language: 'English', fluency: 'native' },
      { language: 'French', fluency: 'B2' },
    ]);
  });

  it('keeps the words of a PDF line apart and whole', async () => {
    const cv = await readCv({
      bytes: await makePdf({ pages: [['Ada Lovelace', 'Built dashboards with React and D3']] }),
    });
    expect(cv.plainText).toContain('Built dashboards with React and D3');
  });

  it('reads DOCX paragraphs and text boxes without duplicating text-box content', async () => {
    const bytes = makeDocx({
      textBoxes: ['Ada Lovelace', 'ada@example.com'],
      paragraphs: [
        'EXPERIENCE',
        'Engineer, Acme Corp\t2019 - 2021',
        '- Built the data pipeline',
        '- Led three engineers',
      ],
    });
    const cv = await readCv({ bytes });
    expect(cv.sourceType).toBe('docx');
    expect(cv.plainText.match(/Ada Lovelace/g)).toHaveLength(1);
    expect(cv.plainText.match(/ada@example\.com/g)).toHaveLength(1);
    expect(cv.plainText).toContain('• Built the data pipeline');
    expect(cv.plainText).toContain('Engineer, Acme Corp\t2019 - 2021');
    expect(cv.resume.basics?.name).toBe('Ada Lovelace');
    expect(cv.resume.work?.[0]).toMatchObject({
      name: 'Acme Corp',
      position: 'Engineer',
      startDate: '2019',
      endDate: '2021',
    });
  });

  it('reads a JSON Resume and keeps a plain-text rendering beside it', async () => {
    const bytes = encode(
      JSON.stringify({ basics: { name: 'Ada Lovelace' }, work: [{ company: 'Acme', position: 'Engineer' }] }),
    );
    const cv = await readCv({ bytes });
    expect(cv.sourceType).toBe('json-resume');
    expect(cv.resume.work?.[0]).toEqual({ name: 'Acme', position: 'Engineer' });
    expect(cv.plainText).toContain('Ada Lovelace');
    expect(cv.plainText).toContain('Engineer | Acme');
  });

  it('tells Markdown from plain text', async () => {
    const cv = await readCv({ bytes: encode('# Ada Lovelace\n\n## Skills\n- Python\n') });
    expect(cv.sourceType).toBe('markdown');
    expect(cv.resume.skills?.[0]?.keywords).toEqual(['Python']);
  });
});
