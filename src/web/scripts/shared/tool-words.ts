/**
 * The small-print line for one thing the chat did ("Added a weight record for Luna"),
 * from the tool's name and what it answered. Shared by the chat page's server rendering
 * and its script, so a streamed line and the same line after a reload read alike.
 */
export interface ToolOutcome {
  name: string;
  /** The operation's answer, as the tool message stored it (JSON text), if any. */
  content?: string;
  isError?: boolean;
}

const VERBS: [prefix: string, verb: string][] = [
  ['create', 'Added'],
  ['update', 'Changed'],
  ['delete', 'Deleted'],
  ['complete', 'Completed'],
  ['reopen', 'Reopened'],
  ['undo', 'Undid'],
];

function parsed(content: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(content ?? '');
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** `createRecord` → "record", `completeTasks` → "tasks": the thing the operation is about. */
function thingOf(name: string): string {
  const words = name
    .replace(/([A-Z])/g, ' $1')
    .trim()
    .split(' ');
  return words.slice(1).join(' ').toLowerCase() || name;
}

export function toolLine(outcome: ToolOutcome): string {
  const body = parsed(outcome.content);
  if (outcome.isError) {
    // A declined change is stored as the engine's plain sentence, not an operation's answer.
    if (outcome.content?.startsWith('The person declined')) return 'Not done: you said no.';
    const why = text(body.detail) ?? text(body.title);
    return why ? `That did not work: ${why}` : 'That did not work.';
  }
  const verb = VERBS.find(([prefix]) => outcome.name.startsWith(prefix))?.[1];
  if (!verb) return 'Looked something up.';
  const thing = thingOf(outcome.name);
  const who = text(body.subject_name);
  const forWhom = who ? ` for ${who}` : '';
  if (thing === 'record') return `${verb} a ${text(body.type) ?? 'care'} record${forWhom}`;
  if (thing === 'task' && text(body.title)) return `${verb} the task “${body.title}”${forWhom}`;
  if (thing === 'subject' && text(body.name)) return `${verb} ${body.name}`;
  return `${verb} a ${thing}${forWhom}`;
}
