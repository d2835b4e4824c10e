/** Temporary folders for tests (shared with the bench: support/tmp.ts). */
export { tmpDir } from '../../support/tmp.ts';
