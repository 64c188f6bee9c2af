import type { Reply } from '../contract/reply.ts';

interface ProblemBody {
  title?: string;
  detail?: string;
  errors?: { detail?: string; pointer?: string }[];
}

/**
 * What a refused operation says to the person, in the problem's own words: its detail,
 * then each field error's. The pages show this beside the form the person sent.
 */
export function problemText(reply: Reply): string {
  const body = (reply.body ?? {}) as ProblemBody;
  const lines = [body.detail ?? body.title ?? `That did not work (${reply.status}).`];
  for (const e of body.errors ?? []) if (e.detail) lines.push(e.detail);
  return lines.join(' ');
}
