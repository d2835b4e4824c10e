/**
 * The whole ingest path on every fixture (our own export layouts and the real public samples)
 * into a real DuckDB file: exact counts (golden file), nothing stored twice on re-ingest, no
 * personal data in any table, and malformed files rejected with the database unchanged.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../data/db/store.ts';
import { ingestFile, type IngestSummary } from '../../ingest/pipeline.ts';
import { parseColumnMapping } from '../../ingest/readers/index.ts';
import { tmpDir } from '../helpers/tmp.ts';

const OWN = 'tests/fixtures/ingest';
const PUBLIC = '../shared/fixtures/public';
const GOLDEN = 'tests/ingest/pipeline.expected.json';
const MAPPINGS: Record<string, string> = {
  'generic-survey.csv': join(OWN, 'generic-survey.mapping.json'),
  'generic-speakers.csv': join(OWN, 'generic-speakers.mapping.json'),
};

function fixtures(): string[] {
  const own = readdirSync(OWN).filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.mapping.json')).map((f) => join(OWN, f));
  const pub = readdirSync(PUBLIC, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== 'README.md')
    .map((d) => join(d.parentPath, d.name));
  return [...own, ...pub].sort();
}

type Counts = Pick<IngestSummary, 'format' | 'source' | 'documents' | 'segments' | 'skipped' | 'duplicates'> & { answers: number };

const TABLES = ['cities', 'sources', 'documents', 'segments', 'segment_themes', 'segment_values', 'segment_terms', 'survey_items', 'survey_answers'];
async function tableCounts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) out[t] = (await store.all<{ n: number }>(`select count(*)::INTEGER as n from ${t}`))[0].n;
  return out;
}

describe('ingest of every fixture', () => {
  const tmp = tmpDir();
  let store: Store;
  const first = new Map<string, Counts>();
  beforeAll(async () => {
    store = await openStore(join(tmp.dir, 'all.duckdb'));
    for (const file of fixtures()) {
      const mapping = MAPPINGS[file.split('/').pop()!];
      const answersBefore = (await tableCounts(store)).survey_answers;
      const s = await ingestFile(store, file, {
        city: 'Testville', mapping: mapping ? parseColumnMapping(JSON.parse(readFileSync(mapping, 'utf8'))) : undefined,
      });
      expect(s.errors, file).toEqual([]);
      const answers = (await tableCounts(store)).survey_answers - answersBefore;
      first.set(file, { format: s.format, source: s.source, documents: s.documents, segments: s.segments, skipped: s.skipped, duplicates: s.duplicates, answers });
    }
  }, 600_000);
  afterAll(() => { store.close(); tmp.cleanup(); });

  it('stores exactly the documents, segments and answers of the golden file', () => {
    const actual = Object.fromEntries(first);
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('stores nothing new when every fixture is ingested a second time', async () => {
    const before = await tableCounts(store);
    for (const file of fixtures()) {
      const mapping = MAPPINGS[file.split('/').pop()!];
      const s = await ingestFile(store, file, { city: 'Testville', mapping: mapping ? parseColumnMapping(JSON.parse(readFileSync(mapping, 'utf8'))) : undefined });
      const once = first.get(file)!;
      expect({ file, documents: s.documents, duplicates: s.duplicates }).toEqual({ file, documents: 0, duplicates: once.documents + once.duplicates });
    }
    expect(await tableCounts(store)).toEqual(before);
  }, 600_000);

  it('stores each key\'s fingerprint as DuckDB computes it (migration 006 fills old rows the same way)', async () => {
    const [r] = await store.all<{ docs: number; off: number }>(
      `select count(*)::INTEGER as docs, count(*) filter (where dedup_fp is distinct from md5_number_lower(dedup_key))::INTEGER as off from documents`,
    );
    expect(r.docs).toBeGreaterThan(100);
    expect(r.off).toBe(0);
  });

  it('keeps no personal data from survey metadata in any table', async () => {
    // values of the public Qualtrics sample's IPAddress and LocationLatitude/Longitude columns
    const needles = ['130.92.34.66', '47.115097045898', '7.2315979003906'];
    const columns = await store.all<{ t: string; c: string }>(
      `select table_name as t, column_name as c from information_schema.columns
       where data_type in ('VARCHAR', 'JSON', 'VARCHAR[]') and table_name in (select unnest($tables::VARCHAR[]))`,
      { tables: JSON.stringify(TABLES) },
    );
    for (const { t, c } of columns) {
      for (const needle of needles) {
        const hits = await store.all<{ n: number }>(`select count(*)::INTEGER as n from ${t} where "${c}"::VARCHAR like '%' || $needle || '%'`, { needle });
        expect(hits[0].n, `${t}.${c} contains ${needle}`).toBe(0);
      }
      const emails = await store.all<{ n: number }>(
        `select count(*)::INTEGER as n from ${t} where regexp_matches("${c}"::VARCHAR, '[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[A-Za-z]{2,}')`);
      if (t !== 'documents' && t !== 'segments' && t !== 'segment_terms') expect(emails[0].n, `${t}.${c} holds an e-mail address`).toBe(0);
    }
    // the attributes kept per respondent never include a personal field
    const keys = await store.all<{ k: string }>(`select distinct unnest(json_keys(attrs)) as k from documents where attrs is not null`);
    expect(keys.map((r) => r.k).filter((k) => /email|ip.?address|latitude|longitude|recipient|external|^name$/i.test(k))).toEqual([]);
  });

  it('assigns groups from the survey\'s own resident/international question', async () => {
    const rows = await store.all<{ grp: string; n: number }>(
      `select d.grp, count(*)::INTEGER as n from documents d join sources s on s.id = d.source_id
       where s.file_name = 'qualtrics-demo.csv' group by d.grp order by d.grp`);
    const groups = Object.fromEntries(rows.map((r) => [r.grp, r.n]));
    expect(Object.keys(groups).sort()).toEqual(expect.arrayContaining(['international', 'resident']));
  });
});

describe('malformed files', () => {
  const tmp = tmpDir();
  let store: Store;
  beforeAll(async () => {
    store = await openStore(join(tmp.dir, 'bad.duckdb'));
    await ingestFile(store, join(OWN, 'qualtrics-demo.csv'), { city: 'Testville' });
  });
  afterAll(() => { store.close(); tmp.cleanup(); });

  const HEAD = 'StartDate,Status,ResponseId,Q1_TEXT\nStart,Status,Response ID,Say something\n{"ImportId":"startDate"},{"ImportId":"status"},{"ImportId":"_recordId"},{"ImportId":"QID1_TEXT"}\n';
  const cases: [string, string | Buffer, RegExp][] = [
    ['unclosed.csv', HEAD + '2025-01-01,0,R_1,"fine"\n2025-01-02,0,R_2,"never\nclosed\n', /^line \d+$/],
    ['truncated.ndjson', '{"id":"1","text":"Nice city","created_at":"2025-01-01T00:00:00Z"}\n{"id":"2","text":"Rent is too hi', /^line 2$/],
    ['binary.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]), /^(line|file)/],
    ['header-only.csv', HEAD, /^row 4$/],
    ['empty.csv', '', /^line 1$/],
  ];
  for (const [name, content, where] of cases) {
    it(`rejects ${name} with its line or row and leaves the database unchanged`, async () => {
      const path = join(tmp.dir, name);
      writeFileSync(path, content);
      const before = await tableCounts(store);
      const s = await ingestFile(store, path, { city: 'Testville' });
      expect(s.errors.length).toBeGreaterThan(0);
      expect(s.errors[0].where).toMatch(where);
      expect(s.documents).toBe(0);
      expect(await tableCounts(store)).toEqual(before);
      const run = await store.all<{ status: string }>(`select status from ingest_runs where file_name = $name order by id desc limit 1`, { name });
      expect(run[0].status).toBe('rejected');
    });
  }
});

describe('parse timeout', () => {
  const tmp = tmpDir();
  afterAll(() => tmp.cleanup());

  it('rejects a file still being read after the timeout, storing nothing', async () => {
    const store = await openStore(join(tmp.dir, 'timeout.duckdb'));
    try {
      const path = join(tmp.dir, 'many.ndjson');
      const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: String(i), text: `Post number ${i} about the tram and the rent.`, created_at: '2025-01-01T00:00:00Z' }));
      writeFileSync(path, lines.join('\n') + '\n');
      const s = await ingestFile(store, path, { city: 'Testville', timeoutMs: 1 });
      expect(s.errors[0].message).toMatch(/^parse timeout/);
      expect(s.errors[0].where).toMatch(/^record \d+$/);
      expect((await tableCounts(store)).documents).toBe(0);
    } finally {
      store.close();
    }
  });
});
