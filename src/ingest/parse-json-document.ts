import { type ErrorCode, GapwiseError } from '../errors/index.js';

/**
 * Parses a document that was detected as JSON.
 * @throws GapwiseError `code` naming the JSON problem and what to upload instead.
 */
export function parseJsonDocument(
  text: string,
  problem: { code: ErrorCode; what: string; instead: string },
): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GapwiseError(problem.code, {
      message: `The ${problem.what} looks like JSON but is not valid JSON (${(error as Error).message}). Fix the file, or upload ${problem.instead}.`,
      cause: error,
    });
  }
}
