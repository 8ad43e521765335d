/** Estimated tokens of a text, at the providers' published rule of thumb of 4 characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
