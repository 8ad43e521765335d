import type { JSONSchema7 } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReplySchemaCheck } from './reply-schema-check.js';

describe('reply schema check', () => {
  it('validates against the draft-07 schemas the AI SDK sends', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: { score: { type: 'number', maximum: 10 } },
      required: ['score'],
      additionalProperties: false,
    } satisfies JSONSchema7;
    const check = new ReplySchemaCheck();
    expect(check.check(schema, '{"score":7}')).toEqual({ fits: true });
    expect(check.check(schema, '{"score":11}')).toEqual({ fits: false, reason: 'schema-mismatch' });
    expect(check.check(schema, '{"score":7,"extra":1}')).toEqual({ fits: false, reason: 'schema-mismatch' });
    expect(check.check(schema, '{"score":')).toEqual({ fits: false, reason: 'not-json' });
  });

  it('reads a draft 2020-12 schema (z.toJSONSchema) by its own rules, e.g. tuple prefixItems', () => {
    const schema = z.toJSONSchema(z.object({ pair: z.tuple([z.string(), z.number()]) })) as JSONSchema7;
    expect(schema.$schema).toContain('2020-12');
    const check = new ReplySchemaCheck();
    expect(check.check(schema, '{"pair":["a",1]}')).toEqual({ fits: true });
    // Draft-07 would ignore prefixItems and let this through.
    expect(check.check(schema, '{"pair":["a","b"]}')).toEqual({ fits: false, reason: 'schema-mismatch' });
  });

  it('accepts any JSON when the call asked for JSON without a schema', () => {
    expect(new ReplySchemaCheck().check(undefined, '[1,2]')).toEqual({ fits: true });
    expect(new ReplySchemaCheck().check(undefined, 'hello')).toEqual({ fits: false, reason: 'not-json' });
  });

  it('counts a schema Ajv cannot compile as not fitting, and keeps saying so', () => {
    const broken = { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } } as JSONSchema7;
    const check = new ReplySchemaCheck();
    expect(check.check(broken, '{"a":1}')).toEqual({ fits: false, reason: 'schema-unusable' });
    expect(check.check(broken, '{"a":1}')).toEqual({ fits: false, reason: 'schema-unusable' });
  });

  it('compiles an identical schema once, even when it arrives as a new object each call', () => {
    const check = new ReplySchemaCheck();
    const make = (): JSONSchema7 => ({
      type: 'object',
      properties: { n: { type: 'integer' } },
      required: ['n'],
    });
    expect(check.check(make(), '{"n":1}')).toEqual({ fits: true });
    expect(check.check(make(), '{"n":1.5}')).toEqual({ fits: false, reason: 'schema-mismatch' });
    expect(check.compiledSchemas).toBe(1);
  });
});
