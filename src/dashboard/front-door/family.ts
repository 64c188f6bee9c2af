import { currentSession } from '../../auth/session-cookie.ts';
import { sendPage } from '../../web/page-headers.ts';
import { signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import { showToday } from '../today/today-page.ts';
import { landingPage } from './landing-page.ts';

/** `/`: Today for the signed-in person, and what Tend is for everyone else. */
export const frontDoorFamily: PageFamily = (routes, deps) => {
  const today = signedInPage(deps, (ctx) => showToday(ctx));
  routes.get('/', async (req, res, next) => {
    if (await currentSession(req, deps)) return today(req, res, next);
    sendPage(res, 200, landingPage());
  });
};
