import type { components } from '../../../generated/openapi.ts';

export type ActivityEntry = components['schemas']['ActivityEntry'];
type ApiKey = components['schemas']['ApiKey'];
type Item = Record<string, unknown>;

/** Who made a change, as entries name them: `web`, `chat`, `api_key:<prefix>`, or an app's name. */
export function actorWords(actor: string, keys: readonly ApiKey[]): string {
  if (actor === 'web') return 'You';
  if (actor === 'chat') return "Tend's chat";
  if (actor.startsWith('api_key:')) {
    const prefix = actor.slice('api_key:'.length);
    const key = keys.find((k) => k.prefix === prefix);
    return key ? `Your API key “${key.name}”` : `An API key (${prefix}…)`;
  }
  // A connected app by the name it introduced itself with: ChatGPT, Claude, …
  return actor;
}

const VERBS: Record<ActivityEntry['operation'], string> = {
  create: 'added',
  update: 'changed',
  complete: 'completed',
  reopen: 'reopened',
  delete: 'deleted',
  undo: 'undid a change to',
};

/** What a change did, after who did it: `added the task “Buy milk”`. */
export function whatWords(entry: ActivityEntry): string {
  return `${VERBS[entry.operation]} ${itemWords(entry)}`;
}

/** The item an entry is about, by its title or name: `the pet “Luna”`. */
export function itemWords(entry: ActivityEntry): string {
  const item = (entry.after ?? entry.before ?? {}) as Item;
  const quoted = (value: unknown) => (typeof value === 'string' && value ? ` “${value}”` : '');
  switch (entry.entity) {
    case 'task':
      return `the task${quoted(item.title)}`;
    case 'subject':
      return `${item.kind === 'pet' ? 'the pet' : 'the person'}${quoted(item.name)}`;
    case 'record': {
      const kind = typeof item.type_text === 'string' ? item.type_text.toLowerCase() : 'care';
      const whose = typeof item.subject_name === 'string' ? ` for ${item.subject_name}` : '';
      return `the ${kind} record${quoted(item.title)}${whose}`;
    }
  }
}
