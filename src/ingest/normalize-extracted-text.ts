/**
 * Cleans text pulled out of PDF and DOCX files: ligatures split back into letters, soft hyphens
 * dropped, typographic hyphens made plain, icon-font glyphs (private-use characters) removed.
 */
const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Normalises one piece of extracted text; keeps whitespace as it is. */
export function normalizeExtractedText(text: string): string {
  return (
    text
      .replace(/[\ufb00-\ufb06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
      .replace(/[\u2010\u2011]/g, '-')
      // Word exports write "on-campus" as hyphen + soft hyphen + hyphen: keep one hyphen.
      .replace(/(-?)\u00ad(-?)/g, (_match, before: string, after: string) => (before || after ? '-' : ''))
      .replace(/[\ue000-\uf8ff]/g, '')
      .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff/g, '')
  );
}
