/**
 * What the owner reads from the database before a file is staged, so that the parts need no
 * database: the pseudonym key, custom theme terms, the active model, and every city's brand
 * values, country and handles. One spec per part follows from it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Group, SourceKind } from '../../data/types.ts';
import type { Voice } from '../../data/speaker.ts';
import { readCityValues, storedCities } from '../../data/db/brand-values.ts';
import { activeModelFile } from '../../data/db/model-versions.ts';
import { readHandles } from '../../data/db/speaker.ts';
import { pseudonymKey } from '../../data/db/settings.ts';
import type { ReadLimits } from '../../data/limits.ts';
import { readThemeTerms } from '../../data/db/theme-terms.ts';
import { homeCode } from '../speaker/origin.ts';
import type { KnownCity, PartSpec } from './part.ts';

/** Records between two writes of a part's staging files. */
export const PART_BATCH = 1000;

/** A file's spec, every field but the part's own. */
export type FileSpec = Omit<PartSpec, 'part' | 'parts'>;

/** What the caller decides about a file (its options), as a spec needs it. */
export type FileChoice = {
  path: string; staging: string; uploadId: string; read: PartSpec['read']; limits: ReadLimits;
  kind: SourceKind | null; group?: Group; date?: string; voice?: Voice; timeoutMs?: number;
};

/** Reads what the parts need from the database; the deadline starts now. */
export async function prepareContext(conn: DuckDBConnection, f: FileChoice): Promise<FileSpec> {
  return {
    path: f.path, batch: PART_BATCH, staging: f.staging, uploadId: f.uploadId, read: f.read, limits: f.limits,
    pseudonymKey: await pseudonymKey(conn), kind: f.kind, defaultGroup: f.group ?? 'unknown',
    date: f.date ?? null, voice: f.voice ?? null, cities: await knownCities(conn),
    // the taxonomy plus the custom theme terms added from the dashboard (read once per file)
    themeTerms: (await readThemeTerms(conn)).map(({ theme, term }) => ({ theme, term })),
    modelFile: (await activeModelFile(conn)) ?? null, // the installation's retrained model, if one is active
    deadline: f.timeoutMs ? Date.now() + f.timeoutMs : null, timeoutMs: f.timeoutMs ?? null,
  };
}

/** The specs of `parts` parts of a file. */
export const partSpecs = (file: FileSpec, parts: number): PartSpec[] =>
  Array.from({ length: parts }, (_, part) => ({ ...file, part, parts }));

/** Every stored city with its brand values, country code and handles. */
async function knownCities(conn: DuckDBConnection): Promise<KnownCity[]> {
  const rows = await storedCities(conn);
  const cities: KnownCity[] = [];
  for (const c of rows) {
    cities.push({ name: c.name, values: await readCityValues(conn, c.id), home: homeCode(c.country), handles: await readHandles(conn, c.id) });
  }
  return cities;
}
