import express, { type Router } from 'express';
import { parseForm } from '../web/forms.ts';
import { pageHeaders } from '../web/page-headers.ts';
import { activityFamily } from './activity/activity-page.ts';
import { attachmentPages } from './attachments/routes.ts';
import { chatFamily } from './chat/family.ts';
import { frontDoorFamily } from './front-door/family.ts';
import { liveFamily } from './live/live-stream.ts';
import type { DashboardDeps } from './page-context.ts';
import type { PageFamily, PageRoutes } from './page-family.ts';
import { peoplePages } from './people/index.ts';
import { searchFamily } from './search/family.ts';
import { tasksFamily } from './tasks/family.ts';
import { todayFamily } from './today/family.ts';
import { webhooksFamily } from './webhooks/family.ts';
import { widgetsFamily } from './widgets/family.ts';
import { yourDataPages } from './your-data/index.ts';

/** Every page family: each owns its own paths. */
const FAMILIES: PageFamily[] = [
  frontDoorFamily,
  todayFamily,
  tasksFamily,
  searchFamily,
  yourDataPages,
  peoplePages,
  attachmentPages,
  activityFamily,
  liveFamily,
  widgetsFamily,
  webhooksFamily,
  chatFamily,
];

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
