import type { RequestHandler } from 'express';
import type { components } from '../../../generated/openapi.ts';
import { readQuickAdd } from '../../tasks/quick-add.ts';
import { field, seeOther } from '../../web/forms.ts';
import { type DashboardDeps, type PageContext, signedInAction } from '../page-context.ts';
import { problemText } from '../problem-text.ts';
import { showToday } from './today-page.ts';

type Task = components['schemas']['Task'];
type SubjectPage = components['schemas']['SubjectPage'];

/** The person's people and pets by name, for the line to name one (themself aside). */
async function namedSubjects(ctx: PageContext) {
  const reply = await ctx.run({ method: 'GET', path: '/v1/subjects', query: { limit: '100' } });
  if (reply.status !== 200) return [];
  return (reply.body as SubjectPage).items
    .filter((s) => !s.is_self)
    .map((s) => ({ id: s.id, name: s.name }));
}

/**
 * POST /quick-add: the line is read into a title, date words, repeat words and a person
 * or pet, and createTask stores it (which reads the date words again, in the person's
 * zone). 303 to Today, which says what was understood; a problem keeps the line.
 */
export function quickAdd(deps: DashboardDeps): RequestHandler {
  return signedInAction(deps, async (ctx) => {
    const line = field(ctx.req, 'line').trim();
    if (!line) {
      return showToday(
        ctx,
        { problem: 'Write what you want to do, for example “call the vet tomorrow”.' },
        422,
      );
    }
    const reading = readQuickAdd(line, await namedSubjects(ctx), {
      now: deps.now(),
      zone: ctx.timezone,
    });
    const reply = await ctx.run({
      method: 'POST',
      path: '/v1/tasks',
      body: {
        title: reading.title.slice(0, 200),
        ...(reading.due_text && { due_text: reading.due_text }),
        ...(reading.repeat && { repeat: reading.repeat }),
        ...(reading.subject && { subject_id: reading.subject.id }),
        ...(field(ctx.req, 'confirm_duplicate') === 'true' && { confirm_duplicate: true }),
      },
    });
    if (reply.status === 201) return seeOther(ctx.res, `/?added=${(reply.body as Task).id}`);
    const code = (reply.body as { code?: string } | undefined)?.code;
    if (code === 'duplicate_suspected') {
      return showToday(ctx, { line, duplicate: problemText(reply) }, 409);
    }
    return showToday(ctx, { line, problem: problemText(reply) }, 422);
  });
}
