import type { components } from '../../../generated/openapi.ts';
import { sizeText } from '../../core/problems/files.ts';
import { type Html, html } from '../../web/html.ts';
import type { PageContext } from '../page-context.ts';

type Attachment = components['schemas']['Attachment'];

export interface AttachmentsSectionOptions {
  /** Where the forms come back to: the page the section is on (default: the files page). */
  returnTo?: string;
  /** The problem's words, after an upload or delete was refused. */
  problem?: string;
  /** The largest file kept, to say so beside the upload field. */
  maxBytes?: number;
}

const TYPE_WORDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG picture',
  'image/png': 'PNG picture',
  'image/webp': 'WebP picture',
  'image/heic': 'HEIC picture',
  'image/gif': 'GIF picture',
};

/** The page a record's files are shown on when no other page embeds the section. */
export function filesPagePath(recordId: string): string {
  return `/records/${recordId}/attachments`;
}

/** Only a record's own page or its files page: never a redirect to elsewhere. */
export function safeReturnTo(raw: string, fallback: string): string {
  return /^\/records\/[0-9a-f-]{36}(\/attachments)?$/.test(raw) ? raw : fallback;
}

/**
 * A record's files: each with its type, size and a download link and a delete button, then
 * a form to add one. It reads the record through getRecord (R13), so it shows only what
 * the person may see; `undefined` when there is no such record of theirs. Works without
 * JavaScript; the list is a live region, refreshed when the person's data changes.
 */
export async function attachmentsSection(
  ctx: PageContext,
  recordId: string,
  options: AttachmentsSectionOptions = {},
): Promise<Html | undefined> {
  const reply = await ctx.run({ method: 'GET', path: `/v1/records/${recordId}` });
  if (reply.status !== 200) return undefined;
  const files = ((reply.body as { attachments?: Attachment[] }).attachments ?? []) as Attachment[];
  const returnTo = options.returnTo ?? filesPagePath(recordId);
  const back = html`<input type="hidden" name="return_to" value="${returnTo}">`;
  const added = new Intl.DateTimeFormat('en-GB', {
    timeZone: ctx.timezone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return html`<section class="attachments" aria-labelledby="attachments-heading">
<h2 id="attachments-heading">Files</h2>
${options.problem && html`<p role="alert">${options.problem} Nothing was stored.</p>`}
<div id="attachments-list" data-live-region>
${
  files.length === 0
    ? html`<p class="meta">No files yet.</p>`
    : html`<ul class="attachment-list">
${files.map(
  (file) => html`<li>
<a href="/attachments/${file.id}" download="${file.name}">${file.name}</a>
<span class="meta">${TYPE_WORDS[file.media_type] ?? file.media_type} · ${sizeText(file.size)} · added ${added.format(new Date(file.created_at))}</span>
<form method="post" action="/attachments/${file.id}/delete">
${ctx.csrf}${back}
<button type="submit" class="secondary" aria-label="Delete ${file.name}">Delete</button>
</form>
</li>`,
)}
</ul>`
}
</div>
<form class="upload" method="post" action="/records/${recordId}/attachments" enctype="multipart/form-data">
${ctx.csrf}${back}
<label for="attachment-file">Add a file</label>
<input type="file" id="attachment-file" name="file" required aria-describedby="attachment-file-hint" accept="application/pdf,image/jpeg,image/png,image/webp,image/heic,image/gif,.pdf,.jpg,.jpeg,.png,.webp,.heic,.gif">
<p class="meta" id="attachment-file-hint">A PDF or a picture (JPEG, PNG, WebP, HEIC or GIF)${options.maxBytes ? `, up to ${sizeText(options.maxBytes)}` : ''}.</p>
<button type="submit">Upload</button>
</form>
</section>`;
}
