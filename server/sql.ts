import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const QUERIES_DIR = join(import.meta.dirname, '../data/queries');
const cache = new Map<string, string>();

/** The text of data/queries/<name>.sql, read once. */
export function sql(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(QUERIES_DIR, `${name}.sql`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
