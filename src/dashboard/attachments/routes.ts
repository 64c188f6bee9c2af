import type { NextFunction, Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import { sizeText } from '../../core/problems/files.ts';
import { seeOther } from '../../web/forms.ts';
import { html } from '../../web/html.ts';
import { dashboardPage } from '../../web/layout.ts';
import { sendPage } from '../../web/page-headers.ts';
import {
  type DashboardDeps,
  type PageContext,
  signedInAction,
  signedInPage,
} from '../page-context.ts';
import type { PageRoutes } from '../page-family.ts';
import { problemText } from '../problem-text.ts';
import { attachmentsSection, filesPagePath, safeReturnTo } from './section.ts';

/**
 * A record's files on the dashboard: a small page of their own (`/records/:id/attachments`,
 * which the record page can embed as a section instead), the upload and delete forms, and
 * the download. Each runs the API's operation as the person (docs/security.md R13).
 */
export function attachmentPages(routes: PageRoutes, deps: DashboardDeps): void {
  const maxBytes = deps.attachmentMaxBytes;
  routes.get(
    '/records/:id/attachments',
    signedInPage(deps, (ctx) => showFilesPage(ctx, param(ctx.req, 'id'), { maxBytes })),
  );
  routes.post(
    '/records/:id/attachments',
    readUpload(deps, maxBytes),
    signedInAction(deps, async (ctx) => {
      const recordId = param(ctx.req, 'id');
      const returnTo = safeReturnTo(String(ctx.req.body?.return_to ?? ''), filesPagePath(recordId));
      const file = ctx.req.file;
      if (!file || file.size === 0) {
        return showFilesPage(ctx, recordId, {
          maxBytes,
          status: 422,
          problem: 'Choose a file to upload.',
        });
      }
      const reply = await ctx.run({
        method: 'POST',
        path: `/v1/records/${recordId}/attachments`,
        query: { name: file.originalname },
        body: file.buffer,
      });
      if (reply.status === 201) return seeOther(ctx.res, returnTo);
      return showFilesPage(ctx, recordId, {
        maxBytes,
        status: reply.status,
        problem: problemText(reply),
      });
    }),
  );
  routes.post(
    '/attachments/:id/delete',
    signedInAction(deps, async (ctx) => {
      const returnTo = safeReturnTo(String(ctx.req.body?.return_to ?? ''), '/');
      const reply = await ctx.run({
        method: 'DELETE',
        path: `/v1/attachments/${param(ctx.req, 'id')}`,
      });
      if (reply.status === 204) return seeOther(ctx.res, returnTo);
      notFound(ctx, 'This file is not there any more', 'It may have been deleted already.');
    }),
  );
  routes.get(
    '/attachments/:id',
    signedInPage(deps, async (ctx) => {
      const reply = await ctx.run({
        method: 'GET',
        path: `/v1/attachments/${param(ctx.req, 'id')}`,
      });
      if (reply.status !== 200 || !(reply.body instanceof Uint8Array)) {
        return notFound(ctx, 'No such file', 'It may have been deleted, or the link is wrong.');
      }
      // The API's own headers: the sniffed type, attachment, nosniff, never cached.
      ctx.res.status(200).set(reply.headers ?? {});
      ctx.res.setHeader('Content-Type', reply.contentType ?? 'application/octet-stream');
      ctx.res.end(reply.body);
    }),
  );
}

async function showFilesPage(
  ctx: PageContext,
  recordId: string,
  options: { maxBytes: number; status?: number; problem?: string },
): Promise<void> {
  const record = await ctx.run({ method: 'GET', path: `/v1/records/${recordId}` });
  const section =
    record.status === 200 &&
    (await attachmentsSection(ctx, recordId, {
      maxBytes: options.maxBytes,
      ...(options.problem && { problem: options.problem }),
    }));
  if (!section) {
    return notFound(ctx, 'No such record', 'It may have been deleted, or the link is wrong.');
  }
  const { title, subject_name } = record.body as { title: string; subject_name: string };
  sendPage(
    ctx.res,
    options.status ?? 200,
    dashboardPage({
      title: `Files: ${title}`,
      section: 'people',
      heading: html`Files for “${title}”`,
      body: html`<p class="meta">A care record of ${subject_name}. Keep an invoice, a letter from the vet or a photo with it.</p>
<p><a href="/records/${recordId}">Back to the record</a></p>
${section}`,
    }),
  );
}

function notFound(ctx: PageContext, title: string, words: string): void {
  sendPage(ctx.res, 404, dashboardPage({ title, section: 'people', body: html`<p>${words}</p>` }));
}

function param(req: Request, name: string): string {
  return String(req.params[name] ?? '');
}

/**
 * Reads a multipart form with one file into memory, at most the cap (multer). It runs
 * before the session and CSRF check because the token is one of the form's fields; a file
 * over the cap is refused here, on a page saying so, before anything is done or stored.
 */
function readUpload(deps: DashboardDeps, maxBytes: number): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 4, fieldSize: 4096, parts: 6 },
  }).single('file');
  return (req: Request, res: Response, next: NextFunction) => {
    upload(req, res, (error?: unknown) => {
      if (!error) return next();
      const tooLarge = (error as { code?: string }).code === 'LIMIT_FILE_SIZE';
      const problem = tooLarge
        ? `The file is larger than ${sizeText(maxBytes)}, the most a record can keep.`
        : 'The form could not be read. Choose one file and try again.';
      // Nothing was done: only the page is shown again, to a signed-in person.
      signedInPage(deps, (ctx) =>
        showFilesPage(ctx, param(req, 'id'), {
          maxBytes,
          status: tooLarge ? 413 : 400,
          problem,
        }),
      )(req, res, next);
    });
  };
}
