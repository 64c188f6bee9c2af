import { signedInAction, signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import {
  confirmDeleteWebhook,
  createWebhookFromPage,
  deleteWebhookFromPage,
  pingWebhookFromPage,
  setWebhookEnabledFromPage,
  showWebhook,
  showWebhooks,
} from './webhook-pages.ts';

/** The account's webhooks (docs/webhooks.md): list, add, turn off or on, test, delete. */
export const webhooksFamily: PageFamily = (routes, deps) => {
  routes.get(
    '/account/webhooks',
    signedInPage(deps, (ctx) => showWebhooks(ctx)),
  );
  routes.post('/account/webhooks', signedInAction(deps, createWebhookFromPage(deps)));
  routes.get('/account/webhooks/:id', signedInPage(deps, showWebhook(deps)));
  routes.post('/account/webhooks/:id/enabled', signedInAction(deps, setWebhookEnabledFromPage));
  routes.post('/account/webhooks/:id/ping', signedInAction(deps, pingWebhookFromPage));
  routes.get('/account/webhooks/:id/delete', signedInPage(deps, confirmDeleteWebhook));
  routes.post('/account/webhooks/:id/delete', signedInAction(deps, deleteWebhookFromPage));
};
