import { signedInAction, signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import { recordPages } from '../records/index.ts';
import {
  archiveSubjectFromPage,
  showEditSubject,
  updateSubjectFromPage,
} from './edit-subject-page.ts';
import { showPeople } from './list-page.ts';
import { createSubjectFromPage, showNewSubject } from './new-subject-page.ts';
import { showProfile } from './profile-page.ts';

/**
 * People & pets: the list, adding one, a profile with its chart, editing, archiving, and
 * each one's care log with its records.
 */
export const peoplePages: PageFamily = (routes, deps) => {
  routes.get('/people', signedInPage(deps, showPeople));
  routes.get('/people/new', signedInPage(deps, showNewSubject));
  routes.post('/people', signedInAction(deps, createSubjectFromPage));
  routes.get('/people/:id', signedInPage(deps, showProfile));
  routes.get('/people/:id/edit', signedInPage(deps, showEditSubject));
  routes.post('/people/:id/edit', signedInAction(deps, updateSubjectFromPage));
  routes.post('/people/:id/archive', signedInAction(deps, archiveSubjectFromPage));
  recordPages(routes, deps);
};
