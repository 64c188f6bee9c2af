import type { Handlers } from '../contract/handler-types.ts';
import { HttpError } from '../core/http-error.ts';
import { itemNotFound } from '../core/problems/routing.ts';
import { recordHandlers } from '../records/handlers.ts';
import { subjectHandlers } from '../subjects/handlers.ts';
import { taskHandlers } from '../tasks/handlers.ts';
import { itemUrl } from './item-url.ts';

type Kind = 'task' | 'record' | 'subject';
type Item = Record<string, unknown>;

/**
 * `fetch`: one item by id whatever its kind, as the document ChatGPT's deep research and
 * company knowledge read (OpenAI's MCP `fetch`: id, title, text, url, metadata). The item
 * is read through its own get handler, so it is exactly what getTask, getRecord or
 * getSubject shows, and only among the kinds the token may read.
 */
export const itemHandlers: Pick<Handlers, 'fetch'> = {
  async fetch({ path }, ctx) {
    const id = path.item_id;
    const reads: [Kind, string, () => Promise<{ body: unknown }>][] = [
      ['task', 'tasks:read', () => taskHandlers.getTask({ path: { task_id: id } } as never, ctx)],
      [
        'record',
        'records:read',
        () => recordHandlers.getRecord({ path: { record_id: id } } as never, ctx),
      ],
      [
        'subject',
        'records:read',
        () => subjectHandlers.getSubject({ path: { subject_id: id } } as never, ctx),
      ],
    ];
    for (const [kind, scope, read] of reads) {
      if (!ctx.principal.scopes.has(scope)) continue;
      let item: Item;
      try {
        item = (await read()).body as Item;
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) continue;
        throw error;
      }
      return { status: 200, body: document(kind, item, ctx.publicUrl) };
    }
    throw itemNotFound('task, record, person or pet');
  },
};

function document(kind: Kind, item: Item, publicUrl: string) {
  const id = item.id as string;
  const title = String(kind === 'subject' ? item.name : item.title);
  const subjectId = kind === 'subject' ? id : ((item.subject_id as string | null) ?? null);
  const subjectName = kind === 'subject' ? title : ((item.subject_name as string | null) ?? null);
  return {
    id,
    title,
    text: textOf(item),
    url: itemUrl(publicUrl, kind, id),
    metadata: { kind, subject_id: subjectId, subject_name: subjectName },
  };
}

/** Every field with a value, `field: value` a line: what a reader quotes from. */
function textOf(item: Item): string {
  return Object.entries(item)
    .filter(
      ([, value]) => value !== null && value !== '' && !(Array.isArray(value) && !value.length),
    )
    .map(([field, value]) => {
      const shown = Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
      return `${field}: ${shown}`;
    })
    .join('\n');
}
