import { type PageContext, signedInAction, signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import {
  confirmDeleteWidget,
  createWidgetFromPage,
  deleteWidgetFromPage,
  showWidget,
  showWidgets,
  updateWidgetFromPage,
} from './widget-pages.ts';

/** The account's chat widgets: list, make, change, delete, and the snippet to paste. */
export const widgetsFamily: PageFamily = (routes, deps) => {
  routes.get(
    '/account/widgets',
    signedInPage(deps, (ctx: PageContext) => showWidgets(ctx)),
  );
  routes.post('/account/widgets', signedInAction(deps, createWidgetFromPage));
  routes.get(
    '/account/widgets/:id',
    signedInPage(deps, (ctx: PageContext) => showWidget(ctx)),
  );
  routes.post('/account/widgets/:id', signedInAction(deps, updateWidgetFromPage));
  routes.get('/account/widgets/:id/delete', signedInPage(deps, confirmDeleteWidget));
  routes.post('/account/widgets/:id/delete', signedInAction(deps, deleteWidgetFromPage));
};
