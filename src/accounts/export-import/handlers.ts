import type { Handlers } from '../../contract/handler-types.ts';
import { exportAccount } from './export-account.ts';
import { importAccount } from './import-account.ts';

type DataHandlers = Pick<Handlers, 'exportAccount' | 'importAccount'>;

/** The person's data as one document, out and back in (docs/data-format.md). */
export const dataHandlers: DataHandlers = {
  async exportAccount(_input, ctx) {
    return { status: 200, body: await exportAccount(ctx.db, ctx.userId) };
  },

  async importAccount({ body }, ctx) {
    return { status: 201, body: await importAccount(ctx.db, ctx.userId, body) };
  },
};
