import express, { type Response, type Router } from 'express';
import { findWidget } from '../../chat/widgets/widget-rows.ts';
import { browserScript } from '../../web/browser-scripts.ts';
import { html, page } from '../../web/html.ts';
import { keepOpener, pageHeaders, sendPage } from '../../web/page-headers.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { ensureWidgetClient, WIDGET_SCOPES } from './widget-client.ts';

/** docs/security.md R14: CORS for a widget's own sites only, exact, never with credentials. */
function allowOrigin(res: Response, origin: string): void {
  res.setHeader('Access-Control-Allow-Origin', origin);
}

/**
 * What a widget's script asks Tend for outside the API: its settings (public, answered to
 * its allowed sites only) and the page its sign-in popup returns to.
 */
export function widgetRouter(deps: OAuthDeps): Router {
  const router = express.Router();

  router.options('/widget/:id/settings', async (req, res) => {
    res.vary('Origin');
    const origin = req.get('origin');
    const widget = await findWidget(deps.db, req.params.id);
    if (origin && widget?.allowed_origins.includes(origin)) {
      allowOrigin(res, origin);
      res.setHeader('Access-Control-Allow-Methods', 'GET');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.status(204).end();
  });

  router.get('/widget/:id/settings', async (req, res) => {
    res.vary('Origin');
    res.setHeader('Cache-Control', 'no-store');
    const origin = req.get('origin');
    const widget = await findWidget(deps.db, req.params.id);
    if (!widget || !origin || !widget.allowed_origins.includes(origin)) {
      // Only "not here", readable by any page and credential-less, so the widget can say so;
      // none of the widget's settings go with it.
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.status(widget ? 403 : 404).json({
        allowed: false,
        message: widget
          ? 'This site is not allowed to show this chat.'
          : 'There is no such chat widget.',
      });
      return;
    }
    allowOrigin(res, origin);
    const clientId = await ensureWidgetClient(deps.db, widget, deps.publicUrl, deps.now());
    res.json({
      allowed: true,
      id: widget.id,
      theme: widget.theme,
      position: widget.position,
      greeting: widget.greeting,
      client_id: clientId,
      scope: WIDGET_SCOPES.join(' '),
      tend_origin: new URL(deps.publicUrl).origin,
      authorize_url: `${deps.publicUrl}/oauth/authorize`,
      token_url: `${deps.publicUrl}/oauth/token`,
      redirect_uri: `${deps.publicUrl}/widget/${widget.id}/signed-in`,
      api_url: `${deps.publicUrl}/v1`,
    });
  });

  // The code is handed only to the widget's own sites: the page's script posts it to each
  // allowed origin by name, and the browser delivers it only where the opener is.
  router.get('/widget/:id/signed-in', pageHeaders(), keepOpener, async (req, res) => {
    const widget = await findWidget(deps.db, String(req.params.id));
    if (!widget) {
      sendPage(res, 404, page('No such chat', html`<p>This chat widget no longer exists.</p>`));
      return;
    }
    const code = typeof req.query.code === 'string' ? req.query.code : '';
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    const error = typeof req.query.error === 'string' ? req.query.error : '';
    sendPage(
      res,
      200,
      page(
        error ? 'Not signed in' : 'Signed in',
        html`<div id="tend-widget-signed-in" data-origins="${JSON.stringify(widget.allowed_origins)}"
 data-code="${code}" data-state="${state}" data-error="${error}"></div>
<p>${error ? 'You did not sign in. You can close this window.' : 'You are signed in. This window closes by itself; if it does not, close it and go back to the chat.'}</p>`,
        { scripts: ['widget-signed-in'] },
      ),
    );
  });

  // Loaded by other sites' pages: readable from anywhere, with nothing secret in it.
  router.get('/widget.js', async (_req, res, next) => {
    const built = await browserScript('widget');
    if (!built) return next();
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.type('text/javascript; charset=utf-8').send(built.js);
  });

  return router;
}
