import express, { type Router } from 'express';
import { parseForm } from '../web/forms.ts';
import { pageHeaders } from '../web/page-headers.ts';
import { activityFamily } from './activity/activity-page.ts';
import { liveFamily } from './live/live-stream.ts';
import type { DashboardDeps } from './page-context.ts';
import type { PageFamily, PageRoutes } from './page-family.ts';

// Where the families' own files take these from, so none of them imports this router.
export type { PageFamily, PageRoutes } from './page-family.ts';

/** Every page family: each owns its own paths. */
const FAMILIES: PageFamily[] = [liveFamily, activityFamily];

/**
 * The signed-in person's own Tend: their data, read and changed through the same
 * operations as the API (docs/design.md §1). Every page works without JavaScript.
 */
export function dashboardRouter(deps: DashboardDeps): Router {
  const router = express.Router();
  const headers = pageHeaders();
  const routes: PageRoutes = {
    get: (path, ...handlers) => router.get(path, headers, ...handlers),
    post: (path, ...handlers) => router.post(path, headers, parseForm, ...handlers),
    router,
  };
  for (const family of FAMILIES) family(routes, deps);
  return router;
}
