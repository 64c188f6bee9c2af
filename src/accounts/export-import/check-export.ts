import { inconsistentExport, unknownExportVersion } from '../../core/problems/data.ts';
import { isValidTimeZone } from '../../dates/zone.ts';
import { type AccountExport, EXPORT_VERSION } from './export-format.ts';

/**
 * What the schema cannot say about a document: its version is one this Tend reads, its
 * references each name one thing in it, and exactly the first subject is the person.
 * Checked before anything is written, so a bad document leaves nothing.
 */
export function checkExport(doc: AccountExport): void {
  if (doc.version !== EXPORT_VERSION) throw unknownExportVersion(doc.version);
  if (!isValidTimeZone(doc.account.timezone)) {
    throw inconsistentExport(
      `"${doc.account.timezone}" is not a time zone.`,
      '/body/account/timezone',
    );
  }
  const subjects = uniqueRefs(doc.subjects, '/body/subjects');
  const tasks = uniqueRefs(doc.tasks, '/body/tasks');
  const records = uniqueRefs(doc.records, '/body/records');

  doc.subjects.forEach((subject, i) => {
    if (subject.is_self !== (i === 0)) {
      throw inconsistentExport(
        'The first subject, and only the first, must be the person themself (is_self).',
        `/body/subjects/${i}/is_self`,
      );
    }
  });
  doc.records.forEach((record, i) => {
    if (!subjects.has(record.subject)) {
      throw dangling(record.subject, `/body/records/${i}/subject`);
    }
  });
  const followed = new Set<string>();
  doc.tasks.forEach((task, i) => {
    const at = `/body/tasks/${i}`;
    if (task.subject !== null && !subjects.has(task.subject)) {
      throw dangling(task.subject, `${at}/subject`);
    }
    if (task.reminder_for !== null && !records.has(task.reminder_for)) {
      throw dangling(task.reminder_for, `${at}/reminder_for`);
    }
    if (task.repeated_from !== null) {
      if (!tasks.has(task.repeated_from) || task.repeated_from === task.ref) {
        throw dangling(task.repeated_from, `${at}/repeated_from`);
      }
      // One occurrence has at most one next occurrence (tasks.repeated_from is unique).
      if (followed.has(task.repeated_from)) {
        throw inconsistentExport(
          `Two tasks follow the same occurrence ${task.repeated_from}.`,
          `${at}/repeated_from`,
        );
      }
      followed.add(task.repeated_from);
    }
  });
}

function uniqueRefs(items: { ref: string }[], pointer: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.ref)) {
      throw inconsistentExport(`The reference ${item.ref} is used twice.`, `${pointer}/${i}/ref`);
    }
    seen.add(item.ref);
  });
  return seen;
}

function dangling(ref: string, pointer: string) {
  return inconsistentExport(`The reference ${ref} names nothing in the file.`, pointer);
}
