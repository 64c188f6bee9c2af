import type { ImportCounts } from '../../accounts/export-import/import-account.ts';
import { seeOther } from '../../web/forms.ts';
import type { PageContext } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { sendDataPage } from './data-page.ts';
import { uploadedText } from './upload.ts';

/** The page's upload takes more than the API's 1 MB body: a year of records is larger. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * A Tend file uploaded on the page, handed whole to importAccount; a file that is not one,
 * or that the operation refuses, is answered beside the form in words.
 */
export async function importFile(ctx: PageContext): Promise<void> {
  const upload = uploadedText(ctx.req, ctx.res);
  if ('problem' in upload) return sendDataPage(ctx, 422, { importProblem: upload.problem });
  let doc: unknown;
  try {
    doc = JSON.parse(upload.text.replace(/^\uFEFF/, ''));
  } catch {
    return sendDataPage(ctx, 422, {
      importProblem:
        'This file is not a Tend file: it is not JSON. Choose the file you downloaded with “Download all my data”.',
    });
  }
  if ((doc as { format?: unknown } | null)?.format !== 'tend-export') {
    return sendDataPage(ctx, 422, {
      importProblem:
        'This file is not a Tend file. Choose the file you downloaded with “Download all my data”.',
    });
  }
  const reply = await ctx.run({ method: 'POST', path: '/v1/account/import', body: doc });
  if (reply.status !== 201) {
    const words =
      reply.status === 400
        ? `This Tend file has been changed or is damaged, so nothing was imported. ${firstWords(problemText(reply))}`
        : `Nothing was imported. ${problemText(reply)}`;
    return sendDataPage(ctx, reply.status, { importProblem: words });
  }
  const counts = reply.body as ImportCounts;
  const query = new URLSearchParams({
    imported: `${counts.subjects - 1},${counts.tasks},${counts.records}`,
  });
  seeOther(ctx.res, `/account/data?${query}`);
}

/** A schema refusal can list many fields; the first few tell a person enough. */
function firstWords(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
