import express, { type NextFunction, type Request, type Response } from 'express';
import { OAuthError } from './oauth-error.ts';
import { sendOAuthError } from './send-oauth.ts';

const form = express.urlencoded({ extended: false, limit: '16kb' });
const json = express.json({ limit: '64kb' });

/**
 * RFC 6749 §3.2 bodies are form-encoded; ChatGPT and others may send JSON, which is
 * accepted too. A body that does not parse is an `invalid_request`, not an HTML page.
 */
export function parseOAuthBody(req: Request, res: Response, next: NextFunction): void {
  form(req, res, (formError?: unknown) => {
    if (formError) return sendOAuthError(res, badBody(formError));
    json(req, res, (jsonError?: unknown) => {
      if (jsonError) return sendOAuthError(res, badBody(jsonError));
      next();
    });
  });
}

function badBody(cause: unknown): OAuthError {
  const tooLarge = (cause as { type?: string }).type === 'entity.too.large';
  return new OAuthError(
    'invalid_request',
    tooLarge ? 'The body is too large.' : 'The body does not parse.',
    {
      status: tooLarge ? 413 : 400,
    },
  );
}

/** A single string parameter; repeated parameters are refused (RFC 6749 §3.1). */
export function param(source: unknown, name: string): string | undefined {
  const value = (source as Record<string, unknown> | undefined)?.[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw new OAuthError('invalid_request', `${name} must be given once, as a string.`);
  }
  return value;
}
