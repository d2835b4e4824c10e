/** Builds the demo database from the generator through the same ingest and analysis as user files. */
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCity, findCity } from '../data/db/brand-values.ts';
import { writeContext } from '../data/db/city-context.ts';
import { linkItems, surveyLinks } from './survey-links.ts';
import { setHandles } from '../data/db/speaker.ts';
import { inTransaction, openStore } from '../data/db/store.ts';
import { ingestFile } from '../ingest/pipeline.ts';
import { setCityValues } from '../ingest/reannotate.ts';
import type { BrandValueInput } from '../data/types.ts';
import { CITIES } from '../data/demo/cities.ts';
import { DEMO_CONTEXT } from '../data/demo/context.ts';
import { generateDemo } from '../data/demo/generate.ts';

const VALUES_DIR = join(import.meta.dirname, '../data/demo/values');

/**
 * Dated events on the demo timeline (Trends draws them and compares before with after). A marker,
 * not a planted signal: the generator plants no step at its date.
 */
export const DEMO_EVENTS = [
  { city: 'Havenstad', date: '2025-12-01', title: 'Skyline campaign launch', note: 'The "Skyline at sunset" poster and the Saturday market video go live.' },
] as const;

/** The settings key that marks a database as the generated demo (the only one demo mode serves). */
export const DEMO_MARKER = 'generated_demo';

/** Generates the demo files, ingests them into a fresh database at `dbPath` and marks it as the demo. */
export async function buildDemoDb(dbPath: string, opts: { scale?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'brandgap-demo-'));
  const tmpDb = `${dbPath}.building`;
  rmSync(tmpDb, { force: true });
  try {
    const manifest = generateDemo(join(work, 'files'), { scale: opts.scale });
    const store = await openStore(tmpDb);
    try {
      // each city's country (origin local) and its official account (voice official), before any file
      await inTransaction(store, async (conn) => {
        for (const c of CITIES) await setHandles(conn, await ensureCity(conn, c.name, c.country), [{ handle: c.officialAccount, voice: 'official' }]);
      });
      // each city's context (fictional figures, source "demo"), for Compare's per-10,000 view
      for (const c of CITIES) {
        const id = await store.withConnection((conn) => findCity(conn, c.name));
        if (id !== null && DEMO_CONTEXT[c.name]) await writeContext(store, id, DEMO_CONTEXT[c.name], 'demo');
      }
      for (const file of readdirSync(VALUES_DIR).filter((f) => f.endsWith('.json'))) {
        const values = JSON.parse(readFileSync(join(VALUES_DIR, file), 'utf8')) as BrandValueInput[];
        const city = manifest.find((m) => m.city.toLowerCase() === file.replace(/\.json$/, ''))?.city;
        if (city) await setCityValues(store, city, values, 'demo');
      }
      for (const m of manifest) {
        const s = await ingestFile(store, m.file, { city: m.city, source: m.source, group: m.group, actor: 'demo' });
        if (s.errors.length) throw new Error(`demo file ${m.file} was rejected: ${JSON.stringify(s.errors.slice(0, 3))}`);
        log(`  ${m.city.padEnd(10)} ${m.source.padEnd(12)} ${String(s.documents).padStart(5)} documents ${String(s.segments).padStart(6)} segments  (${s.format})`);
      }
      await store.write(async (conn) => {
        for (const e of DEMO_EVENTS) {
          await conn.run(`insert into events (id, city_id, date, title, note, created_by)
            select (select coalesce(max(id), 0) + 1 from events), id, $date::DATE, $title, $note, 'demo' from cities where name = $city`, { ...e });
        }
      });
      // the demo's analyst confirmed every suggested link of survey items across waves (the barometer's)
      for (const c of CITIES) {
        const cityId = await store.withConnection((conn) => findCity(conn, c.name));
        if (cityId === null) continue;
        for (const s of (await surveyLinks(store, cityId, c.name)).suggestions) await linkItems(store, cityId, s.items.map((i) => i.item_id), 'demo');
      }
      await store.write((conn) => conn.run(`insert or replace into settings (key, value) values ('${DEMO_MARKER}', 'true')`));
    } finally {
      store.close();
    }
    renameSync(tmpDb, dbPath);
    log(`demo database ${dbPath} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(tmpDb, { force: true });
    rmSync(`${tmpDb}.wal`, { force: true });
  }
}
