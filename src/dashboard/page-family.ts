import type { RequestHandler, Router } from 'express';
import type { DashboardDeps } from './page-context.ts';

/** How a page family adds its paths: every page gets the pages' headers, every post its form. */
export interface PageRoutes {
  get(path: string, ...handlers: RequestHandler[]): void;
  post(path: string, ...handlers: RequestHandler[]): void;
  /** The router itself, for what is not a page (a stream, a download, an upload). */
  router: Router;
}

/**
 * Adds one family of pages (Today, Tasks, …) to the dashboard. Defined apart from the
 * router, which imports every family: a family importing the router would be a cycle.
 */
export type PageFamily = (routes: PageRoutes, deps: DashboardDeps) => void;
