/** The fatal-problem type of the readers: the whole file is refused, nothing of it is stored. */
import type { ReadError } from '../types.ts';

/** Thrown when a file cannot be read at all (empty, binary, header only, unknown layout). */
export class FileRejected extends Error {
  readonly errors: ReadError[];
  constructor(errors: ReadError[]) {
    super(errors.map((e) => `${e.where}: ${e.message}`).join('; '));
    this.name = 'FileRejected';
    this.errors = errors;
  }
}

/** Shorthand for a single-error rejection. */
export function reject(where: string, message: string): FileRejected {
  return new FileRejected([{ where, message }]);
}
