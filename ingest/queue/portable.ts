/**
 * Parts travel between machines that mount the shared staging folder at different paths: in job
 * data every path is relative to the staging root, and each side resolves it against its own.
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import type { PartResult, PartSpec, StagedTable } from '../stage/part.ts';

/** A path under `root` as a relative, forward-slash path; refuses one outside it. */
export function underRoot(root: string, path: string): string {
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${path} is not inside the staging folder ${root}`);
  return rel.split(sep).join('/');
}

/** A relative job-data path on this machine; refuses one that climbs out of the root. */
export function fromRoot(root: string, rel: string): string {
  if (isAbsolute(rel) || rel.split('/').includes('..')) throw new Error(`bad staging path in job data: ${rel}`);
  return join(root, ...rel.split('/'));
}

/** The spec as job data: its file and staging folder relative to the root. */
export function specToJob(root: string, spec: PartSpec): PartSpec {
  return { ...spec, path: underRoot(root, spec.path), staging: '.' };
}

/** The spec a worker runs: paths under its own staging root. */
export function specFromJob(root: string, spec: PartSpec): PartSpec {
  return { ...spec, path: fromRoot(root, spec.path), staging: root };
}

function mapFiles(files: Record<StagedTable, string> | null, f: (p: string) => string): Record<StagedTable, string> | null {
  if (!files) return null; // a part that refused the file staged nothing
  return Object.fromEntries(Object.entries(files).map(([t, p]) => [t, f(p)])) as Record<StagedTable, string>;
}

/** A worker's result as a job's return value. */
export function resultToJob(root: string, r: PartResult): PartResult {
  return { ...r, files: mapFiles(r.files, (p) => underRoot(root, p)) };
}

/** A child's return value with paths on the owner's machine. */
export function resultFromJob(root: string, r: PartResult): PartResult {
  return { ...r, files: mapFiles(r.files, (p) => fromRoot(root, p)) };
}
