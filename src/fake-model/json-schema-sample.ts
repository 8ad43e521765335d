/** A JSON Schema node, as much of it as sample generation reads. */
export interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  allOf?: JsonSchemaNode[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchemaNode>;
  definitions?: Record<string, JsonSchemaNode>;
}

/**
 * Builds a value that fits a JSON Schema: what the fake model server answers for structured
 * output. Deterministic, so that figures and tests repeat.
 */
export function sampleFromJsonSchema(
  schema: JsonSchemaNode,
  root: JsonSchemaNode = schema,
  depth = 0,
): unknown {
  if (depth > 12) return null;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    const target = root.$defs?.[name] ?? root.definitions?.[name];
    return target ? sampleFromJsonSchema(target, root, depth + 1) : null;
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) {
    const nonNull = variants.find((variant) => variant.type !== 'null') ?? variants[0]!;
    return sampleFromJsonSchema(nonNull, root, depth + 1);
  }
  if (schema.allOf && schema.allOf.length > 0) {
    return Object.assign({}, ...schema.allOf.map((part) => sampleFromJsonSchema(part, root, depth + 1)));
  }
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? 'null') : schema.type;
  switch (type) {
    case 'object':
    case undefined: {
      if (!schema.properties) return type === 'object' ? {} : 'sample';
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties)) {
        value[key] = sampleFromJsonSchema(property, root, depth + 1);
      }
      return value;
    }
    case 'array': {
      const count = Math.min(Math.max(schema.minItems ?? 1, 1), schema.maxItems ?? 1);
      return Array.from({ length: count }, () => sampleFromJsonSchema(schema.items ?? {}, root, depth + 1));
    }
    case 'string': {
      const text = 'Built the service described in the answer';
      const min = schema.minLength ?? 0;
      const padded = text.length >= min ? text : text.padEnd(min, '.');
      return schema.maxLength !== undefined ? padded.slice(0, schema.maxLength) : padded;
    }
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const value = Math.max(low, Math.min(schema.maximum ?? 5, 5));
      return type === 'integer' ? Math.round(value) : value;
    }
    case 'boolean':
      return true;
    default:
      return null;
  }
}
