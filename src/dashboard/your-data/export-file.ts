import type { AccountExport } from '../../accounts/export-import/export-format.ts';
import { localDate } from '../../dates/zone.ts';
import { expectStatus } from '../../web/operate.ts';
import type { PageContext } from '../page-context.ts';

/** The person's whole export, through the contract as any client would get it. */
export async function fetchExport(ctx: PageContext): Promise<AccountExport> {
  return expectStatus<AccountExport>(
    await ctx.run({ method: 'GET', path: '/v1/account/export' }),
    200,
  );
}

/** Sends a download: the browser saves it under `name` instead of showing it. */
export function sendDownload(ctx: PageContext, name: string, type: string, body: string): void {
  ctx.res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  ctx.res.status(200).type(type).send(body);
}

/** `tend-weight-2026-12-02.csv`: what it is and the day it was taken, in the person's zone. */
export function downloadName(what: string, extension: string, zone: string, now: Date): string {
  return `tend-${what}-${localDate(now, zone)}.${extension}`;
}
