/** True when text uses Markdown syntax: `#` headings, `**bold**`, links or `-` lists with headings. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const headings = (sample.match(/^#{1,6}\s+\S/gm) ?? []).length;
  const emphasis = (sample.match(/\*\*[^*\n]+\*\*|__[^_\n]+__/g) ?? []).length;
  const links = (sample.match(/\[[^\]\n]+\]\([^)\s]+\)/g) ?? []).length;
  return headings >= 1 || emphasis >= 2 || links >= 1;
}
