/** The bundle of `entry` (a path from the project root), rebuilt when a source is newer. */
export function bundled(entry: string): Promise<string>;
