/** `npm run values -- --city NAME --file FILE [--db FILE]`: sets a city's brand values and re-annotates. */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../data/config.ts';
import { openStore, StoreLockedError } from '../data/db/store.ts';
import { BrandValuesInput } from '../data/brand-values-input.ts';
import { setCityValues } from './reannotate.ts';

const USAGE = 'usage: npm run values -- --city NAME --file FILE [--db FILE]';

async function main(argv: string[]): Promise<number> {
  let v: { city?: string; file?: string; db?: string };
  try {
    v = parseArgs({ args: argv, strict: true, options: { city: { type: 'string' }, file: { type: 'string' }, db: { type: 'string' } } }).values;
  } catch (err) {
    process.stderr.write(`values: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!v.city || !v.file) { process.stderr.write(`values: --city and --file are required\n${USAGE}\n`); return 2; }
  if (!existsSync(v.file)) { process.stderr.write(`values: no such file: ${v.file}\n`); return 2; }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(v.file, 'utf8'));
  } catch (err) {
    process.stderr.write(`values: ${v.file} is not JSON: ${(err as Error).message}\n`);
    return 1;
  }
  const parsed = BrandValuesInput.safeParse(json);
  if (!parsed.success) {
    process.stderr.write(`values: ${v.file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}\n`);
    return 1;
  }
  let store;
  try {
    store = await openStore(v.db ?? loadConfig(process.env).dbPath);
  } catch (err) {
    if (err instanceof StoreLockedError) { process.stderr.write(`values: ${err.message}\n`); return 1; }
    throw err;
  }
  try {
    const r = await setCityValues(store, v.city, parsed.data, process.env.USER ?? 'cli');
    process.stdout.write(`${r.city}: ${r.values.length} brand values set; ${r.segments} segments re-annotated, ${r.matches} value matches\n`);
    return 0;
  } finally {
    store.close();
  }
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`values: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
