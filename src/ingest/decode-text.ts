/**
 * Decodes document bytes to a string. Invalid UTF-8 becomes U+FFFD instead of an error, because
 * a CV with one bad byte is still worth reading; UTF-16 files are recognised by their BOM.
 */
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: false, ignoreBOM: false });

/** Decodes bytes as text: UTF-16 when a UTF-16 BOM leads, else UTF-8 with replacement; no BOM kept. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = utf16le.decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = utf16be.decode(bytes);
  else text = utf8.decode(bytes);
  // The decoders drop a BOM already; this catches a BOM that survived (e.g. a doubled one).
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
