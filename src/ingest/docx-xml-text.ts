/**
 * Reads the text of a WordprocessingML part (word/document.xml, headers): one line per
 * paragraph, tabs and line breaks kept, list paragraphs as bullets, text boxes included, and
 * each mc:AlternateContent read once (its first mc:Choice, else its mc:Fallback), because Word
 * stores a text box twice there and naive extraction duplicates it.
 */

const TAG_OR_TEXT = /<(\/?)([A-Za-z_][\w.-]*:)?([\w.-]+)([^>]*?)(\/?)>|([^<]+)/g;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

interface Paragraph {
  text: string;
  isListItem: boolean;
  /** Set when a text box's paragraphs sat inside this one (its anchor). */
  heldTextBox: boolean;
}

/** Bullet put in front of list paragraphs (w:numPr). */
export const DOCX_BULLET = '•';

/** The lines of text of a WordprocessingML part, in document order. */
export function docxXmlToLines(xml: string): string[] {
  const lines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const alternateContent: { choiceTaken: boolean }[] = [];
  let skipping: { name: string; depth: number } | undefined;
  let runDepth = 0;
  let inText = false;

  for (const match of xml.matchAll(TAG_OR_TEXT)) {
    const [, closing, prefix = '', localName = '', , selfClosing, text] = match;
    const name = `${prefix}${localName}`;
    if (skipping) {
      // Skip a whole element, counting nested elements of the same name.
      if (text === undefined && name === skipping.name && !selfClosing) {
        skipping.depth += closing ? -1 : 1;
        if (skipping.depth === 0) skipping = undefined;
      }
      continue;
    }
    if (text !== undefined) {
      const paragraph = paragraphs.at(-1);
      if (inText && paragraph) paragraph.text += decodeEntities(text);
      continue;
    }
    if (closing) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:r') runDepth = Math.max(0, runDepth - 1);
      else if (name === 'mc:AlternateContent') alternateContent.pop();
      else if (name === 'w:p') {
        const paragraph = paragraphs.pop();
        if (!paragraph) continue;
        const parent = paragraphs.at(-1);
        if (parent) parent.heldTextBox = true;
        // The paragraph that only anchors a text box adds no empty line of its own.
        if (paragraph.heldTextBox && paragraph.text.trim() === '') continue;
        for (const line of paragraph.text.split('\n')) {
          const trimmed = line.replace(/[ \u00a0]+/g, ' ').trim();
          lines.push(paragraph.isListItem && trimmed !== '' ? `${DOCX_BULLET} ${trimmed}` : trimmed);
        }
      }
      continue;
    }
    const paragraph = paragraphs.at(-1);
    switch (name) {
      case 'w:p':
        if (!selfClosing) paragraphs.push({ text: '', isListItem: false, heldTextBox: false });
        else lines.push('');
        break;
      case 'w:r':
        if (!selfClosing) runDepth++;
        break;
      case 'w:t':
        if (!selfClosing) inText = true;
        break;
      case 'w:numPr':
        if (paragraph) paragraph.isListItem = true;
        break;
      case 'w:tab':
        // Outside a run, w:tab is a tab-stop definition, not a tab character.
        if (runDepth > 0 && paragraph) paragraph.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (runDepth > 0 && paragraph) paragraph.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (paragraph) paragraph.text += '-';
        break;
      case 'mc:AlternateContent':
        if (!selfClosing) alternateContent.push({ choiceTaken: false });
        break;
      case 'mc:Choice':
      case 'mc:Fallback': {
        const current = alternateContent.at(-1);
        if (selfClosing || !current) break;
        if (current.choiceTaken) skipping = { name, depth: 1 };
        else current.choiceTaken = true;
        break;
      }
      default:
        break;
    }
  }
  return lines;
}
