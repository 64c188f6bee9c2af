import express, { type RequestHandler, type Router } from 'express';
import { parseForm } from '../web/forms.ts';
import { pageHeaders } from '../web/page-headers.ts';
import type { DashboardDeps } from './page-context.ts';

/** How a page family adds its paths: every page gets the pages' headers, every post its form. */
export interface PageRoutes {
  get(path: string, ...handlers: RequestHandler[]): void;
  post(path: string, ...handlers: RequestHandler[]): void;
  /** The router itself, for what is not a page (a stream, a download, an upload). */
  router: Router;
}

/** Adds one family of pages (Today, Tasks, …) to the dashboard. */
export type PageFamily = (routes: PageRoutes, deps: DashboardDeps) => void;

/** Every page family: each owns its own paths. */
const FAMILIES: PageFamily[] = [];

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
