import { z } from 'zod';

/**
 * Non-empty text for model-facing schemas. A refinement, not `.min(1)`: OpenAI's strict
 * structured outputs reject `minLength` in the JSON schema, while the refinement is still
 * enforced when the reply is validated (and an empty reply is retried like any invalid one).
 */
export const nonEmptyText = z
  .string()
  .refine((text) => text.trim().length > 0, { message: 'must not be empty' });
