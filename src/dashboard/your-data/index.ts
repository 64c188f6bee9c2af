import express from 'express';
import { pageHeaders } from '../../web/page-headers.ts';
import {
  type DashboardDeps,
  type PageContext,
  signedInAction,
  signedInPage,
} from '../page-context.ts';
import type { PageRoutes } from '../page-family.ts';
import { createPreviewed, MAX_CSV_BYTES, previewCsv } from './csv-import.ts';
import { sendDataPage } from './data-page.ts';
import { downloadName, fetchExport, sendDownload } from './export-file.ts';
import { importFile, MAX_IMPORT_BYTES } from './import-file.ts';
import { recordsCsv, TYPE_WORDS, typeOfFile } from './records-csv.ts';
import { oneFile } from './upload.ts';

/**
 * Your data (/account/data): download everything or one kind of record, import a Tend
 * file, add records from a spreadsheet after a preview. Every read and write is an
 * operation run as the person (docs/security.md R13).
 */
export function yourDataPages(routes: PageRoutes, deps: DashboardDeps): void {
  routes.get(
    '/account/data',
    signedInPage(deps, (ctx) => sendDataPage(ctx, 200, { done: doneWords(ctx) })),
  );

  routes.get(
    '/account/data/export.json',
    signedInPage(deps, async (ctx) => {
      const doc = await fetchExport(ctx);
      const name = downloadName('export', 'json', ctx.timezone, deps.now());
      sendDownload(ctx, name, 'application/json', JSON.stringify(doc));
    }),
  );

  routes.get(
    '/account/data/records/:file',
    signedInPage(deps, async (ctx) => {
      const type = typeOfFile(String(ctx.req.params.file));
      if (!type) {
        ctx.res.status(404);
        return sendDataPage(ctx, 404, { done: undefined });
      }
      const csv = recordsCsv(await fetchExport(ctx), type, ctx.timezone);
      const name = downloadName(TYPE_WORDS[type]?.file ?? type, 'csv', ctx.timezone, deps.now());
      sendDownload(ctx, name, 'text/csv; charset=utf-8', csv);
    }),
  );

  // Uploads: the file is read (capped) before the form's CSRF token can be checked, since
  // the token travels in the same multipart body.
  routes.post(
    '/account/data/import',
    oneFile('file', MAX_IMPORT_BYTES, '20 MB'),
    signedInAction(deps, importFile),
  );
  routes.post(
    '/account/data/records/preview',
    oneFile('file', MAX_CSV_BYTES, '2 MB'),
    signedInAction(deps, previewCsv(deps)),
  );
  // The preview's sealed rows are larger than the pages' usual 16 kB form.
  routes.router.post(
    '/account/data/records/create',
    pageHeaders(),
    express.urlencoded({ extended: false, limit: '4mb' }),
    signedInAction(deps, createPreviewed(deps)),
  );
}

/** What the page says after an import or an added spreadsheet (from the 303's query). */
function doneWords(ctx: PageContext): string | undefined {
  const { imported, added } = ctx.req.query;
  if (typeof imported === 'string') {
    const [others, tasks, records] = imported.split(',').map(Number);
    return `Imported: ${others} other people and pets, ${tasks} tasks and ${records} records.`;
  }
  if (typeof added === 'string') {
    const [created, failed] = added.split(',').map(Number);
    return `Added ${created} ${created === 1 ? 'record' : 'records'}.${failed ? ` ${failed} could not be added; check them on People & pets.` : ''}`;
  }
  return undefined;
}
