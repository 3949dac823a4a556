import { relative, resolve } from 'node:path';

/** A file's path as an author reads it in an error: relative to the project when inside it, absolute otherwise. */
export function displayPath(file: string): string {
  const shown = relative(process.cwd(), resolve(file));
  return shown.startsWith('..') ? resolve(file) : shown;
}
