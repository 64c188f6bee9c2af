import type { NextFunction, Request, Response } from 'express';
import { OAuthError } from './oauth-error.ts';

/** RFC 6749 §5.1: answers carrying tokens are never cached (docs/security.md A18). */
export function sendOAuthJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Pragma', 'no-cache');
  res.type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** The one place OAuth endpoint errors are rendered. */
export function sendOAuthError(res: Response, error: unknown): void {
  const oauth =
    error instanceof OAuthError
      ? error
      : new OAuthError('server_error', 'internal', { status: 500, cause: error });
  if (!oauth.expose) res.locals.log.error({ err: oauth.cause }, 'oauth endpoint failed');
  res.set(oauth.headers);
  sendOAuthJson(res, oauth.status, oauth.toJSON());
}

type Step = (req: Request, res: Response) => Promise<void>;

/** Runs an endpoint and turns anything it throws into an RFC 6749 error body. */
export function oauthEndpoint(step: Step) {
  return async (req: Request, res: Response, _next: NextFunction) => {
    try {
      await step(req, res);
    } catch (error) {
      sendOAuthError(res, error);
    }
  };
}
