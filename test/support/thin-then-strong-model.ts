import type { FakeModelServerOptions } from '../../src/fake-model/fake-model-server.js';
import { type JsonSchemaNode, sampleFromJsonSchema } from '../../src/fake-model/json-schema-sample.js';

/** The rubric elements the fake model finds missing from the first answer. */
export const THIN_ANSWER_MISSING = ['ownership', 'impact', 'specificity'] as const;

const THIN = { relevance: 3, specificity: 0, ownership: 1, impact: 0, clarity: 1 };
const STRONG = { relevance: 3, specificity: 2, ownership: 2, impact: 2, clarity: 1 };

/**
 * A fake model server's `respond` that judges the first answer it evaluates thin (score 5, missing
 * THIN_ANSWER_MISSING) and every later one strong (10), and writes deep-dive follow-ups for exactly
 * the missing elements: follow-ups written beside the first evaluation are then used as they are.
 * Every other step gets the schema's sample value, as by default.
 */
export function thinThenStrongModel(): NonNullable<FakeModelServerOptions['respond']> {
  let evaluations = 0;
  return (request) => {
    const format = request.response_format?.json_schema;
    const sample = sampleFromJsonSchema(format?.schema ?? ({} as JsonSchemaNode)) as Record<string, unknown>;
    if (format?.name === 'evaluate_answer') {
      evaluations += 1;
      const thin = evaluations === 1;
      return JSON.stringify({
        ...sample,
        rubric: thin ? THIN : STRONG,
        missing: thin ? THIN_ANSWER_MISSING : [],
        noExperience: false,
      });
    }
    if (format?.name === 'deep_dive') {
      return JSON.stringify({
        followUps: THIN_ANSWER_MISSING.map((element) => ({ element, text: `What about the ${element}?` })),
      });
    }
    return JSON.stringify(sample);
  };
}
