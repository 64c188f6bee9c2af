import express, { type Request, type Router } from 'express';
import { bearerToken } from '../auth/authenticate.ts';
import { problemReply } from '../contract/reply.ts';
import { metricsTokenRequired } from '../core/problems/access.ts';
import { hashSecret, sameHash } from '../core/secrets.ts';
import type { Metrics } from '../pipeline/metrics.ts';
import { sendReply } from './send-reply.ts';

/**
 * `GET /metrics` in Prometheus text. With a metrics token configured, the scraper must
 * send it (`Authorization: Bearer`), from anywhere, and anything else is a 401. Without
 * one, only a scraper on the same host is answered; any other caller gets the 404 of an
 * unknown path, so the endpoint does not show from outside.
 */
export function metricsRouter(metrics: Metrics, options: { token?: string | undefined }): Router {
  const router = express.Router();
  const tokenHash = options.token ? hashSecret(options.token) : undefined;
  router.get('/metrics', async (req, res, next) => {
    if (tokenHash) {
      const presented = bearerToken(req.get('authorization'));
      // Compared as hashes, in constant time (docs/security.md A20's rule for secrets).
      if (!presented || !sameHash(presented, tokenHash)) {
        sendReply(res, problemReply(metricsTokenRequired(!!presented), res.locals.requestId));
        return;
      }
    } else if (!fromLoopback(req)) {
      next();
      return;
    }
    const registry = metrics.registry;
    res.setHeader('Content-Type', registry.contentType);
    res.end(await registry.metrics());
  });
  return router;
}

/**
 * The caller is on this host. `req.ip` is the client a trusted proxy names (TRUST_PROXY),
 * else the socket's peer. A forwarded request that no trusted proxy vouches for came
 * through a proxy on this host on someone else's behalf, so it is not loopback.
 */
function fromLoopback(req: Request): boolean {
  const trusted = Boolean(req.app.get('trust proxy'));
  if (!trusted && (req.get('x-forwarded-for') || req.get('forwarded'))) return false;
  const ip = req.ip ?? '';
  return ip === '::1' || /^(::ffff:)?127\./.test(ip);
}
