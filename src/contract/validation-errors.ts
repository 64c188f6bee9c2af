import type { ErrorObject } from 'ajv';
import type { ProblemFieldError } from '../core/http-error.ts';

/**
 * Ajv's errors as problem `errors[]` entries: one per offending input, with a JSON
 * Pointer into the request seen as {path, query, body}.
 */
export function toFieldErrors(errors: readonly ErrorObject[]): ProblemFieldError[] {
  const byPointer = new Map<string, { reasons: string[]; alternatives: boolean }>();
  for (const error of errors) {
    const pointer = pointerOf(error);
    const entry = byPointer.get(pointer) ?? { reasons: [], alternatives: false };
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') entry.alternatives = true;
    else {
      const reason = reasonOf(error);
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    }
    byPointer.set(pointer, entry);
  }
  return [...byPointer].map(([pointer, { reasons, alternatives }]) => ({
    pointer,
    reason: reasons.join(alternatives ? ' or ' : '; ') || 'is not valid',
  }));
}

function pointerOf(error: ErrorObject): string {
  let path = error.instancePath.replace(/^\/requestBody(?=\/|$)/, '/body');
  if (path === '') path = '/body';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') path += `/${escapePointer(String(params.missingProperty))}`;
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    path += `/${escapePointer(String(params.additionalProperty ?? params.unevaluatedProperty))}`;
  }
  return path;
}

function reasonOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
