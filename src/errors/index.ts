export { ERROR_STATUS, type ErrorCode } from './error-codes.js';
export { GapwiseError, type GapwiseErrorOptions, isGapwiseError } from './gapwise-error.js';
