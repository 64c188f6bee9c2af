import { signedInAction, signedInPage } from '../page-context.ts';
import type { PageFamily } from '../page-family.ts';
import { showCareLog } from './care-log-page.ts';
import { createRecordFromPage, showNewRecord } from './new-record-page.ts';
import { deleteRecordFromPage, showRecord, updateRecordFromPage } from './record-page.ts';

/** Care logs: a person's or pet's records by type and date, adding, correcting, deleting. */
export const recordPages: PageFamily = (routes, deps) => {
  routes.get('/people/:id/care', signedInPage(deps, showCareLog));
  routes.get('/people/:id/records/new', signedInPage(deps, showNewRecord));
  routes.post('/people/:id/records', signedInAction(deps, createRecordFromPage));
  routes.get('/records/:id', signedInPage(deps, showRecord));
  routes.post('/records/:id', signedInAction(deps, updateRecordFromPage));
  routes.post('/records/:id/delete', signedInAction(deps, deleteRecordFromPage));
};
