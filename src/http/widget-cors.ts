import vary from 'vary';
import type { AccessTokens } from '../auth/access-tokens.ts';
import { bearerToken } from '../auth/authenticate.ts';
import { anyWidgetAllows, findWidgetByClient } from '../chat/widgets/widget-rows.ts';
import type { Db } from '../db/connect.ts';
import { type HttpHandler, headerOf } from './http-step.ts';

export interface WidgetCorsDeps {
  db: Db;
  accessTokens: AccessTokens;
  /** The audiences /v1 answers to. */
  audiences: string[];
}

const METHODS = 'GET, POST, DELETE';
/** The shape of Tend's access tokens; an API key never goes to a widget's site. */
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const HEADERS = 'Authorization, Content-Type, Accept';

/**
 * docs/security.md R14: the conversations answer a browser on another site only when that
 * site is one the widget behind the bearer token allows, matched exactly; never `*`, never
 * with credentials, never an origin no widget names. A preflight carries no token, so it is
 * answered to a site some widget allows; the request itself then needs that widget's token.
 * An access token that no longer verifies (expired, say) gets the widget sites' CORS too, so
 * the widget can read its 401 and refresh; such an answer holds nothing but the problem.
 */
export function widgetCors(deps: WidgetCorsDeps): HttpHandler {
  return async (req, res, next) => {
    const origin = headerOf(req, 'origin');
    if (!origin) return next();
    vary(res, 'Origin');
    try {
      if (req.method === 'OPTIONS' && headerOf(req, 'access-control-request-method')) {
        if (!(await anyWidgetAllows(deps.db, origin))) return next();
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Access-Control-Allow-Methods', METHODS);
        res.setHeader('Access-Control-Allow-Headers', HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
        res.statusCode = 204;
        res.end();
        return;
      }
      const token = bearerToken(headerOf(req, 'authorization'));
      const claims = token && (await deps.accessTokens.verify(token, deps.audiences));
      const allowed = claims
        ? (await findWidgetByClient(deps.db, claims.clientId))?.allowed_origins.includes(origin)
        : token !== undefined && JWT.test(token) && (await anyWidgetAllows(deps.db, origin));
      if (allowed) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Access-Control-Expose-Headers', 'Retry-After, WWW-Authenticate');
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
