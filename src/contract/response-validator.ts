import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Operation } from 'openapi-backend';
import { createAjv } from './ajv.ts';

type SchemaObject = Record<string, unknown>;

/**
 * Checks a reply against the operation's declared responses: the status must be
 * declared, and a body must match the schema of its media type. openapi-backend's own
 * response check skips undeclared statuses and non-JSON media types, so Tend keeps this.
 */
export class ResponseValidator {
  private readonly ajv = createAjv({ coerceTypes: false });
  private readonly cache = new Map<string, ValidateFunction | null>();

  validate(operation: Operation, status: number, mediaType: string, body: unknown): string[] {
    const responses = (operation.responses ?? {}) as Record<string, SchemaObject>;
    const declared = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
    if (!declared) return [`status ${status} is not declared`];
    const content = declared.content as Record<string, { schema?: SchemaObject }> | undefined;
    if (!content) {
      return body === undefined ? [] : [`status ${status} declares no body, one was sent`];
    }
    const media = content[mediaType];
    if (!media) return [`media type ${mediaType} is not declared for status ${status}`];
    if (!media.schema) return [];
    // Bytes are a file: only a binary schema declares one, and Ajv cannot read bytes.
    if (body instanceof Uint8Array) {
      return media.schema.format === 'binary' ? [] : [`status ${status} sent bytes, not JSON`];
    }
    const validate = this.compile(`${operation.operationId}|${status}|${mediaType}`, media.schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(describe);
  }

  private compile(key: string, schema: SchemaObject): ValidateFunction {
    let validate = this.cache.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.cache.set(key, validate);
    }
    return validate;
  }
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`;
}
