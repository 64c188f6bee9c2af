import type { Entity, EntityKind } from '../activity/entities.ts';
import { recordKind } from '../records/entity-kind.ts';
import { subjectKind } from '../subjects/entity-kind.ts';
import { taskKind } from '../tasks/entity-kind.ts';

/** Every kind of item the journal keeps, each from the domain that owns it. */
export const entityKinds: Readonly<Record<Entity, EntityKind>> = {
  task: taskKind,
  subject: subjectKind,
  record: recordKind,
};
