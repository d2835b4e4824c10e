import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuotesResponse } from '../../data/types.ts';
import { createApp } from '../../server/app.ts';
import { refreshAllFacts } from '../../data/db/facts.ts';
import type { Store } from '../../data/db/store.ts';
import type { OverviewResponse } from '../../data/types.ts';
import { knownApp } from '../helpers/known-dataset.ts';

type Seg = { date: string | null; theme: string | null; label: 'positive' | 'negative' | 'neutral'; grp?: string; moderator?: boolean };

/** n copies of one segment. */
const times = (n: number, s: Seg): Seg[] => Array.from({ length: n }, () => s);

/**
 * "Moverton", social posts Dec 2024 – Jun 2025 → latest = Apr–Jun 2025, previous = Jan–Mar 2025.
 *   housing        prev 1+ 3− (net −50)   latest 3+ 1− (+50)    change +100
 *   mobility       prev 3+ 1− (+50)       latest 4−   (−100)    change −150
 *   culture_events prev 4+   (+100)       latest 2+ 2 neutral (+50)  change −50
 *   safety         prev 1−                latest 5+             (prev below minN 3 → low-n)
 *   plus latest: 1 unclassified; outside both: Dec 2024 housing, an undated post, a moderator turn.
 * Segments: previous 13, latest 18 (shares are of these).
 */
const MOVERTON: Seg[] = [
  ...times(1, { date: '2025-01-15', theme: 'housing', label: 'positive' }),
  ...times(3, { date: '2025-02-15', theme: 'housing', label: 'negative' }),
  ...times(3, { date: '2025-05-15', theme: 'housing', label: 'positive' }),
  ...times(1, { date: '2025-06-20', theme: 'housing', label: 'negative', grp: 'international' }),
  ...times(3, { date: '2025-03-31', theme: 'mobility', label: 'positive' }),
  ...times(1, { date: '2025-01-01', theme: 'mobility', label: 'negative' }),
  ...times(4, { date: '2025-04-01', theme: 'mobility', label: 'negative' }),
  ...times(4, { date: '2025-02-01', theme: 'culture_events', label: 'positive' }),
  ...times(2, { date: '2025-04-10', theme: 'culture_events', label: 'positive' }),
  ...times(2, { date: '2025-06-10', theme: 'culture_events', label: 'neutral' }),
  ...times(1, { date: '2025-03-01', theme: 'safety', label: 'negative' }),
  ...times(5, { date: '2025-05-01', theme: 'safety', label: 'positive' }),
  ...times(1, { date: '2025-05-01', theme: null, label: 'positive' }),
  ...times(6, { date: '2024-12-15', theme: 'housing', label: 'negative' }),
  ...times(1, { date: null, theme: 'housing', label: 'negative' }),
  ...times(1, { date: '2025-05-05', theme: 'housing', label: 'positive', moderator: true }),
];

async function loadMoverton(store: Store): Promise<void> {
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (7, 'Moverton')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (70, 7, 'social', 'x-api-v2', 'x.jsonl', 'h70')`);
    for (const [i, s] of MOVERTON.entries()) {
      const id = 7000 + i;
      const date = s.date ? `'${s.date}'` : 'null';
      const grp = s.grp ?? 'resident';
      const score = s.label === 'positive' ? 0.5 : s.label === 'negative' ? -0.5 : 0;
      await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text)
        values (${id}, 70, 7, 'social', 'm${id}', '${grp}', ${date}, 'en', 'post ${id}')`);
      await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, themes)
        values (${id}, ${id}, 7, 'social', '${grp}', ${date}, 0, 0, 9, 'post ${id}', ${s.moderator ?? false}, 'en', ${score}, '${s.label}',
        ${s.theme ? `['${s.theme}']` : '[]'})`);
      if (s.theme) await c.run(`insert into segment_themes values (${id}, '${s.theme}', 'post', 0, 4)`);
    }
    await refreshAllFacts(c);
  });
}

describe('overview theme movers: latest 3 full months vs the 3 before, through the HTTP API', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => ({ app, store } = await knownApp(loadMoverton)));
  afterAll(() => store.close());
  const movers = async (query: string) => {
    const res = await app.request(`/api/overview?city=Moverton&minN=3${query}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as OverviewResponse).movers;
  };

  it('states both periods as dates (to exclusive) and ranks the changes in points', async () => {
    const m = await movers('');
    expect(m.previous).toEqual({ from: '2025-01-01', to: '2025-04-01' });
    expect(m.latest).toEqual({ from: '2025-04-01', to: '2025-07-01' });
    expect(m.rising.map((r) => [r.theme, r.change])).toEqual([['housing', 100]]);
    expect(m.falling.map((r) => [r.theme, r.change])).toEqual([['mobility', -150], ['culture_events', -50]]);
    expect(m.steady).toBe(0);
    const housing = m.rising[0];
    // net −50 (1+, 3−); interval (Bonett–Price): p̃ = 2/6, q̃ = 4/6, −33.3 ± 196·√((1 − 1/9)/6) = ±75.4 → −100 to +42.1
    expect(housing.previous).toEqual({ n: 4, scored: 4, share: 0.3077, net: -50, low: -100, high: 42.1, low_n: false });
    expect(housing.latest).toMatchObject({ n: 4, scored: 4, share: 0.2222, net: 50, low_n: false });
    expect(housing.share_change).toBe(-8.5); // 4/18 − 4/13 = −0.0855
    expect(m.falling[1].latest).toMatchObject({ n: 4, net: 50 });
  });

  it('lists themes below minN on either side as low-n instead of ranking or hiding them', async () => {
    const m = await movers('');
    expect(m.lowN.map((r) => r.theme)).toEqual(['safety']);
    expect(m.lowN[0].previous).toMatchObject({ n: 1, net: -100, low_n: true });
    expect(m.lowN[0].latest).toMatchObject({ n: 5, net: 100, low_n: false });
    expect(m.lowN[0].change).toBe(200);
    // with the default minN (30) nothing qualifies, and every theme is listed as low-n
    const strict = (await (await app.request('/api/overview?city=Moverton')).json() as OverviewResponse).movers;
    expect(strict.rising).toEqual([]);
    expect(strict.lowN.map((r) => r.theme).sort()).toEqual(['culture_events', 'housing', 'mobility', 'safety']);
  });

  it('follows the filters: a cut month is not full, `from` clamps the previous period, group narrows', async () => {
    const cut = await movers('&to=2025-06-15');
    expect(cut.latest).toEqual({ from: '2025-03-01', to: '2025-06-01' });
    expect(cut.previous).toEqual({ from: '2024-12-01', to: '2025-03-01' });
    const clamped = await movers('&from=2025-02-01');
    expect(clamped.previous).toEqual({ from: '2025-02-01', to: '2025-04-01' });
    const intl = await movers('&group=international');
    expect(intl.latest).toEqual({ from: '2025-04-01', to: '2025-07-01' });
    expect(intl.lowN.map((r) => [r.theme, r.previous.n, r.latest.n])).toEqual([['housing', 0, 1]]);
    expect(intl.lowN[0].change).toBeNull();
  });

  it('the quotes behind a mover are exactly its n (theme + the period as from/to)', async () => {
    const m = await movers('');
    for (const r of [...m.rising, ...m.falling, ...m.lowN]) {
      for (const [side, p] of [[r.latest, m.latest!], [r.previous, m.previous!]] as const) {
        const res = await app.request(`/api/quotes?city=Moverton&theme=${r.theme}&from=${p.from}&to=${p.to}&limit=1`);
        expect(((await res.json()) as QuotesResponse).total, `${r.theme} ${p.from}`).toBe(side.n);
      }
    }
  });

  it('a month still running today is not a full month', async () => {
    const now = new Date();
    const month = (back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 10);
    await store.write(async (c) => {
      await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label, themes)
        values (7900, 7000, 7, 'social', 'resident', '${month(0)}', 0, 0, 9, 'now', false, 'en', 0.5, 'positive', ['housing']),
               (7901, 7000, 7, 'social', 'resident', '${month(2)}', 0, 0, 9, 'then', false, 'en', 0.5, 'positive', ['housing'])`);
      await refreshAllFacts(c);
    });
    const m = await movers('');
    expect(m.latest).toEqual({ from: month(3), to: month(0) });
    expect(m.previous).toEqual({ from: month(6), to: month(3) });
    expect(m.lowN.map((r) => [r.theme, r.previous.n, r.latest.n])).toEqual([['housing', 0, 1]]);
    // an empty period is still stated; without any dated segment there is none
    const none = await movers(`&from=${month(0)}&theme=mobility`);
    expect(none).toMatchObject({ latest: null, previous: null, rising: [], falling: [], lowN: [], steady: 0 });
  });
});
