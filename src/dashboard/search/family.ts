import { signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import { showSearch } from './search-page.ts';

/** Search: one page, a GET form, so every search has its own address. */
export const searchFamily: PageFamily = (routes, deps) => {
  routes.get('/search', signedInPage(deps, showSearch));
};
