import type { RequestHandler } from 'express';
import { field, seeOther } from '../../web/forms.ts';
import { backPath } from '../back-path.ts';
import { notFoundPage } from '../not-found.ts';
import { type DashboardDeps, signedInAction } from '../page-context.ts';

/** The task id of a path such as /tasks/:id/complete. */
export function taskIdOf(params: Record<string, unknown>): string {
  return encodeURIComponent(String(params.id ?? ''));
}

/**
 * POST /tasks/:id/complete and /reopen: one click marks the task done (a repeating one
 * gets its next occurrence) or open again, then 303 back to the list it was on, which
 * says what happened.
 */
export function changeStatus(deps: DashboardDeps, to: 'complete' | 'reopen'): RequestHandler {
  return signedInAction(deps, async (ctx) => {
    const id = taskIdOf(ctx.req.params);
    const reply = await ctx.run({ method: 'POST', path: `/v1/tasks/${id}/${to}` });
    // 400 is an id that is not one (not a UUID); to the person it is just not there.
    if (reply.status !== 200) return notFoundPage(ctx, 'tasks', 'task');
    const note = to === 'complete' ? 'done' : 'reopened';
    seeOther(
      ctx.res,
      backPath(field(ctx.req, 'back') || `/tasks/${id}`, { name: note, value: id }),
    );
  });
}
