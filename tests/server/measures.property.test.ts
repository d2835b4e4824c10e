/** Properties of the measures over random datasets (fast-check), through the HTTP API. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ThemesResponse, ValuesResponse } from '../../data/types.ts';
import { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import { openStore } from '../../data/db/store.ts';

const GROUPS = ['resident', 'international', 'visitor'] as const;
const THEMES = ['housing', 'language', 'culture_events'] as const;
const LABELS = ['positive', 'negative', 'neutral', 'mixed', null] as const;

const segment = fc.record({
  brand: fc.boolean(),
  group: fc.constantFrom(...GROUPS),
  themes: fc.subarray([...THEMES]),
  values: fc.subarray([1, 2, 3]),
  label: fc.constantFrom(...LABELS),
  month: fc.integer({ min: 1, max: 6 }),
});
type Seg = typeof segment extends fc.Arbitrary<infer T> ? T : never;

/** A fresh in-memory city "P" with values 1–3 and the given segments. */
async function appWith(segs: Seg[]) {
  const store = await openStore(':memory:');
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (1, 'P')`);
    await c.run(`insert into brand_values values (1, 1, 'v1', 0, ['a'], []), (2, 1, 'v2', 1, ['b'], []), (3, 1, 'v3', 2, ['c'], [])`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (1, 1, 'survey', 'x', 'f', 'h')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, text) values (1, 1, 1, 'survey', 'k', '')`);
    for (const [i, s] of segs.entries()) {
      const sentiment = s.label === null ? null : { positive: 0.5, negative: -0.5, neutral: 0, mixed: 0 }[s.label];
      await c.run(
        `insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, sentiment, label, themes, value_ids)
         values ($id, 1, 1, $kind, $grp, $date, $id, 0, 1, 'x', false, $sentiment, $label, from_json($themes, '["VARCHAR"]'), from_json($values, '["INTEGER"]'))`,
        { id: i + 1, kind: s.brand ? 'brand' : 'survey', grp: s.brand ? null : s.group, date: `2025-0${s.month}-15`, sentiment, label: s.label,
          themes: JSON.stringify(s.themes), values: JSON.stringify(s.values) },
      );
      for (const t of s.themes) await c.run(`insert into segment_themes values ($id, $t, 'x', 0, 1)`, { id: i + 1, t });
      for (const v of s.values) await c.run(`insert into segment_values values ($id, $v, 'x', 0, 1)`, { id: i + 1, v });
    }
    await refreshAllFacts(c);
  });
  const app = createApp({ store, version: 'test', demo: false, minN: 30, auth: 'none' });
  const get = async <T>(path: string) => (await (await app.request(path)).json()) as T;
  return { get, close: () => store.close() };
}

const datasets = fc.array(segment, { minLength: 1, maxLength: 25 });
const RUNS = { numRuns: 25 };

describe('measure properties', () => {
  it('voice shares sum to 1 per group (when the group names any value)', async () => {
    await fc.assert(fc.asyncProperty(datasets, async (segs) => {
      const { get, close } = await appWith(segs);
      try {
        const body = await get<ValuesResponse>('/api/values?city=P');
        for (const a of body.alignment) {
          const sum = body.values.reduce((s, v) => s + (v.groups.find((g) => g.group === a.group)?.voice_share ?? 0), 0);
          if (a.n > 0) expect(sum).toBeCloseTo(1, 3);
        }
      } finally { close(); }
    }), RUNS);
  });

  it('alignment lies in [0, 1], and is 1 when a group talks like the brand', async () => {
    await fc.assert(fc.asyncProperty(datasets, async (segs) => {
      // the visitors say exactly what the brand says; the other groups say anything
      const brand = segs.filter((s) => s.brand);
      const others = segs.filter((s) => !s.brand && s.group !== 'visitor');
      const visitors = brand.map((s) => ({ ...s, brand: false, group: 'visitor' as const }));
      const { get, close } = await appWith([...brand, ...others, ...visitors]);
      try {
        const body = await get<ValuesResponse>('/api/values?city=P');
        const brandNames = segs.some((s) => s.brand && s.values.length);
        for (const a of body.alignment) {
          if (!brandNames || a.n === 0) { expect(a.alignment).toBeNull(); continue; }
          expect(a.alignment).toBeGreaterThanOrEqual(0);
          expect(a.alignment).toBeLessThanOrEqual(1);
        }
        const brandNamesValue = segs.some((s) => s.brand && s.values.length);
        if (brandNamesValue) expect(body.alignment.find((a) => a.group === 'visitor')?.alignment).toBeCloseTo(1, 3);
      } finally { close(); }
    }), RUNS);
  });

  it('theme shares of a group sum to at least 1 (a segment may carry several themes, unclassified included)', async () => {
    await fc.assert(fc.asyncProperty(datasets, async (segs) => {
      const { get, close } = await appWith(segs);
      try {
        const body = await get<ThemesResponse>('/api/themes?city=P');
        const total = body.themes.reduce((s, t) => s + t.share, 0);
        if (body.themes.length) expect(total).toBeGreaterThanOrEqual(0.999);
        const classified = body.themes.filter((t) => t.theme !== 'unclassified');
        for (const t of classified) expect(t.share).toBeLessThanOrEqual(1);
      } finally { close(); }
    }), RUNS);
  });

  it('filters only ever narrow n', async () => {
    const filter = fc.record({
      group: fc.option(fc.constantFrom(...GROUPS), { nil: undefined }),
      theme: fc.option(fc.constantFrom(...THEMES), { nil: undefined }),
      from: fc.option(fc.constantFrom('2025-02-01', '2025-04-01'), { nil: undefined }),
    });
    await fc.assert(fc.asyncProperty(datasets, filter, async (segs, f) => {
      const { get, close } = await appWith(segs);
      try {
        const qs = Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => `&${k}=${v}`).join('');
        const all = await get<ThemesResponse>('/api/themes?city=P');
        const narrowed = await get<ThemesResponse>(`/api/themes?city=P${qs}`);
        for (const t of narrowed.themes) {
          const before = all.themes.find((x) => x.theme === t.theme)?.n ?? 0;
          expect(t.n).toBeLessThanOrEqual(before);
        }
      } finally { close(); }
    }), RUNS);
  });
});
