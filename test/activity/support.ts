import { expect } from 'vitest';
import type { TestApp, TestUser } from '../support/app.ts';

export interface Entry {
  id: string;
  created_at: string;
  actor: string;
  operation: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changed_fields: string[];
  undoes_id: string | null;
  undone: boolean;
  undone_at: string | null;
}

/** The user's journal, newest first (one page of up to 100 entries). */
export async function activity(t: TestApp, user: TestUser, query = ''): Promise<Entry[]> {
  const res = await t.request
    .get(`/v1/activity?limit=100${query ? `&${query}` : ''}`)
    .set('Authorization', user.auth);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

/** What an API key is called in the journal. */
export async function actorOf(t: TestApp, user: TestUser): Promise<string> {
  const key = await t.db('api_keys').where({ user_id: user.id }).first('prefix');
  return `api_key:${key.prefix}`;
}

export function undo(t: TestApp, user: TestUser, entryId: string) {
  return t.request.post(`/v1/activity/${entryId}/undo`).set('Authorization', user.auth);
}
