import { Hono } from 'hono';
import type { Group, StimuliResponse, StimulusItemRow, StimulusRow } from '../../data/types.ts';
import { findStimulus } from '../../ingest/readers/stimulus.ts';
import type { AppDeps } from '../app.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { sql } from '../sql.ts';
import { stimulusWords, type SizeRow, type TermRow } from '../stimulus-words.ts';

const StimuliQuery = FilterQuery.pick({ city: true, group: true, from: true, to: true, minN: true });

type Row = {
  stimulus: string; label: string; group: Group | 'all'; n: number; scored: number; net: number | null; low: number | null; high: number | null;
  mixed: number; mixed_share: number | null; mixed_low: number | null; mixed_high: number | null;
  negative: number; negative_share: number | null; negative_low: number | null; negative_high: number | null;
  judged: number; authentic: number; inauthentic: number; authentic_share: number | null; authentic_low: number | null; authentic_high: number | null;
};

type ItemRow = Omit<StimulusItemRow, 'stimulus' | 'label' | 'low_n' | 'top2'> & { top2: number; top2_share: number | null; top2_low: number | null; top2_high: number | null };

/** The closed items whose question names a stimulus, with it; the others are dropped. */
function stimulusItems(rows: ItemRow[], minN: number): StimulusItemRow[] {
  return rows.flatMap(({ top2, top2_share, top2_low, top2_high, ...r }) => {
    const shown = findStimulus(r.text);
    if (!shown) return [];
    const box = r.kind === 'likert' ? { k: top2, n: r.n, share: top2_share, low: top2_low, high: top2_high } : null;
    return [{ ...r, stimulus: shown.code, label: shown.label, low_n: r.n < minN, top2: box }];
  });
}

/** The /api/quotes query behind a row: the segments of that stimulus (and group). */
export function stimulusQuotes(city: string, stimulus: string, group: string): string {
  const q = new URLSearchParams({ city, stimulus });
  if (group !== 'all') q.set('group', group);
  return `/api/quotes?${q}`;
}

/** GET /api/stimuli: per stimulus shown to focus groups and per group, n, net, mixed/negative shares, authenticity, words. */
export function stimuliRoutes(deps: AppDeps) {
  return new Hono().get('/stimuli', async (c) => {
    const q = parseQuery(StimuliQuery, c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const p = { cityId: f.cityId, group: f.group, from: f.from, to: f.to };
    const [rows, terms, sizes, items] = await Promise.all([
      deps.store.all<Row>(sql('stimuli'), p),
      deps.store.all<TermRow>(sql('stimulus-terms'), p),
      deps.store.all<SizeRow>(sql('stimulus-segments'), p),
      deps.store.all<ItemRow>(sql('stimulus-items'), p),
    ]);
    const stimuli: StimulusRow[] = rows.map((r) => ({
      stimulus: r.stimulus, label: r.label, group: r.group, n: r.n, scored: r.scored, low_n: r.n < f.minN,
      net: r.net, low: r.low, high: r.high,
      mixed: { k: r.mixed, n: r.scored, share: r.mixed_share, low: r.mixed_low, high: r.mixed_high },
      negative: { k: r.negative, n: r.scored, share: r.negative_share, low: r.negative_low, high: r.negative_high },
      authenticity: { judged: r.judged, authentic: r.authentic, inauthentic: r.inauthentic, share: r.authentic_share, low: r.authentic_low, high: r.authentic_high },
      words: stimulusWords(terms, sizes, r.stimulus, r.group, f.city),
      quotes: stimulusQuotes(f.city, r.stimulus, r.group),
    }));
    const body: StimuliResponse = { city: f.city, minN: f.minN, stimuli, items: stimulusItems(items, f.minN) };
    return c.json(body);
  });
}

