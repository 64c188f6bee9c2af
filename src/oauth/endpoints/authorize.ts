import type { Request, Response } from 'express';
import { clientOf, recordSecurityEvent } from '../../auth/security-events.ts';
import { currentSession, type SignedIn } from '../../auth/session-cookie.ts';
import { checkThrottles } from '../../http/throttle.ts';
import { field, forbidden, seeOther, tooManyAttempts } from '../../web/forms.ts';
import { signedInForm } from '../../web/signed-in-form.ts';
import { THROTTLES } from '../../web/throttles.ts';
import {
  AuthorizationPageError,
  AuthorizationRedirectError,
  type AuthorizationRequest,
  checkAuthorizationParams,
  identifyClient,
  redirectLocation,
} from '../authorization-request.ts';
import { issueCode } from '../codes.ts';
import { findActiveGrant, type Grant, recordConsent } from '../grants.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { sendAuthorizationErrorPage, sendConsentPage } from '../pages.ts';

type Outcome =
  | { kind: 'page-error'; message: string }
  | { kind: 'sign-in' }
  | { kind: 'redirect'; location: string }
  | { kind: 'ready'; request: AuthorizationRequest; session: SignedIn };

/**
 * The shared front of GET (ask) and POST (decide): client and redirect URI first (A2),
 * then sign-in (A3: nothing is redirected to the client before that), then the rest.
 */
async function understand(req: Request, deps: OAuthDeps, params: unknown): Promise<Outcome> {
  let identified: Awaited<ReturnType<typeof identifyClient>>;
  try {
    identified = await identifyClient(deps, params);
  } catch (error) {
    if (error instanceof AuthorizationPageError)
      return { kind: 'page-error', message: error.message };
    throw error;
  }
  const session = await currentSession(req, deps);
  if (!session) return { kind: 'sign-in' };
  try {
    return {
      kind: 'ready',
      request: checkAuthorizationParams(identified, params, deps.publicUrl),
      session,
    };
  } catch (error) {
    if (!(error instanceof AuthorizationRedirectError)) throw error;
    const { redirectUri, state } = error.target;
    return {
      kind: 'redirect',
      location: redirectLocation(redirectUri, deps.publicUrl, state, {
        error: error.oauth.error,
        error_description: error.oauth.message,
      }),
    };
  }
}

async function redirectWithCode(
  res: Response,
  deps: OAuthDeps,
  request: AuthorizationRequest,
  grant: Grant,
): Promise<void> {
  const code = await issueCode(
    deps.db,
    {
      grantId: grant.id,
      clientId: request.client.id,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      resource: request.resource,
      scopes: request.scopes,
    },
    deps.now(),
  );
  seeOther(res, redirectLocation(request.redirectUri, deps.publicUrl, request.state, { code }));
}

/** GET /oauth/authorize: RFC 6749 §4.1.1. */
export function authorize(deps: OAuthDeps) {
  return async (req: Request, res: Response) => {
    const outcome = await understand(req, deps, req.query);
    if (outcome.kind === 'page-error') return sendAuthorizationErrorPage(res, outcome.message);
    if (outcome.kind === 'sign-in') {
      return seeOther(res, `/signin?return_to=${encodeURIComponent(req.originalUrl)}`);
    }
    if (outcome.kind === 'redirect') return seeOther(res, outcome.location);
    const { request, session } = outcome;
    // An existing grant that covers the scopes needs no second consent.
    const grant = await findActiveGrant(deps.db, session.userId, request.client.id);
    if (grant && request.scopes.every((s) => grant.scopes.includes(s))) {
      return redirectWithCode(res, deps, request, grant);
    }
    const user = await deps.db('users').where({ id: session.userId }).first('display_name');
    sendConsentPage(res, {
      request,
      csrfToken: deps.csrf.token(req, res, session.cookie),
      userName: user.display_name,
    });
  };
}

/** POST /oauth/authorize: the person's Allow or Deny on the consent page. */
export function decide(deps: OAuthDeps) {
  return async (req: Request, res: Response) => {
    // docs/security.md A7 (RFC 6749 §10.12): no valid token, no code.
    const session = await signedInForm(req, res, deps);
    if (!session) return;
    const outcome = await understand(req, deps, req.body);
    if (outcome.kind === 'page-error') return sendAuthorizationErrorPage(res, outcome.message);
    if (outcome.kind === 'sign-in') return forbidden(res);
    if (outcome.kind === 'redirect') return seeOther(res, outcome.location);
    const { request } = outcome;
    // docs/security.md R7: consent is throttled per account and per IP.
    const throttle = await checkThrottles(
      deps.db,
      [
        [THROTTLES.consentPerAccount, session.userId],
        [THROTTLES.consentPerIp, req.ip ?? 'unknown'],
      ],
      deps.now(),
    );
    if (!throttle.allowed) return tooManyAttempts(res, throttle.retryAfterS);
    if (field(req, 'decision') !== 'allow') {
      return seeOther(
        res,
        redirectLocation(request.redirectUri, deps.publicUrl, request.state, {
          error: 'access_denied',
          error_description: 'The person declined.',
        }),
      );
    }
    const grant = await recordConsent(deps.db, {
      userId: session.userId,
      clientId: request.client.id,
      scopes: request.scopes,
      now: deps.now(),
    });
    await recordSecurityEvent(deps.db, {
      userId: session.userId,
      kind: 'app_connected',
      at: deps.now(),
      client: clientOf(req),
      detail: request.client.name,
    });
    // docs/security.md A9: 303, so the browser never re-posts the form to the client.
    await redirectWithCode(res, deps, request, grant);
  };
}
