import { Hono } from 'hono';
import type { Group, ValueRow, ValuesResponse, VocabularyGap } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ByQuery, breakdown } from '../breakdown.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../filters.ts';
import { alignment, flagLowN, quadrantAtN } from '../measures.ts';
import { sql } from '../sql.ts';

type Row = {
  value: string; value_id: number; group: Group | 'all'; emphasis: number | null; brand_n: number; voice_share: number;
  voice_n: number; n: number; scored: number; net: number | null; low: number | null; high: number | null; mean: number | null;
};
type Distinct = { city: string; value: string; emphasis: number; distinctiveness: number | null; branded: number };

/** GET /api/values: per brand value its emphasis, voice share, net sentiment and quadrant; alignment per group. */
export function valuesRoutes(deps: AppDeps) {
  return new Hono().get('/values', async (c) => {
    const q = parseQuery(FilterQuery.merge(ByQuery), c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    // values.sql splits by value itself: it takes every filter but the value
    const params = segmentParams(f);
    const [rows, kRows, gap, distinct, period, brandRows, byAxis] = await Promise.all([
      deps.store.all<Row>(sql('values'), params),
      deps.store.all<{ k: number }>(`select count(*)::INTEGER as k from brand_values where city_id = $cityId`, { cityId: f.cityId }),
      deps.store.all<VocabularyGap>(sql('vocabulary-gap'), { ...params, top: 12 }),
      deps.store.all<Distinct>(sql('distinctiveness'), { cityIds: null }),
      deps.store.all<{ from: string | null; to: string | null }>(sql('period'), params),
      deps.store.all<{ segments: number; naming: number }>(
        `select coalesce(sum(n), 0)::INTEGER as segments, coalesce(sum(n) filter (where len(value_ids) > 0), 0)::INTEGER as naming
         from month_facts where city_id = $cityId and kind = 'brand'`, { cityId: f.cityId }),
      q.by ? breakdown(deps.store, 'values-by', params, q.by, q, f.minN, (value) => ({ value })) : undefined,
    ]);
    const k = kRows[0].k;
    const brandTexts = brandRows[0];
    // no brand segment names a value: E(v) is undefined, so nothing is classified (not "untold strength" at 0%)
    const branded = brandTexts.naming > 0;
    const values = new Map<string, ValueRow>();
    for (const r of rows) {
      const emphasis = r.emphasis ?? 0;
      let v = values.get(r.value);
      if (!v) values.set(r.value, (v = { value: r.value, emphasis, brand_n: r.brand_n, emphasised: branded && k > 0 && emphasis >= 1 / k, groups: [] }));
      v.groups.push(flagLowN({
        group: r.group, voice_share: r.voice_share, n: r.n, scored: r.scored, net: r.net, low: r.low, high: r.high,
        mean: r.mean, quadrant: branded ? quadrantAtN(emphasis, r.net, k, r.n, f.minN) : null,
      }, f.minN));
    }
    const groups = [...new Set(rows.map((r) => r.group))];
    const names = new Map([...values.keys()].map((name) => [name.toLowerCase(), name]));
    const own = distinct.filter((d) => d.city.toLowerCase() === f.city.toLowerCase());
    // other cities with brand texts (the query counts this one too when it has them)
    const peers = (distinct[0]?.branded ?? 0) - (own.length > 0 ? 1 : 0);
    const body: ValuesResponse = {
      city: f.city, minN: f.minN, k, brandTexts,
      values: [...values.values()],
      alignment: groups.map((g) => {
        const gRows = rows.filter((r) => r.group === g);
        const n = gRows[0]?.voice_n ?? 0;
        const a = n === 0 || !branded ? null : alignment(gRows.map((r) => ({ emphasis: r.emphasis, voiceShare: r.voice_share })));
        return { group: g, alignment: a, n, low_n: n < f.minN };
      }),
      vocabularyGap: gap,
      period: period[0],
      distinctiveness: own
        .filter((d) => names.has(d.value))
        .map((d) => ({ value: names.get(d.value)!, emphasis: d.emphasis, distinctiveness: d.distinctiveness })),
      distinctivenessPeers: peers,
      ...(byAxis ? { breakdown: byAxis } : {}),
    };
    return c.json(body);
  });
}
