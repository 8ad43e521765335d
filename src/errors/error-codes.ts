/**
 * Every error Gapwise reports has one of these stable codes, with the HTTP status it maps to.
 * Clients may rely on the codes; messages are for people and may change.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  EMPTY_DOCUMENT: 400,
  EMPTY_ANSWER: 400,
  INVALID_CONFIG: 500,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  SESSION_NOT_FOUND: 404,
  SESSION_EXPIRED: 404,
  QUESTION_NOT_FOUND: 404,
  ANSWER_CONFLICT: 409,
  INVALID_STEP: 409,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  CV_UNREADABLE: 422,
  PDF_NO_TEXT: 422,
  PDF_ENCRYPTED: 422,
  DOCX_TOO_LARGE: 413,
  JOB_UNREADABLE: 422,
  RATE_LIMITED: 429,
  MODEL_OUTPUT_INVALID: 502,
  MODEL_UNAVAILABLE: 503,
  STORE_UNAVAILABLE: 503,
  SERVER_BUSY: 503,
  INTERNAL: 500,
} as const;

/** A stable error code from the fixed list above. */
export type ErrorCode = keyof typeof ERROR_STATUS;
