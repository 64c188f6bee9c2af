import { expectStatus } from '../../web/operate.ts';
import { sendNotFound } from '../not-found-page.ts';
import type { PageContext } from '../page-context.ts';
import type { Subject } from './subject-words.ts';

/** The person or pet of `:id` (getSubject), or a 404 page already sent. */
export async function loadSubject(ctx: PageContext): Promise<Subject | undefined> {
  const id = String(ctx.req.params.id);
  const reply = await ctx.run({ method: 'GET', path: `/v1/subjects/${encodeURIComponent(id)}` });
  // A malformed id is a 400 from the contract; to the person it is just not there.
  if (reply.status === 404 || reply.status === 400) {
    sendNotFound(ctx, 'people', 'person or pet', '/people');
    return undefined;
  }
  return expectStatus<Subject>(reply, 200);
}
