import type { components } from '../../../generated/openapi.ts';

/**
 * The export document (openapi.yaml `AccountExport`, docs/data-format.md). Version 1 holds
 * the account's settings, people and pets, tasks and records; a later version may add
 * attachments, and a reader refuses a version it does not know.
 */
export type AccountExport = components['schemas']['AccountExport'];
export type ExportSubject = components['schemas']['ExportSubject'];
export type ExportTask = components['schemas']['ExportTask'];
export type ExportRecord = components['schemas']['ExportRecord'];

export const EXPORT_FORMAT = 'tend-export';
export const EXPORT_VERSION = 1;

/** Times in the document: UTC with milliseconds, so one instant is always one string. */
export function exportTime(value: Date | string): string;
export function exportTime(value: Date | string | null): string | null;
export function exportTime(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
