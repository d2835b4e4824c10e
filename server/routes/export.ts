import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../app.ts';
import { toCsv } from '../csv.ts';
import { ApiError } from '../errors.ts';
import { parseQuery } from '../filters.ts';

type Flat = Record<string, unknown>;
type Body = Record<string, unknown>;

/** How each view's JSON becomes flat rows: one row per figure, nested figures spread out. */
const VIEWS: Record<string, (b: Body) => Flat[]> = {
  overview: (b) => (b.netByGroup as Flat[]),
  themes: (b) => [...(b.themes as Flat[]).map((r) => ({ group: 'all', ...r })), ...(b.byGroup as Flat[])],
  values: (b) => (b.values as Flat[]).flatMap(({ groups, ...v }) => (groups as Flat[]).map((g) => ({ ...v, ...g }))),
  trend: (b) => (b.points as Flat[]),
  quotes: (b) => (b.quotes as Flat[]).map(({ highlights, themes, ...q }) => ({ ...q, themes: (themes as string[]).join(' ') })),
  survey: (b) => (b.items as Flat[]).map(({ distribution, labels, ...i }) => ({ ...i, distribution: JSON.stringify(distribution) })),
  compare: (b) => (b.cities as Flat[]).flatMap(({ dimensions, values, overall, population, per10k, ...c }) => {
    const pop = population as { value: number; source: string; year: number } | null;
    const rates = per10k as { dimensions: { dimension: string; rate: number }[] } | null | undefined;
    return (dimensions as Flat[]).map((d) => ({
      ...c, ...d,
      population: pop?.value ?? null, population_source: pop?.source ?? null, population_year: pop?.year ?? null,
      // only with per=10k: the dimension's n per 10,000 residents (null without a population)
      ...(per10k === undefined ? {} : { per_10k: rates?.dimensions.find((r) => r.dimension === d.dimension)?.rate ?? null }),
    }));
  }),
  stimuli: (b) => (b.stimuli as Flat[]).map(({ mixed, negative, authenticity, words, ...r }) => ({
    ...r, ...prefixed('mixed', mixed as Flat), ...prefixed('negative', negative as Flat), ...prefixed('authentic', authenticity as Flat),
    words: (words as { term: string }[]).map((w) => w.term).join(' '),
  })),
  authenticity: (b) => (['bySource', 'byStimulus', 'byValue'] as const).flatMap((by) => (b[by] as Flat[]).map((r) => ({ by: by.slice(2).toLowerCase(), ...r }))),
  'terms/series': (b) => (b.points as Flat[]),
};

/** A nested figure's fields as flat columns: mixed.share → mixed_share. */
function prefixed(prefix: string, f: Flat): Flat {
  return Object.fromEntries(Object.entries(f).map(([k, v]) => [`${prefix}_${k}`, v]));
}

const ExportQuery = z.object({
  view: z.enum(Object.keys(VIEWS) as [string, ...string[]]),
  format: z.enum(['csv', 'parquet']).default('csv'),
}).passthrough();

/** GET /api/export?view=themes&format=csv&city=…: the rows of any view as CSV or Parquet (with by=, its breakdown). */
export function exportRoutes(deps: AppDeps, self: (path: string) => Promise<Response>) {
  return new Hono().get('/export', async (c) => {
    const q = parseQuery(ExportQuery, c.req.query());
    const params = new URLSearchParams(c.req.query());
    params.delete('view'); params.delete('format');
    if (q.view === 'quotes' && !params.has('limit')) params.set('limit', '500');
    const res = await self(`/api/${q.view}?${params}`);
    const body = (await res.json()) as Body & { error?: { code: string; message: string } };
    if (body.error) throw new ApiError(res.status as 400, body.error.code, body.error.message);
    // with by= the breakdown is the view: one row per key and axis value
    const breakdown = body.breakdown as { by: string; rows: Flat[] } | undefined;
    const rows = breakdown ? breakdown.rows.map((r) => ({ by: breakdown.by, ...r })) : VIEWS[q.view](body);
    const name = `brandgap-${q.view}-${String(params.get('city') ?? params.get('cities') ?? 'all').replace(/[^\w-]+/g, '_')}`;
    if (q.format === 'csv') {
      c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
      return c.body(toCsv(rows), 200, { 'Content-Type': 'text/csv; charset=utf-8' });
    }
    const parquet = await toParquet(deps, rows);
    c.header('Content-Disposition', `attachment; filename="${name}.parquet"`);
    return c.body(parquet, 200, { 'Content-Type': 'application/vnd.apache.parquet' });
  });
}

/** Rows to Parquet through DuckDB: JSON lines in, COPY … (FORMAT parquet) out, temp files removed. */
async function toParquet(deps: AppDeps, rows: Flat[]): Promise<Uint8Array<ArrayBuffer>> {
  const dir = mkdtempSync(join(tmpdir(), 'brandgap-export-'));
  try {
    const json = join(dir, 'rows.json');
    const out = join(dir, 'rows.parquet');
    writeFileSync(json, rows.length ? rows.map((r) => JSON.stringify(r)).join('\n') : '{"empty": null}');
    await deps.store.withConnection((conn) =>
      conn.run(`copy (select * from read_json_auto($json, format = 'newline_delimited')${rows.length ? '' : ' limit 0'}) to '${out.replace(/'/g, "''")}' (format parquet)`, { json }));
    const bytes = readFileSync(out);
    return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
