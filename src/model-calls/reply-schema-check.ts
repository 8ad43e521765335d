import { createHash } from 'node:crypto';
import type { JSONSchema7 } from '@ai-sdk/provider';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { LRUCache } from 'lru-cache';

/** Whether a reply fits the JSON schema it was asked for. */
export type ReplyFit =
  | { fits: true }
  | { fits: false; reason: 'not-json' | 'schema-mismatch' | 'schema-unusable' };

type Draft = '2020-12' | '2019-09' | 'draft-07';

/**
 * The draft a schema declares. The AI SDK turns Zod 4 schemas into draft-07 (`z.toJSONSchema`
 * with `target: 'draft-7'`); `z.toJSONSchema` alone emits 2020-12. Anything else (no `$schema`,
 * draft-06) is read as draft-07, which Ajv's default class implements.
 */
function draftOf(schema: JSONSchema7): Draft {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (declared.includes('2020-12')) return '2020-12';
  if (declared.includes('2019-09')) return '2019-09';
  return 'draft-07';
}

/**
 * Checks model replies against the JSON schema of the call, with Ajv. One Ajv instance per draft;
 * each schema is compiled once and its validator kept by the schema's hash (schemas are few: one
 * per prompt step, so a small bound is plenty).
 */
export class ReplySchemaCheck {
  readonly #validators: LRUCache<string, { validate: ValidateFunction | undefined }>;
  readonly #ajv = new Map<Draft, Ajv | Ajv2019 | Ajv2020>();
  #compiles = 0;

  constructor({ maxSchemas = 200 }: { maxSchemas?: number } = {}) {
    this.#validators = new LRUCache({ max: maxSchemas });
  }

  /** How many schemas were compiled so far (each distinct schema once, while it stays in the bound). */
  get compiledSchemas(): number {
    return this.#compiles;
  }

  /**
   * Whether `text` is JSON that validates against `schema` (any JSON when there is no schema). A
   * schema Ajv cannot compile counts as not fitting: better to store nothing than something unchecked.
   */
  check(schema: JSONSchema7 | undefined, text: string): ReplyFit {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { fits: false, reason: 'not-json' };
    }
    if (!schema) return { fits: true };
    const validate = this.#validatorFor(schema);
    if (!validate) return { fits: false, reason: 'schema-unusable' };
    return validate(value) ? { fits: true } : { fits: false, reason: 'schema-mismatch' };
  }

  #validatorFor(schema: JSONSchema7): ValidateFunction | undefined {
    const hash = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
    const known = this.#validators.get(hash);
    if (known) return known.validate;
    const draft = draftOf(schema);
    const ajv = this.#ajvFor(draft);
    // Only the three drafts Ajv knows keep their `$schema`; others would fail on an unknown meta-schema.
    const { $schema, ...rest } = schema;
    const compilable =
      draft === 'draft-07' && $schema && !String($schema).includes('draft-07') ? rest : schema;
    let validate: ValidateFunction | undefined;
    this.#compiles += 1;
    try {
      validate = ajv.compile(compilable);
    } catch {
      validate = undefined;
    } finally {
      // Ajv also caches by schema object; our LRU is the only cache, so memory stays bounded.
      ajv.removeSchema(compilable);
    }
    this.#validators.set(hash, { validate });
    return validate;
  }

  #ajvFor(draft: Draft): Ajv | Ajv2019 | Ajv2020 {
    let ajv = this.#ajv.get(draft);
    if (!ajv) {
      // strict: false accepts the annotations Zod emits; formats are not checked (no ajv-formats):
      // the AI SDK's own Zod validation still rejects a malformed value before it is used.
      const options = { strict: false, validateFormats: false, allErrors: false, logger: false } as const;
      ajv =
        draft === '2020-12'
          ? new Ajv2020(options)
          : draft === '2019-09'
            ? new Ajv2019(options)
            : new Ajv(options);
      this.#ajv.set(draft, ajv);
    }
    return ajv;
  }
}
