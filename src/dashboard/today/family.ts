import type { PageFamily } from '../page-family.ts';
import { quickAdd } from './quick-add-action.ts';

/** Today's own form; Today itself is the front door's signed-in face (`/`). */
export const todayFamily: PageFamily = (routes, deps) => {
  routes.post('/quick-add', quickAdd(deps));
};
