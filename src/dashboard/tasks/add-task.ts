import type { RequestHandler } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { field, seeOther } from '../../web/forms.ts';
import { type DashboardDeps, signedInAction } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { createBody, formOfRequest } from './task-fields.ts';
import { showTasks } from './tasks-page.ts';

type Task = components['schemas']['Task'];

/** POST /tasks: createTask with the form's fields; 303 to the list, which says what was understood. */
export function addTask(deps: DashboardDeps): RequestHandler {
  return signedInAction(deps, async (ctx) => {
    const form = formOfRequest(ctx.req);
    const confirmed = field(ctx.req, 'confirm_duplicate') === 'true';
    const reply = await ctx.run({
      method: 'POST',
      path: '/v1/tasks',
      body: { ...createBody(form), ...(confirmed && { confirm_duplicate: true }) },
    });
    if (reply.status === 201) return seeOther(ctx.res, `/tasks?added=${(reply.body as Task).id}`);
    const code = (reply.body as { code?: string } | undefined)?.code;
    if (code === 'duplicate_suspected') {
      return showTasks(deps, ctx, { form, duplicate: problemText(reply) }, 409);
    }
    return showTasks(deps, ctx, { form, problem: problemText(reply) }, 422);
  });
}
