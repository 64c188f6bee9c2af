import type { Reply } from '../contract/reply.ts';
import { problemText } from './problem-text.ts';

interface FieldError {
  pointer?: string;
}

/**
 * A refused form's words for the person: the problem's own, with the contract's field
 * names put as the form labels them ("Give only one of Birthday, Age"), and for a request
 * the contract itself refused, which fields to look at rather than "does not match".
 */
export function formProblemText(reply: Reply, labels: Record<string, string>): string {
  const errors = ((reply.body ?? {}) as { errors?: FieldError[] }).errors ?? [];
  const labelOf = (pointer = '') => labels[pointer.split('/')[2] ?? ''];
  if (reply.status === 400) {
    const named = [...new Set(errors.map((e) => labelOf(e.pointer)).filter(Boolean))];
    // The schema's own reasons ("must match pattern") are for programs, not people.
    if (named.length > 0) {
      return `Please check ${named.join(', ')}: missing, or not in a form Tend can read.`;
    }
  }
  let text = problemText(reply);
  for (const [name, label] of Object.entries(labels)) {
    text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), label);
  }
  return text;
}
