/** Temporary folders for tests (shared with the bench: bench/support/tmp.ts). */
export { tmpDir } from '../../bench/support/tmp.ts';
