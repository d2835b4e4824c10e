/** Decides whether a database may be served in login-free demo mode: only the pristine generated demo. */
import { DEMO_MARKER } from '../demo-build.ts';
import type { Store } from '../../data/db/store.ts';

async function tableExists(store: Store, name: string): Promise<boolean> {
  const r = await store.all<{ n: number }>(`select count(*)::INTEGER as n from information_schema.tables where table_name = $name`, { name });
  return r[0].n > 0;
}

async function countOf(store: Store, table: string, where = 'true'): Promise<number> {
  if (!(await tableExists(store, table))) return 0;
  return (await store.all<{ n: number }>(`select count(*)::INTEGER as n from ${table} where ${where}`))[0].n;
}

/**
 * Why `store` must not be served without login, or null when it is the generated demo as built:
 * the marker is set, every ingest and brand edit was the demo builder's, and nobody has an
 * account, uploaded anything or added a theme term.
 */
export async function demoProblem(store: Store): Promise<string | null> {
  const marked = await store.all(`select 1 from settings where key = $key and value = 'true'`, { key: DEMO_MARKER });
  if (!marked.length) return 'it is not the generated demo database';
  if (await countOf(store, 'ingest_runs', `actor is distinct from 'demo'`)) return 'files were ingested into it after it was generated';
  if (await countOf(store, 'brand_value_versions', `changed_by is distinct from 'demo'`)) return 'its brand values were edited after it was generated';
  if (await countOf(store, 'uploads')) return 'files were uploaded to it';
  if (await countOf(store, 'users')) return 'it has user accounts';
  if (await countOf(store, 'theme_terms')) return 'theme terms were added to it after it was generated';
  return null;
}
